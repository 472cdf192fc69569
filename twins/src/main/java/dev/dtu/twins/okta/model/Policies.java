package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.Hooks;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.resource.Write;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Policies and their rules (both declared: {@code policies.yaml}, {@code policyRules.yaml}): rules live under an existing policy and go with it. */
public final class Policies {
    public static final Kind<Resource> POLICIES = Kind.of("okta", "policies", Resource.class);
    public static final Kind<Resource> RULES = Kind.of("okta", "policyRules", Resource.class);

    private Policies() {
    }

    /** The hooks of each kind, by kind name, for {@code DeclaredResources.load}. */
    public static Map<String, Hooks> hooks() {
        return Map.of("policies", new Hooks() {
            /** listPolicies' {@code type}: "Specifies the type of policy to return". */
            @Override
            public List<Resource> listed(dev.dtu.server.http.Request request, List<Resource> live) {
                List<String> type = request.query().get("type");
                return type == null || type.isEmpty() ? live
                        : live.stream().filter(p -> type.getFirst().equals(p.text("type"))).toList();
            }

            @Override
            public void beforeDelete(Write write, Resource policy) {
                rules(write.tx().state(), policy.id()).forEach(r -> write.tx().remove(RULES, r.id()));
            }
        }, "policyRules", new Hooks() {
            @Override
            public Optional<String> parent(State state, String pathValue) {
                return state.get(POLICIES, pathValue).map(Resource::id);
            }
        });
    }

    /**
     * The org's authenticator enrollment "Default Policy" (Okta: every org has one, {@code system: true}, for the
     * Everyone group), requiring the password and email authenticators.
     */
    public static ObjectNode defaultEnrollmentPolicy(String everyoneGroupId) {
        ObjectNode policy = Json.object().put("type", "MFA_ENROLL").put("name", "Default Policy")
                .put("description", "The default policy applies in all situations if no other policy applies.")
                .put("priority", 1).put("system", true);
        policy.putObject("conditions").putObject("people").putObject("groups").putArray("include").add(everyoneGroupId);
        ObjectNode settings = policy.putObject("settings").put("type", "AUTHENTICATORS");
        var authenticators = settings.putArray("authenticators");
        authenticators.addObject().put("key", "okta_password").putObject("enroll").put("self", "REQUIRED");
        authenticators.addObject().put("key", "okta_email").putObject("enroll").put("self", "REQUIRED");
        return policy;
    }

    static List<Resource> rules(State state, String policyId) {
        return state.all(RULES).values().stream().filter(r -> policyId.equals(r.parent())).toList();
    }
}

package dev.dtu.twins.okta.model;

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

    static List<Resource> rules(State state, String policyId) {
        return state.all(RULES).values().stream().filter(r -> policyId.equals(r.parent())).toList();
    }
}

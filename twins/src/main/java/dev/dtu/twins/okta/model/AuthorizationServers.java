package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.resource.Hooks;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.resource.Violation;
import dev.dtu.server.resource.Write;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Custom authorization servers and what hangs off them (scopes, claims, access policies and their rules), as
 * declared resources ({@code declared/okta/authorizationServer*.yaml}); these are their rules beyond the schema.
 * Every org has the {@code default} server (id {@code default}, audience {@code api://default}) with the
 * reserved OIDC scopes and a "Default Policy" whose rule lets every client and person have any scope; a server
 * created through the API gets the reserved scopes and no policy, so its token endpoint refuses every request
 * until a policy and rule allow it (Okta: "Policy evaluation failed for this request").
 */
public final class AuthorizationServers {
    public static final String DEFAULT = "default";
    public static final Kind<Resource> SERVERS = Kind.of("okta", "authorizationServers", Resource.class);
    public static final Kind<Resource> SCOPES = Kind.of("okta", "authorizationServerScopes", Resource.class);
    public static final Kind<Resource> CLAIMS = Kind.of("okta", "authorizationServerClaims", Resource.class);
    public static final Kind<Resource> POLICIES = Kind.of("okta", "authorizationServerPolicies", Resource.class);
    public static final Kind<Resource> RULES = Kind.of("okta", "authorizationServerPolicyRules", Resource.class);
    /** That one server trusts another (its associated servers), keyed {@code {serverId}/{trustedId}}. */
    public record Trust(String serverId, String trustedId) {
    }

    public static final Kind<Trust> TRUSTED = Kind.of("okta", "trustedServers", Trust.class);

    /** The scopes every server has, {@code system: true} (Okta's reserved scopes). */
    public static final List<String> RESERVED = List.of("openid", "profile", "email", "address", "phone",
            "offline_access", "device_sso");

    private AuthorizationServers() {
    }

    /** The hooks of each kind, by kind name, for {@code DeclaredResources.load}. */
    public static Map<String, Hooks> hooks() {
        return Map.of("authorizationServers", new ServerHooks(), "authorizationServerScopes", new ChildHooks(SERVERS, true),
                "authorizationServerClaims", new ChildHooks(SERVERS, false),
                "authorizationServerPolicies", new ChildHooks(SERVERS, false),
                "authorizationServerPolicyRules", new ChildHooks(POLICIES, false));
    }

    /** An active server by id. */
    public static Optional<Resource> active(State state, String id) {
        return state.get(SERVERS, id).filter(s -> "ACTIVE".equals(s.text("status")));
    }

    public static List<Resource> children(State state, Kind<Resource> kind, String parent) {
        return state.all(kind).values().stream().filter(r -> parent.equals(r.parent())).toList();
    }

    /** Active children in Okta's evaluation order: priority, then creation. */
    public static List<Resource> activeByPriority(State state, Kind<Resource> kind, String parent) {
        return children(state, kind, parent).stream().filter(r -> "ACTIVE".equals(r.text("status")))
                .sorted(Comparator.comparingInt(r -> r.body().path("priority").asInt(Integer.MAX_VALUE))).toList();
    }

    /** The {@code default} server, its reserved scopes, and its Default Policy with the Default Policy Rule. */
    public static void seedDefault(Tx tx, Instant at, List<String> customScopes) {
        String stamp = at.toString().replace("Z", ".000Z");
        ObjectNode server = Json.object().put("id", DEFAULT).put("name", DEFAULT)
                .put("description", "Default Authorization Server for your Applications");
        server.putArray("audiences").add("api://" + DEFAULT);
        server.put("issuerMode", "ORG_URL").put("status", "ACTIVE").put("default", true)
                .put("created", stamp).put("lastUpdated", stamp);
        tx.put(SERVERS, DEFAULT, new Resource(DEFAULT, null, server));
        reservedScopes(tx, DEFAULT);
        for (String name : customScopes) {
            String id = scopeId(tx);
            tx.put(SCOPES, id, new Resource(id, DEFAULT, Json.object().put("id", id).put("name", name)
                    .put("consent", "IMPLICIT").put("system", false).put("default", false)));
        }
        String policyId = "00pdtudefault0policy";
        ObjectNode policy = Json.object().put("id", policyId).put("type", "OAUTH_AUTHORIZATION_POLICY")
                .put("name", "Default Policy").put("description", "Default policy description").put("priority", 1)
                .put("status", "ACTIVE").put("system", false).put("created", stamp).put("lastUpdated", stamp);
        policy.putObject("conditions").putObject("clients").putArray("include").add("ALL_CLIENTS");
        tx.put(POLICIES, policyId, new Resource(policyId, DEFAULT, policy));
        String ruleId = "0prdtudefault00rule0";
        ObjectNode rule = Json.object().put("id", ruleId).put("type", "RESOURCE_ACCESS")
                .put("name", "Default Policy Rule").put("priority", 1).put("status", "ACTIVE").put("system", false)
                .put("created", stamp).put("lastUpdated", stamp);
        ObjectNode conditions = rule.putObject("conditions");
        conditions.putObject("people").putObject("groups").putArray("include").add("EVERYONE");
        ArrayGrantTypes.put(conditions.putObject("grantTypes").putArray("include"));
        conditions.putObject("scopes").putArray("include").add("*");
        rule.putObject("actions").putObject("token").put("accessTokenLifetimeMinutes", 60)
                .put("refreshTokenLifetimeMinutes", 0).put("refreshTokenWindowMinutes", 10080);
        tx.put(RULES, ruleId, new Resource(ruleId, policyId, rule));
    }

    private static final class ArrayGrantTypes {
        static void put(com.fasterxml.jackson.databind.node.ArrayNode include) {
            List.of("authorization_code", "password", "client_credentials", "implicit",
                    "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange")
                    .forEach(include::add);
        }
    }

    /** A scope id from the declared resource's own sequence, so seeded and created scopes never share one. */
    private static String scopeId(Tx tx) {
        return dev.dtu.server.resource.IdFormat.parse("okta:scp").next(tx, "okta." + SCOPES.name());
    }

    private static void reservedScopes(Tx tx, String serverId) {
        for (String name : RESERVED) {
            String id = scopeId(tx);
            tx.put(SCOPES, id, new Resource(id, serverId, Json.object().put("id", id).put("name", name)
                    .put("description", "Reserved scope " + name).put("system", true).put("default", false)
                    .put("consent", "IMPLICIT").put("metadataPublish", "ALL_CLIENTS")));
        }
    }

    private static boolean matchesQ(Request request, List<String> values) {
        Optional<String> q = request.queryParam("q").filter(s -> !s.isBlank());
        return q.isEmpty() || values.stream().anyMatch(v -> v != null
                && v.toLowerCase(Locale.ROOT).contains(q.get().toLowerCase(Locale.ROOT)));
    }

    /** The servers: the issuer on the URL the client used, q over names and audiences, children go with them. */
    static final class ServerHooks implements Hooks {
        @Override
        public List<Violation> check(Write write, ObjectNode next, Resource previous) {
            if (previous == null) {
                reservedScopes(write.tx(), next.path("id").asText());
            } else {
                next.put("default", previous.body().path("default").asBoolean(false));
            }
            return List.of();
        }

        @Override
        public void beforeDelete(Write write, Resource server) {
            Tx tx = write.tx();
            for (Resource policy : children(tx.state(), POLICIES, server.id())) {
                children(tx.state(), RULES, policy.id()).forEach(r -> tx.remove(RULES, r.id()));
                tx.remove(POLICIES, policy.id());
            }
            children(tx.state(), SCOPES, server.id()).forEach(r -> tx.remove(SCOPES, r.id()));
            children(tx.state(), CLAIMS, server.id()).forEach(r -> tx.remove(CLAIMS, r.id()));
            tx.state().all(TRUSTED).forEach((key, t) -> {
                if (t.serverId().equals(server.id()) || t.trustedId().equals(server.id())) {
                    tx.remove(TRUSTED, key);
                }
            });
        }

        @Override
        public List<Resource> listed(Request request, List<Resource> live) {
            return live.stream().filter(s -> matchesQ(request, searchable(s))).toList();
        }

        private static List<String> searchable(Resource server) {
            List<String> values = new ArrayList<>();
            values.add(server.text("name"));
            server.body().path("audiences").forEach(a -> values.add(a.asText()));
            return values;
        }

        @Override
        public ObjectNode shown(Request request, Resource resource, ObjectNode rendered) {
            rendered.put("issuer", request.baseUrl() + "/oauth2/" + resource.id());
            JsonNode links = rendered.path("_links");
            if (links instanceof ObjectNode l) {
                String base = request.baseUrl() + "/api/v1/authorizationServers/" + resource.id();
                for (String sub : List.of("scopes", "claims", "policies")) {
                    l.putObject(sub).put("href", base + "/" + sub).putObject("hints").putArray("allow").add("GET");
                }
                l.putObject("rotateKey").put("href", base + "/credentials/lifecycle/keyRotate")
                        .putObject("hints").putArray("allow").add("POST");
                var metadata = l.putArray("metadata");
                for (String doc : List.of("openid-configuration", "oauth-authorization-server")) {
                    metadata.addObject().put("href", request.baseUrl() + "/oauth2/" + resource.id() + "/.well-known/" + doc)
                            .putObject("hints").putArray("allow").add("GET");
                }
            }
            return rendered;
        }
    }

    /** A server's scopes, claims and policies, and a policy's rules: the parent must exist; scopes search by q. */
    static final class ChildHooks implements Hooks {
        private final Kind<Resource> parentKind;
        private final boolean searchable;

        ChildHooks(Kind<Resource> parentKind, boolean searchable) {
            this.parentKind = parentKind;
            this.searchable = searchable;
        }

        @Override
        public Optional<String> parent(State state, String pathValue) {
            return state.get(parentKind, pathValue).map(Resource::id);
        }

        @Override
        public List<Resource> listed(Request request, List<Resource> live) {
            return searchable ? live.stream().filter(s -> matchesQ(request, List.of(s.text("name")))).toList() : live;
        }

        @Override
        public void beforeDelete(Write write, Resource resource) {
            if (parentKind == SERVERS && resource.id().startsWith("00p")) {
                children(write.tx().state(), RULES, resource.id()).forEach(r -> write.tx().remove(RULES, r.id()));
            }
        }
    }
}

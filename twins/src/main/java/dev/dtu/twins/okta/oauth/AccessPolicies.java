package dev.dtu.twins.okta.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.AuthorizationServers;
import dev.dtu.twins.okta.model.Group;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.User;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A custom server's access policies decide whether a token request is granted and for how long: "policies are
 * evaluated in priority order, as are the rules in a policy; the first policy and rule that match the request
 * are applied" (Okta, Create access policies). A policy matches the client ({@code conditions.clients.include}:
 * {@code ALL_CLIENTS} or its client id); a rule the grant type, the scopes (all requested ones in
 * {@code conditions.scopes.include}, or {@code *}) and the person (users or groups included, none excluded;
 * {@code EVERYONE} is every person; client credentials have no person). The org server has no policies.
 */
public final class AccessPolicies {
    static final String FAILED = "Policy evaluation failed for this request, please check the policy configurations.";

    /** Token lifetimes a rule gives; a refresh lifetime of zero is Okta's "unlimited". */
    public record Lifetimes(Duration accessToken, Duration refreshToken) {
        public static final Lifetimes ORG = new Lifetimes(Duration.ofHours(1), Duration.ofDays(90));
    }

    private AccessPolicies() {
    }

    /** The lifetimes the first matching rule gives, or access_denied when no policy and rule match. */
    public static Lifetimes evaluate(State state, AuthServer server, Application app, User user, String grantType,
            List<String> scopes) {
        if (!server.custom()) {
            return Lifetimes.ORG;
        }
        for (Resource policy : AuthorizationServers.activeByPriority(state, AuthorizationServers.POLICIES, server.id())) {
            if (!includes(policy.body().path("conditions").path("clients").path("include"), Set.of(app.clientId()))) {
                continue;
            }
            for (Resource rule : AuthorizationServers.activeByPriority(state, AuthorizationServers.RULES, policy.id())) {
                if (matches(state, rule.body().path("conditions"), user, grantType, scopes)) {
                    return lifetimes(rule.body().path("actions").path("token"));
                }
            }
        }
        throw new OAuthException(400, "access_denied", FAILED);
    }

    private static boolean matches(State state, JsonNode conditions, User user, String grantType, List<String> scopes) {
        JsonNode grants = conditions.path("grantTypes").path("include");
        boolean grantOk = grantType.equals("refresh_token") || contains(grants, grantType);
        JsonNode allowed = conditions.path("scopes").path("include");
        boolean scopesOk = contains(allowed, "*") || scopes.stream().allMatch(s -> contains(allowed, s));
        return grantOk && scopesOk && (user == null || person(state, conditions.path("people"), user));
    }

    private static boolean person(State state, JsonNode people, User user) {
        if (people.isMissingNode() || people.isNull()) {
            return true;
        }
        Set<String> everyone = Groups.groupsOf(state, user.id()).stream().map(Group::id)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        everyone.add("EVERYONE");
        boolean excluded = includes(people.path("users").path("exclude"), Set.of(user.id()))
                || includes(people.path("groups").path("exclude"), everyone);
        boolean included = includes(people.path("users").path("include"), Set.of(user.id()))
                || includes(people.path("groups").path("include"), everyone);
        return included && !excluded;
    }

    private static Lifetimes lifetimes(JsonNode token) {
        Duration access = Duration.ofMinutes(token.path("accessTokenLifetimeMinutes").asLong(60));
        long refresh = token.path("refreshTokenLifetimeMinutes").asLong(0);
        return new Lifetimes(access, refresh <= 0 ? Duration.ofDays(36500) : Duration.ofMinutes(refresh));
    }

    private static boolean includes(JsonNode list, Set<String> values) {
        for (JsonNode v : list) {
            if (values.contains(v.asText()) || "ALL_CLIENTS".equals(v.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode v : list) {
            if (value.equals(v.asText())) {
                return true;
            }
        }
        return false;
    }
}

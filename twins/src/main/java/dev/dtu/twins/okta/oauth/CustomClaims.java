package dev.dtu.twins.okta.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.AuthorizationServers;
import dev.dtu.twins.okta.model.Group;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.expression.OktaExpression;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A custom server's claims in the tokens it mints (Okta, "Create claims"): the active claims of the token's
 * type ({@code RESOURCE} access token, {@code IDENTITY} ID token) whose {@code conditions.scopes} are empty or
 * meet a granted scope; {@code EXPRESSION} values are Okta expressions over {@code user.*}, {@code appuser.*},
 * {@code app.*} and {@code org.*}, {@code GROUPS} values filter the person's group names. A claim whose value is
 * null (no person, an attribute nobody set) or an empty group list is left out, and reserved claim names are
 * never overwritten. An expression the twin cannot evaluate leaves its claim out too.
 */
public final class CustomClaims {
    private static final Set<String> RESERVED = Set.of("iss", "sub", "aud", "exp", "iat", "jti", "ver", "cid", "uid",
            "scp", "auth_time", "amr", "idp", "nonce", "at_hash", "c_hash");

    private CustomClaims() {
    }

    public static void add(State state, Grant grant, String claimType, JWTClaimsSet.Builder claims) {
        if (!grant.server().custom()) {
            return;
        }
        for (Resource claim : AuthorizationServers.children(state, AuthorizationServers.CLAIMS, grant.server().id())) {
            JsonNode body = claim.body();
            String name = body.path("name").asText("");
            if (!"ACTIVE".equals(body.path("status").asText("ACTIVE")) || !claimType.equals(body.path("claimType").asText())
                    || RESERVED.contains(name) || !scopeMet(body.path("conditions").path("scopes"), grant.scopes())) {
                continue;
            }
            Object value = value(state, grant, body);
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                claims.claim(name, value);
            }
        }
    }

    private static boolean scopeMet(JsonNode scopes, List<String> granted) {
        if (!scopes.isArray() || scopes.isEmpty()) {
            return true;
        }
        for (JsonNode s : scopes) {
            if (granted.contains(s.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Object value(State state, Grant grant, JsonNode claim) {
        String value = claim.path("value").asText("");
        User user = grant.user();
        List<Group> groups = user == null ? List.of() : Groups.groupsOf(state, user.id());
        if ("GROUPS".equals(claim.path("valueType").asText())) {
            String filter = claim.path("group_filter_type").asText("STARTS_WITH");
            return groups.stream().map(Group::name).filter(n -> groupMatches(filter, value, n)).toList();
        }
        try {
            return OktaExpression.evaluate(value, context(grant, groups));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static boolean groupMatches(String filter, String value, String name) {
        return switch (filter) {
            case "EQUALS" -> name.equals(value);
            case "CONTAINS" -> name.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            case "REGEX" -> Pattern.matches(value, name);
            default -> name.toLowerCase(Locale.ROOT).startsWith(value.toLowerCase(Locale.ROOT));
        };
    }

    /**
     * {@code user.*} is the person's profile ({@code user.id}, {@code user.status} too); {@code appuser.*} reads
     * the same attributes, since the twin keeps no app user profiles (Okta's default mapping copies them);
     * {@code app.*} the client ({@code id}, {@code clientId}, {@code label}).
     */
    private static OktaExpression.Context context(Grant grant, List<Group> groups) {
        User user = grant.user();
        return new OktaExpression.Context() {
            @Override
            public Object attribute(String object, String name) {
                return switch (object) {
                    case "user", "appuser" -> user == null ? null : switch (name) {
                        case "id" -> user.id();
                        case "status" -> user.status().name();
                        default -> user.profile().get(name);
                    };
                    case "app" -> switch (name) {
                        case "id" -> grant.app().id();
                        case "clientId" -> grant.app().clientId();
                        case "label" -> grant.app().label();
                        default -> null;
                    };
                    case "access" -> "scope".equals(name) ? grant.scopes() : null;
                    default -> null;
                };
            }

            @Override
            public List<String[]> groups() {
                return groups.stream().map(g -> new String[] {g.id(), g.name()}).toList();
            }
        };
    }
}

package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.server.http.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Okta: users ({@code /api/v1/users}) become people, Okta groups keep their descriptions and members
 * ({@code /api/v1/groups/{id}/users}), OIDC apps ({@code /api/v1/apps}) become the seed's apps, with their
 * {@code consent_method} when recorded (else the seed's default applies).
 */
public final class OktaInference implements SeedInference {
    private static final Pattern GROUP_USERS = Pattern.compile("^/api/v1/groups/([^/]+)/users$");
    private static final Pattern USER = Pattern.compile("^/api/v1/users/[^/]+$");
    private static final Set<String> GRANTS = Set.of("authorization_code", "refresh_token", "client_credentials", "password");
    private static final Set<String> CONSENT_METHODS = Set.of("REQUIRED", "TRUSTED");

    private final Map<String, PersonDraft> byUserId = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();

    @Override
    public Vendor vendor() {
        return Vendor.OKTA;
    }

    @Override
    public void infer(List<Exchange> exchanges, SeedDraft draft) {
        SeedInference.answers(exchanges, p -> p.equals("/api/v1/users") || USER.matcher(p).matches())
                .forEach(e -> each(e.json(), u -> existing(u, draft).ifPresent(x -> user(x, draft))));
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        SeedInference.answers(exchanges, p -> p.equals("/api/v1/groups"))
                .forEach(e -> each(e.json(), g -> existing(g, draft).ifPresent(x -> group(x, groups))));
        for (Exchange e : SeedInference.answers(exchanges, p -> GROUP_USERS.matcher(p).matches())) {
            Matcher m = GROUP_USERS.matcher(e.path());
            m.matches();
            String group = groupNames.get(m.group(1));
            if (group != null) {
                each(e.json(), u -> existing(u, draft).ifPresent(x -> user(x, draft).groups.add(group)));
            }
        }
        if (!groups.isEmpty()) {
            ArrayNode list = draft.section(vendor()).putArray("groups");
            groups.values().forEach(list::add);
        }
        ArrayNode apps = Json.array();
        SeedInference.answers(exchanges, p -> p.equals("/api/v1/apps"))
                .forEach(e -> each(e.json(), a -> existing(a, draft).ifPresent(x -> app(x, apps, draft))));
        if (!apps.isEmpty()) {
            draft.section(vendor()).set("apps", apps);
        }
    }

    private java.util.Optional<JsonNode> existing(JsonNode object, SeedDraft draft) {
        return draft.createdDuringRecording(vendor(), object.path("id").asText(null)) ? java.util.Optional.empty()
                : java.util.Optional.of(object);
    }

    private static void each(JsonNode body, java.util.function.Consumer<JsonNode> action) {
        if (body.isArray()) {
            body.forEach(action);
        } else if (body.isObject()) {
            action.accept(body);
        }
    }

    private PersonDraft user(JsonNode u, SeedDraft draft) {
        PersonDraft known = byUserId.get(u.path("id").asText());
        if (known != null) {
            return known;
        }
        JsonNode profile = u.path("profile");
        String name = (profile.path("firstName").asText("") + " " + profile.path("lastName").asText("")).strip();
        String email = SeedInference.text(profile.path("email"));
        PersonDraft p = draft.people().person(email != null ? email : SeedInference.text(profile.path("login")), name)
                .title(SeedInference.text(profile.path("title"))).timezone(SeedInference.text(profile.path("timezone")))
                .active(!Set.of("DEPROVISIONED", "SUSPENDED").contains(u.path("status").asText()));
        byUserId.put(u.path("id").asText(), p);
        return p;
    }

    private void group(JsonNode g, Map<String, ObjectNode> groups) {
        String name = SeedInference.text(g.path("profile").path("name"));
        if (name == null || !g.path("type").asText("OKTA_GROUP").equals("OKTA_GROUP")) {
            return;
        }
        groupNames.put(g.path("id").asText(), name);
        ObjectNode out = Json.object().put("name", name);
        String description = SeedInference.text(g.path("profile").path("description"));
        if (description != null) {
            out.put("description", description);
        }
        groups.putIfAbsent(name, out);
    }

    private static void app(JsonNode a, ArrayNode apps, SeedDraft draft) {
        if (!a.path("signOnMode").asText().equals("OPENID_CONNECT")) {
            draft.note("okta: app '" + a.path("label").asText() + "' (" + a.path("signOnMode").asText()
                    + ") is not an OIDC app; the seed only has OIDC apps");
            return;
        }
        ObjectNode out = apps.addObject().put("label", a.path("label").asText());
        String clientId = SeedInference.text(a.path("credentials").path("oauthClient").path("client_id"));
        if (clientId != null && clientId.matches("^[A-Za-z0-9_.-]{1,64}$")) {
            out.put("clientId", clientId);
        }
        JsonNode client = a.path("settings").path("oauthClient");
        copyArray(client.path("redirect_uris"), out, "redirectUris", null);
        copyArray(client.path("post_logout_redirect_uris"), out, "postLogoutRedirectUris", null);
        copyArray(client.path("grant_types"), out, "grantTypes", GRANTS);
        String type = SeedInference.text(client.path("application_type"));
        if (type != null && Set.of("web", "native", "browser", "service").contains(type)) {
            out.put("applicationType", type);
        }
        String consent = SeedInference.text(client.path("consent_method"));
        if (consent != null && CONSENT_METHODS.contains(consent)) {
            out.put("consentMethod", consent);
        }
        String method = SeedInference.text(a.path("credentials").path("oauthClient").path("token_endpoint_auth_method"));
        if (method != null && Set.of("client_secret_basic", "client_secret_post", "none").contains(method)) {
            out.put("tokenEndpointAuthMethod", method);
        }
    }

    private static void copyArray(JsonNode from, ObjectNode to, String field, Set<String> allowed) {
        if (!from.isArray() || from.isEmpty()) {
            return;
        }
        ArrayNode out = Json.array();
        from.forEach(v -> {
            if (allowed == null || allowed.contains(v.asText())) {
                out.add(v.asText());
            }
        });
        if (!out.isEmpty()) {
            to.set(field, out);
        }
    }
}

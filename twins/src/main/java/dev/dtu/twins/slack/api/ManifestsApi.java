package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.ConfigTokens;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;
import java.security.SecureRandom;

/**
 * The App Manifest API: apps.manifest.validate/.create/.update/.export/.delete
 * (https://docs.slack.dev/reference/methods/apps.manifest.create and beside it), with app configuration tokens only,
 * and tooling.tokens.rotate, which renews those tokens. The apps made are kept as their manifests: the twin's own app
 * stays the one that acts in the workspace.
 */
final class ManifestsApi {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ManifestsApi() {}

    static ObjectNode rotate(MethodCall m) {
        String refresh = m.args().string("refresh_token").orElseThrow(() -> new SlackError("invalid_refresh_token"));
        String minted = m.universe().secret(SlackKinds.TWIN, ConfigTokens.REFRESH).orElse(null);
        ConfigTokens.Pair p = ConfigTokens.rotate(m.ws(), refresh, minted);
        m.universe().redactor().learn(p.token(), "access_token");
        m.universe().redactor().learn(p.refreshToken(), "refresh_token");
        return MethodCall.body().put("token", p.token()).put("refresh_token", p.refreshToken())
                .put("team_id", m.ws().team().id()).put("user_id", p.userId()).put("iat", p.issuedAt())
                .put("exp", p.expiresAt());
    }

    static ObjectNode validate(MethodCall m) {
        configToken(m);
        JsonNode manifest = manifest(m);
        m.args().string("app_id").ifPresent(id -> owned(m, id, "invalid_app_id"));
        ManifestRules.check(manifest);
        return MethodCall.body();
    }

    static ObjectNode create(MethodCall m) {
        configToken(m);
        JsonNode manifest = manifest(m);
        ManifestRules.check(manifest);
        String appId = Ids.next(m.ws().tx(), "A");
        String clientId = (1_000_000_000L + m.ws().tx().next("slack.manifest.client")) + "."
                + CredentialSpec.digits(RANDOM, 13);
        ObjectNode app = MethodCall.body().put("app_id", appId).put("creator", m.user());
        app.set("manifest", manifest);
        ObjectNode credentials = app.putObject("credentials").put("client_id", clientId)
                .put("client_secret", CredentialSpec.hex(RANDOM, 32))
                .put("verification_token", CredentialSpec.alnum(RANDOM, 24))
                .put("signing_secret", CredentialSpec.hex(RANDOM, 32));
        apps(m).put(appId, app);
        m.universe().redactor().learn(credentials.path("client_secret").asText(), "client_secret");
        m.universe().redactor().learn(credentials.path("signing_secret").asText(), "signing_secret");
        ObjectNode body = MethodCall.body().put("app_id", appId);
        body.set("credentials", credentials.deepCopy());
        body.put("oauth_authorize_url", "https://slack.com/oauth/v2/authorize?client_id=" + clientId + "&scope="
                + String.join(",", scopes(manifest)));
        return body;
    }

    static ObjectNode update(MethodCall m) {
        configToken(m);
        String id = appId(m);
        ObjectNode app = owned(m, id, "invalid_app_id");
        JsonNode manifest = manifest(m);
        ManifestRules.check(manifest);
        boolean scopesChanged = !scopes(app.path("manifest")).equals(scopes(manifest));
        app.set("manifest", manifest);
        apps(m).put(id, app);
        return MethodCall.body().put("app_id", id).put("permissions_updated", scopesChanged);
    }

    static ObjectNode export(MethodCall m) {
        configToken(m);
        ObjectNode app = owned(m, appId(m), "app_not_found");
        ObjectNode body = MethodCall.body();
        body.set("manifest", exported(app.path("manifest").deepCopy()));
        return body;
    }

    static ObjectNode delete(MethodCall m) {
        configToken(m);
        String id = appId(m);
        owned(m, id, "app_not_found");
        apps(m).remove(id);
        return MethodCall.body();
    }

    /**
     * A manifest as Slack exports it: a function's input and output parameters become one map of parameter name to
     * property, each property with its {@code name} and {@code is_required} (the shape Slack's SDK reads an export in,
     * AppManifest.Function), where the manifest given has {@code properties} and {@code required}.
     */
    private static JsonNode exported(JsonNode manifest) {
        for (JsonNode function : manifest.path("functions")) {
            for (String side : new String[] {"input_parameters", "output_parameters"}) {
                JsonNode given = function.path(side);
                if (!given.has("properties")) {
                    continue;
                }
                java.util.Set<String> required = new java.util.HashSet<>();
                given.path("required").forEach(r -> required.add(r.asText()));
                ObjectNode params = Json.object();
                given.path("properties").fields().forEachRemaining(e -> {
                    ObjectNode p = e.getValue().isObject() ? (ObjectNode) e.getValue().deepCopy() : Json.object();
                    p.put("name", e.getKey()).put("is_required", required.contains(e.getKey()));
                    params.set(e.getKey(), p);
                });
                ((ObjectNode) function).set(side, params);
            }
        }
        return manifest;
    }

    private static void configToken(MethodCall m) {
        if (!m.caller().token().type().equals(ConfigTokens.TYPE)) {
            throw new SlackError("not_allowed_token_type");
        }
    }

    private static String appId(MethodCall m) {
        return m.args().string("app_id").orElseThrow(() -> new SlackError("invalid_app_id"));
    }

    /** An app this person made with the Manifest API; others (the twin's own app among them) are errorCode. */
    private static ObjectNode owned(MethodCall m, String id, String errorCode) {
        return apps(m).get(id).filter(a -> a.path("creator").asText().equals(m.user()))
                .orElseThrow(() -> new SlackError(errorCode));
    }

    /** {@code manifest}: a JSON object, as a JSON string in forms. */
    private static JsonNode manifest(MethodCall m) {
        JsonNode manifest = m.args().json("manifest", () -> ManifestRules.invalid("", "manifest is not valid JSON"));
        if (manifest == null) {
            throw new SlackError.InvalidArguments("missing required field: manifest");
        }
        return manifest;
    }

    private static java.util.List<String> scopes(JsonNode manifest) {
        java.util.List<String> out = new java.util.ArrayList<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> out.add(s.asText()));
        return out;
    }

    private static Records apps(MethodCall m) {
        return new Records(m.ws(), SlackKinds.APP_MANIFESTS);
    }

}

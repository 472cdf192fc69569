package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.universe.UniverseInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment an app under test is started with: every twin's URL and credentials, and its own port. */
public final class AppEnvironment {
    private AppEnvironment() {}

    public static Map<String, String> of(UniverseInfo universe, String adminUrl, int port) {
        JsonNode t = universe.twins();
        Map<String, String> env = new LinkedHashMap<>();
        put(env, "SLACK_API_URL", t.path("slack").path("baseUrl"));
        put(env, "SLACK_BOT_TOKEN", t.path("slack").path("botToken"));
        put(env, "SLACK_USER_TOKEN", t.path("slack").path("userToken"));
        put(env, "SLACK_SIGNING_SECRET", t.path("slack").path("signingSecret"));
        put(env, "SLACK_APP_TOKEN", t.path("slack").path("appToken"));
        put(env, "OKTA_ORG_URL", t.path("okta").path("orgUrl"));
        put(env, "OKTA_API_TOKEN", t.path("okta").path("apiToken"));
        put(env, "OKTA_ISSUER", t.path("okta").path("issuer"));
        put(env, "OKTA_CLIENT_ID", t.path("okta").path("clientId"));
        put(env, "OKTA_CLIENT_SECRET", t.path("okta").path("clientSecret"));
        put(env, "JIRA_BASE_URL", t.path("jira").path("baseUrl"));
        put(env, "JIRA_EMAIL", t.path("jira").path("email"));
        put(env, "JIRA_API_TOKEN", t.path("jira").path("apiToken"));
        put(env, "GOOGLE_API_ROOT_URL", t.path("google").path("rootUrl"));
        put(env, "GOOGLE_ACCESS_TOKEN", t.path("google").path("accessToken"));
        JsonNode key = t.path("google").path("serviceAccount"); // the key file's JSON, for google-auth-library
        if (key.isObject()) {
            env.put("GOOGLE_SERVICE_ACCOUNT_KEY", key.toString());
        }
        env.put("DTU_UNIVERSE_ID", universe.id());
        env.put("DTU_ADMIN_URL", adminUrl);
        env.put("PORT", Integer.toString(port));
        return env;
    }

    private static void put(Map<String, String> env, String name, JsonNode value) {
        if (value.isTextual()) {
            env.put(name, value.asText());
        }
    }
}

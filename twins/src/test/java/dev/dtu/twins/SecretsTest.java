package dev.dtu.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import dev.dtu.server.twin.Credential;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every credential and token a universe issues or receives stays out of what others can read: the journal,
 * the state dump, the logs, the metrics and the data directory's files (0600 in 0700 folders; passwords,
 * tokens and codes are not in them even in the owner's view, only what the universe needs after a restart).
 */
class SecretsTest {
    static final String PASSWORD = "Horse-Battery-9x";
    static final String NEW_PASSWORD = "Staple-Correct-7q";
    static final String ANSWER = "Aunt Ethel's parrot";
    static final String REDIRECT = "http://localhost:3000/callback";

    @TempDir
    Path tmp;

    /** secret → where it came from, for the failure message. */
    private final Map<String, String> secrets = new LinkedHashMap<>();
    /** the subset the data directory must not hold either (the universe never needs them in clear). */
    private final Map<String, String> neverStored = new LinkedHashMap<>();
    private final List<String> logs = new ArrayList<>();

    private DtuServer start(Path dataDir) {
        return new DtuServer(ServerConfig.inMemory("127.0.0.1", 0).withDataDir(dataDir), Twins.all()).start();
    }

    private void secret(String from, String value) {
        assertTrue(value != null && value.length() >= 6, from + " was issued: " + value);
        secrets.put(value, from);
    }

    private void issued(String from, String value) {
        secret(from, value);
        neverStored.put(value, from);
    }

    @Test
    void noSecretIsReadableInJournalStateLogsMetricsOrDataDir() throws Exception {
        Path dataDir = tmp.resolve("data");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (logs) {
                    logs.add(r.getMessage() + " " + (r.getParameters() == null ? "" : List.of(r.getParameters()))
                            + " " + (r.getThrown() == null ? "" : r.getThrown().toString()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        String id;
        String refresh;
        String accessToken;
        try (DtuServer server = start(dataDir)) {
            JsonNode u = Http.post(server.url() + "/_dtu/universes", "{\"name\":\"secrets\"}").json();
            id = u.path("id").asText();
            for (Credential c : server.universes().require(id).credentials()) {
                secret("credential " + c.twin() + ":" + c.name(), c.secret());
            }
            JsonNode t = u.path("twins");
            useSlack(t.path("slack"));
            useJira(t.path("jira"));
            useGoogle(t.path("google"));
            String[] tokens = useOkta(t.path("okta"));
            refresh = tokens[0];
            accessToken = tokens[1];

            JsonNode secretState = Http.get(server.url() + "/_dtu/universes/" + id + "/secrets").json();
            JsonNode key = secretState.path("okta").path("signingKeys").elements().next();
            JsonNode jwk = Http.get(server.url() + "/_dtu/universes/" + id + "/secrets").json();
            assertTrue(key.path("privateJwk").isTextual(), "the documented route exports the private key: " + jwk);
            JsonNode privateJwk = dev.dtu.server.http.Json.parse(key.path("privateJwk").asText()
                    .getBytes(StandardCharsets.UTF_8));
            for (String part : List.of("d", "p", "q", "dp", "dq", "qi")) {
                secret("the RSA signing key's " + part, privateJwk.path(part).asText());
            }

            String journal = Http.get(server.url() + "/_dtu/universes/" + id + "/journal").body();
            assertTrue(journal.contains("/oauth2/default/v1/token") && journal.contains("credentials"),
                    "the journal still shows what the app did");
            assertNoSecret("the journal", journal);
            String state = Http.get(server.url() + "/_dtu/universes/" + id + "/state").body();
            assertTrue(state.contains("signingKeys") && state.contains("\"kid\""), "state shows the public key parts");
            assertNoSecret("the state dump", state);
            assertNoSecret("the metrics", Http.get(server.url() + "/metrics").body());
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertNoSecret("the logs", String.join("\n", logs));
        checkDataDir(dataDir);

        try (DtuServer again = start(dataDir)) {
            JsonNode okta = Http.get(again.url() + "/_dtu/universes/" + id).json().path("twins").path("okta");
            Http.Reply refreshed = Http.post(okta.path("issuer").asText() + "/v1/token",
                    "grant_type=refresh_token&refresh_token=" + enc(refresh), "Content-Type",
                    "application/x-www-form-urlencoded", "Authorization", basic(okta));
            assertEquals(200, refreshed.status(), "a refresh token survives a restart: " + refreshed.body());
            // the issuer names the new port, so the token is checked against the published key, not introspected
            SignedJWT jwt = SignedJWT.parse(accessToken);
            JWKSet keys = JWKSet.parse(Http.get(okta.path("issuer").asText() + "/v1/keys").body());
            RSAKey published = keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
            assertTrue(jwt.verify(new RSASSAVerifier(published)), "the kept signing key still verifies its tokens");
        }
    }

    /** The journal keeps one entry here, so the answer that issued the token is gone when the app uses it. */
    @Test
    void anIssuedTokenStaysHiddenWhereNoFieldNamesIt() {
        try (DtuServer server = start(null)) {
            JsonNode u = Http.post(server.url() + "/_dtu/universes", "{\"name\":\"evicted\"}").json();
            String id = u.path("id").asText();
            assertEquals(200, Http.send("PUT", server.url() + "/_dtu/universes/" + id + "/settings",
                    "{\"journalLimit\":1}").status());
            JsonNode okta = u.path("twins").path("okta");
            String ssws = "SSWS " + okta.path("apiToken").asText();
            String staff = Http.post(okta.path("orgUrl").asText() + "/api/v1/users?activate=false",
                    "{\"profile\":{\"firstName\":\"C\",\"lastName\":\"L\",\"email\":\"c@northwind.example\",\"login\":\"c@northwind.example\"}}",
                    "Authorization", ssws, "Content-Type", "application/json").json().path("id").asText();
            String token = Http.post(okta.path("orgUrl").asText() + "/api/v1/users/" + staff
                    + "/lifecycle/activate?sendEmail=false", "", "Authorization", ssws).json().path("activationToken").asText();
            Http.get(okta.path("orgUrl").asText() + "/welcome/" + token);
            String journal = Http.get(server.url() + "/_dtu/universes/" + id + "/journal").body();
            assertTrue(journal.contains("/welcome/"), journal);
            assertFalse(journal.contains(token), journal);
        }
    }

    private void useSlack(JsonNode slack) {
        String bot = slack.path("botToken").asText();
        Http.Reply posted = Http.post(slack.path("baseUrl").asText() + "chat.postMessage?token=" + bot,
                "{\"channel\":\"support\",\"text\":\"hello\"}", "Authorization", "Bearer " + bot,
                "Content-Type", "application/json; charset=utf-8");
        assertTrue(posted.json().path("ok").asBoolean(), posted.body());
        Http.Reply form = Http.post(slack.path("baseUrl").asText() + "auth.test", "token=" + bot,
                "Content-Type", "application/x-www-form-urlencoded");
        assertTrue(form.json().path("ok").asBoolean(), form.body());
    }

    private void useJira(JsonNode jira) {
        String basic = Base64.getEncoder().encodeToString((jira.path("email").asText() + ":"
                + jira.path("apiToken").asText()).getBytes(StandardCharsets.UTF_8));
        secret("jira's Basic credentials", basic);
        Http.Reply me = Http.get(jira.path("baseUrl").asText() + "/rest/api/3/myself", "Authorization", "Basic " + basic);
        assertEquals(200, me.status(), me.body());
    }

    private void useGoogle(JsonNode google) {
        Http.Reply sheet = Http.post(google.path("rootUrl").asText() + "v4/spreadsheets",
                "{\"properties\":{\"title\":\"Log\"}}", "Authorization", "Bearer " + google.path("accessToken").asText(),
                "Content-Type", "application/json");
        assertEquals(200, sheet.status(), sheet.body());
    }

    /** Returns a live refresh token and an access token. */
    private String[] useOkta(JsonNode okta) throws Exception {
        String org = okta.path("orgUrl").asText();
        String ssws = "SSWS " + okta.path("apiToken").asText();
        secret("the seed's Okta password", "Tw1n-Passw0rd!");
        issued("a user's password", PASSWORD);
        issued("a user's new password", NEW_PASSWORD);
        issued("a recovery answer", ANSWER);
        Http.Reply created = Http.post(org + "/api/v1/users?activate=true", """
                {"profile":{"firstName":"Sam","lastName":"Vimes","email":"sam@northwind.example","login":"sam@northwind.example"},
                 "credentials":{"password":{"value":"%s"},"recovery_question":{"question":"Who?","answer":"%s"}}}"""
                .formatted(PASSWORD, ANSWER), "Authorization", ssws, "Content-Type", "application/json");
        assertEquals(200, created.status(), created.body());
        String userId = created.json().path("id").asText();
        Http.Reply changed = Http.post(org + "/api/v1/users/" + userId,
                "{\"credentials\":{\"password\":{\"value\":\"" + NEW_PASSWORD + "\"}}}",
                "Authorization", ssws, "Content-Type", "application/json");
        assertEquals(200, changed.status(), changed.body());

        Http.Reply staged = Http.post(org + "/api/v1/users?activate=false",
                "{\"profile\":{\"firstName\":\"Cheery\",\"lastName\":\"L\",\"email\":\"cheery@northwind.example\",\"login\":\"cheery@northwind.example\"}}",
                "Authorization", ssws, "Content-Type", "application/json");
        String staff = staged.json().path("id").asText();
        Http.Reply activation = Http.post(org + "/api/v1/users/" + staff + "/lifecycle/activate?sendEmail=false", "",
                "Authorization", ssws);
        assertEquals(200, activation.status(), activation.body());
        issued("an activation token", activation.json().path("activationToken").asText());
        Http.Reply reset = Http.post(org + "/api/v1/users/" + userId + "/lifecycle/reset_password?sendEmail=false", "",
                "Authorization", ssws);
        assertEquals(200, reset.status(), reset.body());
        String resetUrl = reset.json().path("resetPasswordUrl").asText();
        issued("a reset token", resetUrl.substring(resetUrl.lastIndexOf('/') + 1));
        Http.Reply nobby = Http.post(org + "/api/v1/users?activate=true", """
                {"profile":{"firstName":"Nobby","lastName":"N","email":"nobby@northwind.example","login":"nobby@northwind.example"},
                 "credentials":{"password":{"value":"%s"}}}""".formatted(PASSWORD), "Authorization", ssws,
                "Content-Type", "application/json");
        assertEquals(200, nobby.status(), nobby.body());
        Http.Reply temp = Http.post(org + "/api/v1/users/" + nobby.json().path("id").asText()
                        + "/lifecycle/expire_password_with_temp_password", "",
                "Authorization", ssws);
        assertEquals(200, temp.status(), temp.body());
        issued("a temporary password", temp.json().path("tempPassword").asText());

        Http.Reply app = Http.post(org + "/api/v1/apps", """
                {"name":"oidc_client","signOnMode":"OPENID_CONNECT","label":"Other",
                 "credentials":{"oauthClient":{"token_endpoint_auth_method":"client_secret_basic"}},
                 "settings":{"oauthClient":{"redirect_uris":["%s"],"grant_types":["authorization_code"],
                  "response_types":["code"],"application_type":"web"}}}""".formatted(REDIRECT),
                "Authorization", ssws, "Content-Type", "application/json");
        assertEquals(200, app.status(), app.body());
        secret("an API-created app's client secret", app.json().at("/credentials/oauthClient/client_secret").asText());

        String issuer = okta.path("issuer").asText();
        Http.Reply authorize = Http.get(issuer + "/v1/authorize?client_id=" + enc(okta.path("clientId").asText())
                + "&response_type=code&redirect_uri=" + enc(REDIRECT) + "&scope=" + enc("openid profile offline_access")
                + "&state=st&nonce=n1");
        assertEquals(302, authorize.status(), authorize.body());
        String code = params(URI.create(authorize.header("Location")).getRawQuery()).get("code");
        issued("an authorization code", code);
        JsonNode byCode = token(okta, "grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(REDIRECT));
        JsonNode byPassword = token(okta, "grant_type=password&username=" + enc("grace.hopper@northwind.example")
                + "&password=" + enc("Tw1n-Passw0rd!") + "&scope=" + enc("openid offline_access"));
        JsonNode refreshed = token(okta, "grant_type=refresh_token&refresh_token=" + enc(byPassword.path("refresh_token").asText()));
        Http.Reply introspect = Http.post(issuer + "/v1/introspect", "token=" + enc(byCode.path("access_token").asText()),
                "Content-Type", "application/x-www-form-urlencoded", "Authorization", basic(okta));
        assertTrue(introspect.json().path("active").asBoolean(), introspect.body());
        Http.Reply userinfo = Http.get(issuer + "/v1/userinfo", "Authorization",
                "Bearer " + byCode.path("access_token").asText());
        assertEquals(200, userinfo.status(), userinfo.body());
        return new String[] {refreshed.path("refresh_token").asText(), byCode.path("access_token").asText()};
    }

    private JsonNode token(JsonNode okta, String form) {
        Http.Reply r = Http.post(okta.path("issuer").asText() + "/v1/token", form, "Content-Type",
                "application/x-www-form-urlencoded", "Authorization", basic(okta));
        assertEquals(200, r.status(), r.body());
        JsonNode tokens = r.json();
        for (String name : List.of("access_token", "id_token", "refresh_token")) {
            if (tokens.has(name)) {
                issued("an Okta " + name, tokens.path(name).asText());
            }
        }
        return tokens;
    }

    private void assertNoSecret(String where, String text) {
        for (Map.Entry<String, String> s : secrets.entrySet()) {
            for (String form : forms(s.getKey())) {
                assertFalse(text.contains(form), where + " shows " + s.getValue() + " (" + form + ")");
            }
        }
    }

    /** A secret as it may appear: as is, percent-encoded, JSON-escaped. */
    private static Set<String> forms(String secret) {
        return new java.util.HashSet<>(List.of(secret, enc(secret), secret.replace("'", "\\u0027")));
    }

    private void checkDataDir(Path dataDir) throws IOException {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"), "POSIX permissions");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.toList()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
                assertEquals(Files.isDirectory(f) ? "rwx------" : "rw-------", PosixFilePermissions.toString(perms),
                        f + " is readable by others");
                if (Files.isRegularFile(f)) {
                    String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    for (Map.Entry<String, String> s : neverStored.entrySet()) {
                        assertFalse(bytes.contains(s.getKey()), f + " holds " + s.getValue());
                    }
                }
            }
        }
    }

    private static String basic(JsonNode okta) {
        return "Basic " + Base64.getEncoder().encodeToString((enc(okta.path("clientId").asText()) + ":"
                + enc(okta.path("clientSecret").asText())).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}

package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Management API over HTTP: shapes, headers, pagination links, errors. */
class ManagementApiTest {
    static OktaServer server;
    static OktaServer.Universe u;

    @BeforeAll
    static void start() {
        server = new OktaServer();
        u = server.universe();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void describesTheOrgWithAnApiTokenAndTheAppUnderTest() {
        assertEquals(server.url() + "/u/" + u.id() + "/okta", u.orgUrl());
        assertEquals(u.orgUrl() + "/oauth2/default", u.issuer());
        assertTrue(u.apiToken().matches("00[A-Za-z0-9]{40}"), u.apiToken());
        assertEquals("northwind-portal", u.clientId());
        assertEquals(40, u.clientSecret().length());
    }

    @Test
    void everyResponseCarriesOktasHeaders() {
        for (Http.Reply r : List.of(u.get("/api/v1/users/me"), u.get("/api/v1/users/nobody"),
                Http.get(u.orgUrl() + "/api/v1/users"), Http.get(u.orgUrl() + "/oauth2/default/v1/keys"))) {
            assertNotNull(r.header("X-Rate-Limit-Limit"), r.headers().toString());
            assertNotNull(r.header("X-Rate-Limit-Remaining"));
            assertTrue(Long.parseLong(r.header("X-Rate-Limit-Reset")) > System.currentTimeMillis() / 1000 - 5);
            assertEquals(27, r.header("X-Okta-Request-Id").length());
            assertNotNull(r.header("Date"));
            long date = java.time.ZonedDateTime.parse(r.header("Date"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toEpochSecond();
            long reset = Long.parseLong(r.header("X-Rate-Limit-Reset"));
            assertTrue(reset - date >= 0 && reset - date <= 60, "the SDK waits Reset - Date: " + (reset - date) + " s");
        }
    }

    @Test
    void meIsTheApiTokensOwner() {
        JsonNode me = u.get("/api/v1/users/me").json();
        assertEquals("ada.lovelace@northwind.example", me.path("profile").path("login").asText());
        assertEquals("ACTIVE", me.path("status").asText());
        assertEquals(u.orgUrl() + "/api/v1/users/" + me.path("id").asText(), me.at("/_links/self/href").asText());
    }

    @Test
    void pagesLinkToTheNextPageOnTheUniversesOwnUrl() {
        Http.Reply first = u.get("/api/v1/users?limit=4");
        assertEquals(4, first.json().size());
        List<String> links = first.headers().get("link");
        assertEquals(2, links.size(), links.toString());
        assertEquals("<" + u.orgUrl() + "/api/v1/users?limit=4>; rel=\"self\"", links.get(0));
        String next = links.get(1).replaceAll("^<(.*)>; rel=\"next\"$", "$1");
        assertTrue(next.startsWith(u.orgUrl() + "/api/v1/users?limit=4&after=00u"), next);
        Http.Reply second = Http.get(next, "Authorization", "SSWS " + u.apiToken());
        assertEquals(2, second.json().size());
        assertEquals(1, second.headers().get("link").size(), "no next link on the last page");
    }

    @Test
    void wrongOrMissingTokenIsE0000011() {
        OktaServer.Universe other = server.universe();
        for (Http.Reply r : List.of(Http.get(u.orgUrl() + "/api/v1/users"),
                Http.get(u.orgUrl() + "/api/v1/users", "Authorization", "SSWS 00nope"),
                Http.get(u.orgUrl() + "/api/v1/users", "Authorization", "SSWS " + other.apiToken()))) {
            assertEquals(401, r.status());
            JsonNode e = r.json();
            assertEquals("E0000011", e.path("errorCode").asText());
            assertEquals("Invalid token provided", e.path("errorSummary").asText());
            assertEquals("E0000011", e.path("errorLink").asText());
            assertTrue(e.path("errorId").asText().startsWith("oae"));
            assertTrue(e.path("errorCauses").isArray());
        }
    }

    @Test
    void unknownUserIsE0000007() {
        Http.Reply r = u.get("/api/v1/users/00unope");
        assertEquals(404, r.status());
        assertEquals("E0000007", r.json().path("errorCode").asText());
        assertEquals("Not found: Resource not found: 00unope (User)", r.json().path("errorSummary").asText());
    }

    @Test
    void duplicateLoginIsE0000001WithItsCause() {
        Http.Reply r = u.send("POST", "/api/v1/users?activate=false", "{\"profile\":{\"firstName\":\"A\",\"lastName\":\"L\","
                + "\"email\":\"ada.lovelace@northwind.example\",\"login\":\"ada.lovelace@northwind.example\"}}");
        assertEquals(400, r.status());
        assertEquals("E0000001", r.json().path("errorCode").asText());
        assertEquals("Api validation failed: login", r.json().path("errorSummary").asText());
        assertEquals("login: An object with this field already exists in the current organization",
                r.json().at("/errorCauses/0/errorSummary").asText());
    }

    @Test
    void oidcConsentMethodIsTrustedUnlessTheRequestSaysOtherwise() {
        String body = """
                {"name":"oidc_client","signOnMode":"OPENID_CONNECT","label":"%s",
                 "credentials":{"oauthClient":{"token_endpoint_auth_method":"client_secret_basic"}},
                 "settings":{"oauthClient":{"redirect_uris":["https://consent.example/cb"],"grant_types":["authorization_code"],
                  "response_types":["code"],"application_type":"web"%s}}}""";
        Http.Reply trusted = u.send("POST", "/api/v1/apps", body.formatted("Consent Default", ""));
        assertEquals(200, trusted.status(), trusted.body());
        assertEquals("TRUSTED", trusted.json().at("/settings/oauthClient/consent_method").asText());
        String trustedId = trusted.json().path("id").asText();
        assertEquals("TRUSTED", u.get("/api/v1/apps/" + trustedId).json().at("/settings/oauthClient/consent_method").asText());

        Http.Reply required = u.send("POST", "/api/v1/apps", body.formatted("Consent Required", ",\"consent_method\":\"REQUIRED\""));
        assertEquals(200, required.status(), required.body());
        String requiredId = required.json().path("id").asText();
        assertEquals("REQUIRED", u.get("/api/v1/apps/" + requiredId).json().at("/settings/oauthClient/consent_method").asText());

        Http.Reply bad = u.send("POST", "/api/v1/apps", body.formatted("Consent Bad", ",\"consent_method\":\"SOMETIMES\""));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("E0000001", bad.json().path("errorCode").asText());
        assertEquals("Api validation failed: consent_method", bad.json().path("errorSummary").asText());
        assertEquals("consent_method: 'SOMETIMES' is not a valid value.", bad.json().at("/errorCauses/0/errorSummary").asText());

        JsonNode seeded = null;
        for (JsonNode app : u.get("/api/v1/apps?limit=200").json()) {
            if (app.at("/credentials/oauthClient/client_id").asText().equals(u.clientId())) {
                seeded = app;
            }
        }
        assertNotNull(seeded, "the seeded app under test");
        assertEquals("TRUSTED", seeded.at("/settings/oauthClient/consent_method").asText());
    }

    @Test
    void malformedFilterAndBodyGetOktasErrors() {
        Http.Reply filter = u.get("/api/v1/users?filter=" + enc("status eq \"ACTIVE"));
        assertEquals(400, filter.status());
        assertEquals("E0000031", filter.json().path("errorCode").asText());
        Http.Reply unsupported = u.get("/api/v1/users?filter=" + enc("profile.title co \"Eng\""));
        assertEquals("E0000031", unsupported.json().path("errorCode").asText());
        Http.Reply body = u.send("POST", "/api/v1/users", "{not json");
        assertEquals(400, body.status());
        assertEquals("E0000003", body.json().path("errorCode").asText());
        Http.Reply method = u.send("PATCH", "/api/v1/users/me", "{}");
        assertEquals(405, method.status());
        assertEquals("E0000022", method.json().path("errorCode").asText());
    }

    @Test
    void filterSearchAndQFindUsers() {
        JsonNode engineers = u.get("/api/v1/users?search=" + enc("profile.title sw \"staff\"")).json();
        assertEquals(1, engineers.size());
        assertEquals("Alan", engineers.at("/0/profile/firstName").asText());
        JsonNode active = u.get("/api/v1/users?filter=" + enc("status eq \"ACTIVE\"")).json();
        assertEquals(6, active.size());
        assertEquals("Grace", u.get("/api/v1/users?q=gra").json().at("/0/profile/firstName").asText());
    }

    @Test
    void everyWriteIsInTheSystemLog() {
        OktaServer.Universe fresh = server.universe();
        JsonNode group = fresh.send("POST", "/api/v1/groups", "{\"profile\":{\"name\":\"robots\"}}").json();
        String me = fresh.get("/api/v1/users/me").json().path("id").asText();
        assertEquals(204, fresh.send("PUT", "/api/v1/groups/" + group.path("id").asText() + "/users/" + me, null).status());
        JsonNode events = fresh.get("/api/v1/logs?filter=" + enc("eventType sw \"group.\"")).json();
        assertEquals(List.of("group.lifecycle.create", "group.user_membership.add"),
                List.of(events.at("/0/eventType").asText(), events.at("/1/eventType").asText()));
        assertEquals(me, events.at("/1/actor/id").asText());
        assertEquals(me, events.at("/1/target/0/id").asText());
        assertEquals("SUCCESS", events.at("/1/outcome/result").asText());
    }

    @Test
    void rateLimitedRequestsGetE0000047WithTheResetTime() {
        OktaServer.Universe fresh = server.universe();
        Http.Reply set = Http.send("PUT", server.url() + "/_dtu/universes/" + fresh.id() + "/faults",
                "{\"rules\":[{\"twin\":\"okta\",\"operation\":\"listUsers\",\"action\":\"rateLimit\","
                        + "\"retryAfterSeconds\":30,\"count\":1}]}", "Content-Type", "application/json");
        assertEquals(200, set.status(), set.body());
        Http.Reply limited = fresh.get("/api/v1/users");
        assertEquals(429, limited.status());
        assertEquals("E0000047", limited.json().path("errorCode").asText());
        assertEquals("0", limited.header("X-Rate-Limit-Remaining"));
        long reset = Long.parseLong(limited.header("X-Rate-Limit-Reset"));
        assertTrue(reset >= System.currentTimeMillis() / 1000 + 25, "reset is when the wait is over");
        assertEquals(200, fresh.get("/api/v1/users").status());
    }
}

package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.okta.sdk.helper.PaginationUtil;
import com.okta.sdk.resource.api.TrustedOriginApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.LifecycleStatus;
import com.okta.sdk.resource.model.TrustedOrigin;
import com.okta.sdk.resource.model.TrustedOriginScope;
import com.okta.sdk.resource.model.TrustedOriginScopeType;
import com.okta.sdk.resource.model.TrustedOriginWrite;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trusted origins, a declared resource, driven by the official Okta Java SDK (24.0.0) over HTTP. */
class TrustedOriginSdkTest {
    static OktaServer server;
    static OktaServer.Universe u;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = new OktaServer();
        u = server.universe();
        client = u.sdk();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static TrustedOriginWrite origin(String name, String url, TrustedOriginScopeType... types) {
        List<TrustedOriginScope> scopes = new ArrayList<>();
        for (TrustedOriginScopeType t : types) {
            scopes.add(new TrustedOriginScope().type(t));
        }
        return new TrustedOriginWrite().name(name).origin(url).scopes(scopes);
    }

    @Test
    void createGetReplaceAndDeleteThroughTheSdk() throws ApiException {
        TrustedOriginApi api = new TrustedOriginApi(client);
        TrustedOrigin created = api.createTrustedOrigin(origin("Portal", "https://portal.example.com", TrustedOriginScopeType.CORS));
        assertTrue(created.getId().startsWith("tos") && created.getId().length() == 20, created.getId());
        assertEquals(LifecycleStatus.ACTIVE, created.getStatus());
        assertNotNull(created.getCreated());
        assertNotNull(created.getCreatedBy());
        assertEquals(created.getCreatedBy(), created.getLastUpdatedBy());
        assertEquals(u.orgUrl() + "/api/v1/trustedOrigins/" + created.getId(), created.getLinks().getSelf().getHref());

        TrustedOrigin got = api.getTrustedOrigin(created.getId());
        assertEquals("https://portal.example.com", got.getOrigin());
        assertEquals(TrustedOriginScopeType.CORS, got.getScopes().get(0).getType());

        got.setName("Portal (renamed)");
        got.setScopes(List.of(new TrustedOriginScope().type(TrustedOriginScopeType.REDIRECT)));
        TrustedOrigin replaced = api.replaceTrustedOrigin(created.getId(), got);
        assertEquals("Portal (renamed)", replaced.getName());
        assertEquals(created.getCreated(), replaced.getCreated());
        assertEquals(created.getId(), replaced.getId());

        api.deleteTrustedOrigin(created.getId());
        ApiException gone = assertThrows(ApiException.class, () -> api.getTrustedOrigin(created.getId()));
        assertEquals(404, gone.getCode());
        assertTrue(gone.getResponseBody().contains("\"errorCode\":\"E0000007\""), gone.getResponseBody());
    }

    @Test
    void deactivateAndActivateFollowTheLifecycleAndItsLinks() throws ApiException {
        TrustedOriginApi api = new TrustedOriginApi(client);
        TrustedOrigin o = api.createTrustedOrigin(origin("Lifecycle", "https://life.example.com", TrustedOriginScopeType.REDIRECT));
        TrustedOrigin off = api.deactivateTrustedOrigin(o.getId());
        assertEquals(LifecycleStatus.INACTIVE, off.getStatus());
        assertEquals(LifecycleStatus.INACTIVE, api.getTrustedOrigin(o.getId()).getStatus());
        JsonNode links = u.get("/api/v1/trustedOrigins/" + o.getId()).json().path("_links");
        assertEquals(u.orgUrl() + "/api/v1/trustedOrigins/" + o.getId() + "/lifecycle/activate", links.path("activate").path("href").asText());
        assertTrue(links.path("deactivate").isMissingNode());
        assertEquals(LifecycleStatus.ACTIVE, api.activateTrustedOrigin(o.getId()).getStatus());
        assertEquals(LifecycleStatus.ACTIVE, api.activateTrustedOrigin(o.getId()).getStatus(), "activating twice is harmless");
    }

    @Test
    void listPagesWithLinkHeadersAndTheSdksAfterCursor() throws ApiException {
        TrustedOriginApi api = new TrustedOriginApi(client);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(api.createTrustedOrigin(origin("Paged " + i, "https://paged" + i + ".example.com", TrustedOriginScopeType.CORS)).getId());
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            api.listTrustedOrigins(null, null, after, 3).forEach(t -> seen.add(t.getId()));
            after = PaginationUtil.getAfter(client);
            pages++;
        } while (after != null && pages < 20);
        assertTrue(seen.containsAll(made), seen.toString());
        assertEquals(seen.size(), seen.stream().distinct().count(), "no origin twice");
        assertEquals((seen.size() + 2) / 3, pages);
    }

    @Test
    void listTakesQAsANameOrOriginPrefixAndFiltersByScopeType() throws ApiException {
        TrustedOriginApi api = new TrustedOriginApi(client);
        String cors = api.createTrustedOrigin(origin("Queried cors", "https://qcors.example.com", TrustedOriginScopeType.CORS)).getId();
        String both = api.createTrustedOrigin(origin("Queried both", "https://qboth.example.com", TrustedOriginScopeType.CORS,
                TrustedOriginScopeType.REDIRECT)).getId();
        assertEquals(List.of(cors, both), api.listTrustedOrigins("QUERIED", null, null, 200).stream().map(t -> t.getId()).toList());
        assertEquals(List.of(both), api.listTrustedOrigins("https://qboth", null, null, 200).stream().map(t -> t.getId()).toList());
        assertEquals(List.of(both), api.listTrustedOrigins("queried", "type eq \"REDIRECT\"", null, 200).stream().map(t -> t.getId()).toList());
        assertEquals(List.of(cors), api.listTrustedOrigins(null, "name eq \"Queried cors\" and status eq \"ACTIVE\"", null, 200)
                .stream().map(t -> t.getId()).toList());
        ApiException bad = assertThrows(ApiException.class, () -> api.listTrustedOrigins(null, "name eq", null, 200));
        assertEquals(400, bad.getCode());
        assertTrue(bad.getResponseBody().contains("\"errorCode\":\"E0000031\""), bad.getResponseBody());
    }

    @Test
    void validationErrorsNameTheField() throws ApiException {
        TrustedOriginApi api = new TrustedOriginApi(client);
        ApiException blank = assertThrows(ApiException.class, () -> api.createTrustedOrigin(
                new TrustedOriginWrite().origin("https://blank.example.com").scopes(List.of(new TrustedOriginScope().type(TrustedOriginScopeType.CORS)))));
        assertEquals(400, blank.getCode());
        JsonNode body = Json.parse(blank.getResponseBody().getBytes());
        assertEquals("E0000001", body.path("errorCode").asText());
        assertEquals("Api validation failed: name", body.path("errorSummary").asText());
        assertEquals("name: The field cannot be left blank", body.path("errorCauses").get(0).path("errorSummary").asText());

        api.createTrustedOrigin(origin("Unique", "https://unique.example.com", TrustedOriginScopeType.CORS));
        ApiException duplicate = assertThrows(ApiException.class, () -> api.createTrustedOrigin(
                origin("Other name", "https://UNIQUE.example.com", TrustedOriginScopeType.CORS)));
        assertEquals(400, duplicate.getCode());
        assertTrue(duplicate.getResponseBody().contains("origin: An object with this field already exists"), duplicate.getResponseBody());

        ApiException scheme = assertThrows(ApiException.class, () -> api.createTrustedOrigin(
                origin("Bad scheme", "javascript://x.example.com", TrustedOriginScopeType.CORS)));
        assertTrue(scheme.getResponseBody().contains("Api validation failed: origin"), scheme.getResponseBody());
    }

    @Test
    void rawBadInputGetsOktasErrorsNeverA500() {
        Http.Reply badEnum = u.send("POST", "/api/v1/trustedOrigins",
                "{\"name\":\"E\",\"origin\":\"https://e.example.com\",\"scopes\":[{\"type\":\"NOPE\"}]}");
        assertEquals(400, badEnum.status());
        assertTrue(badEnum.body().contains("Api validation failed: scopes[0].type"), badEnum.body());
        Http.Reply malformed = u.send("POST", "/api/v1/trustedOrigins", "{not json");
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().contains("E0000003"), malformed.body());
        Http.Reply array = u.send("POST", "/api/v1/trustedOrigins", "[1]");
        assertEquals(400, array.status());
        assertTrue(array.body().contains("E0000001"), array.body());
        Http.Reply noToken = Http.get(u.orgUrl() + "/api/v1/trustedOrigins");
        assertEquals(401, noToken.status());
    }
}

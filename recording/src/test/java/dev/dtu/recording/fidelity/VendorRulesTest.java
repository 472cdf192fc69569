package dev.dtu.recording.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import dev.dtu.server.http.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VendorRulesTest {
    private static final VendorRules SLACK = VendorRules.of(Vendor.SLACK);
    private static final VendorRules OKTA = VendorRules.of(Vendor.OKTA);
    private static final VendorRules JIRA = VendorRules.of(Vendor.JIRA);
    private static final VendorRules GOOGLE = VendorRules.of(Vendor.GOOGLE);

    private static JsonNode json(String text) {
        return Json.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void eachVendorHasItsOwnRules() {
        for (Vendor v : Vendor.values()) {
            assertEquals(v, VendorRules.of(v).vendor());
        }
    }

    @Test
    void readsAreGetsExceptSlacksReadMethodsAndJirasSearch() {
        assertTrue(SLACK.isRead("POST", "/api/conversations.history"));
        assertTrue(SLACK.isRead("GET", "/api/auth.test"));
        assertFalse(SLACK.isRead("GET", "/api/chat.postMessage"));
        assertTrue(OKTA.isRead("GET", "/api/v1/users"));
        assertFalse(OKTA.isRead("POST", "/api/v1/users"));
        assertTrue(JIRA.isRead("POST", "/rest/api/3/search/jql"));
        assertTrue(JIRA.isRead("POST", "/rest/api/3/search"));
        assertFalse(JIRA.isRead("POST", "/rest/api/3/issue"));
        assertTrue(GOOGLE.isRead("GET", "/drive/v3/files"));
        assertFalse(GOOGLE.isRead("POST", "/drive/v3/files"));
    }

    @Test
    void pagingAndRateLimitHeadersMatterExceptAtGoogle() {
        List<String> paging = List.of("Link", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset",
                "Retry-After");
        assertEquals(paging, SLACK.headers());
        assertEquals(paging, OKTA.headers());
        assertEquals(paging, JIRA.headers());
        assertEquals(List.of("Retry-After"), GOOGLE.headers());
    }

    @Test
    void recordsMatchByTheirVendorsNaturalKey() {
        assertEquals(Optional.of("message=hi"), SLACK.naturalKey(json("{\"ts\":\"1.2\",\"text\":\"hi\",\"name\":\"x\"}")));
        assertEquals(Optional.of("profile.email=egon@ghostbusters.example"),
                SLACK.naturalKey(json("{\"name\":\"egon\",\"profile\":{\"email\":\"egon@ghostbusters.example\"}}")));
        assertEquals(Optional.of("label=Ecto Dispatch"), OKTA.naturalKey(json("{\"id\":\"0oa1\",\"label\":\"Ecto Dispatch\"}")));
        assertEquals(Optional.of("profile.name=field-team"),
                OKTA.naturalKey(json("{\"profile\":{\"login\":\" \",\"name\":\"field-team\"}}")), "a blank login is no key");
        assertEquals(Optional.empty(), OKTA.naturalKey(json("{\"id\":\"00u1\"}")));
        assertEquals(Optional.of("summary=Alarm"), JIRA.naturalKey(json("{\"key\":\"ECTO-1\",\"fields\":{\"summary\":\"Alarm\"}}")));
        assertEquals(Optional.of("key=ECTO"), JIRA.naturalKey(json("{\"key\":\"ECTO\",\"name\":\"Ecto\",\"projectTypeKey\":\"software\"}")));
        assertEquals(Optional.of("displayName=Egon"), JIRA.naturalKey(json("{\"key\":\"x\",\"displayName\":\"Egon\"}")));
        assertEquals(Optional.of("id=1dIx"), GOOGLE.naturalKey(json("{\"id\":\"1dIx\",\"title\":\"Calls\"}")));
    }

    @Test
    void idAndVolatileFieldsAreTheVendors() {
        assertTrue(SLACK.idFields().contains("thread_ts") && SLACK.volatileFields().contains("avatar_hash"));
        assertTrue(OKTA.idFields().contains("client_id") && OKTA.volatileFields().contains("lastLogin"));
        assertTrue(JIRA.idFields().contains("accountId") && JIRA.volatileFields().contains("avatarUrls"));
        assertTrue(GOOGLE.idFields().contains("sheetId") && GOOGLE.volatileFields().contains("etag"));
        assertFalse(GOOGLE.idFields().contains("id"), "Google ids are seeded as recorded");
    }
}

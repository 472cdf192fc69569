package dev.dtu.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RouterTest {
    private final Router<String> router = new Router<String>()
            .get("/api/v1/users", "list")
            .get("/api/v1/users/{id}", "get")
            .post("/api/v1/users/{id}/lifecycle/{op}", "lifecycle")
            .get("/files/{rest...}", "files");

    @Test
    void bindsTemplateSegments() {
        Router.Match<String> m = router.match("POST", "/api/v1/users/00u1/lifecycle/activate");
        assertEquals("lifecycle", m.handler());
        assertEquals(Map.of("id", "00u1", "op", "activate"), m.params());
    }

    @Test
    void tellsWrongMethodFromUnknownPath() {
        Router.Match<String> wrongMethod = router.match("DELETE", "/api/v1/users/abc");
        assertFalse(wrongMethod.found());
        assertTrue(wrongMethod.pathKnown());
        Router.Match<String> unknown = router.match("GET", "/api/v2/users");
        assertFalse(unknown.found());
        assertFalse(unknown.pathKnown());
    }

    @Test
    void restTemplateTakesTheRemainder() {
        assertEquals(Map.of("rest", "a/b/c.txt"), router.match("GET", "/files/a/b/c.txt").params());
    }

    @Test
    void trailingSlashIsTheSameRouteAndEmptySegmentsDoNotBind() {
        assertEquals("list", router.match("GET", "/api/v1/users/").handler());
        assertFalse(router.match("GET", "/api/v1/users//lifecycle/x").found());
    }

    @Test
    void tableListsRoutes() {
        assertEquals(List.of("GET /api/v1/users", "GET /api/v1/users/{id}",
                "POST /api/v1/users/{id}/lifecycle/{op}", "GET /files/{rest...}"), router.table());
    }

    @Property
    void anyIdBindsBackExactly(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 30) String id) {
        Router.Match<String> m = router.match("GET", "/api/v1/users/" + id);
        assertEquals("get", m.handler());
        assertEquals(id, m.params().get("id"));
    }
}

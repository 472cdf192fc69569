package dev.dtu.server.resource;

import static dev.dtu.server.resource.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.convention.GoogleConvention;
import dev.dtu.server.resource.convention.JiraConvention;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.resource.convention.SlackConvention;
import dev.dtu.server.state.State;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each vendor's paging, links and error envelopes over the same five widgets. */
class ConventionsTest {

    static List<Resource> five(DeclaredResource r) {
        State s = State.EMPTY;
        for (int i = 0; i < 5; i++) {
            String name = "w" + i;
            s = Fixture.write(s, w -> r.create(w, null, json("{name: " + name + "}")));
        }
        return r.list(s, null);
    }

    static Response page(Convention c, DeclaredResource r, Request request) {
        return c.page(request, r.declaration(), five(r), res -> c.render(request, r.declaration(), res, "/widgets/" + res.id()));
    }

    static JsonNode body(Response response) {
        return Json.parse(response.body());
    }

    static ResourceException invalid(DeclaredResource r, String body) {
        try {
            Fixture.write(State.EMPTY, w -> r.create(w, null, json(body)));
        } catch (ResourceException e) {
            return e;
        }
        throw new AssertionError("valid: " + body);
    }

    @Test
    void oktaPagesByAfterWithLinkHeadersAndShowsHalLinks() {
        OktaConvention c = new OktaConvention();
        DeclaredResource r = Fixture.widgets("okta", c);
        Response first = page(c, r, Fixture.get("/widgets", "limit", "2"));
        JsonNode items = body(first);
        assertEquals(2, items.size());
        assertEquals("<http://127.0.0.1:1/u/u-1/twin/widgets?limit=2>; rel=\"self\"", first.headers().get("link"));
        String after = items.get(1).path("id").asText();
        assertEquals(List.of("<http://127.0.0.1:1/u/u-1/twin/widgets?limit=2&after=" + after + ">; rel=\"next\""),
                first.repeatedHeaders().get("link"));
        Response last = page(c, r, Fixture.get("/widgets", "limit", "2", "after", five(r).get(3).id()));
        assertEquals(1, body(last).size());
        assertEquals(null, last.repeatedHeaders().get("link"), "no next link on the last page");
        JsonNode hal = items.get(0).path("_links");
        assertEquals("http://127.0.0.1:1/u/u-1/twin/widgets/" + items.get(0).path("id").asText(), hal.path("self").path("href").asText());
        assertTrue(hal.path("deactivate").path("href").asText().endsWith("/lifecycle/deactivate"));
        assertTrue(hal.path("activate").isMissingNode());
    }

    @Test
    void oktaErrorsUseE0000001WithCausesAndE0000007() {
        OktaConvention c = new OktaConvention();
        DeclaredResource r = Fixture.widgets("okta", c);
        JsonNode e = body(c.error(Fixture.get("/widgets"), invalid(r, "{color: green}")));
        assertEquals("E0000001", e.path("errorCode").asText());
        assertEquals("Api validation failed: name", e.path("errorSummary").asText());
        assertEquals("name: The field cannot be left blank", e.path("errorCauses").get(0).path("errorSummary").asText());
        assertEquals("color: 'green' is not a valid value; it must be one of: red, blue", e.path("errorCauses").get(1).path("errorSummary").asText());
        Response missing = c.error(Fixture.get("/widgets/x"), ResourceException.notFound(r.declaration(), "x"));
        assertEquals(404, missing.status());
        assertEquals("Not found: Resource not found: x (Widget)", body(missing).path("errorSummary").asText());
    }

    @Test
    void jiraPagesAPageBeanByStartAtAndMaxResults() {
        JiraConvention c = new JiraConvention();
        DeclaredResource r = Fixture.widgets("jira", c);
        JsonNode p = body(page(c, r, Fixture.get("/widgets", "startAt", "1", "maxResults", "2")));
        assertEquals(1, p.path("startAt").asInt());
        assertEquals(2, p.path("maxResults").asInt());
        assertEquals(5, p.path("total").asInt());
        assertFalse(p.path("isLast").asBoolean());
        assertEquals("http://127.0.0.1:1/u/u-1/twin/widgets?startAt=3&maxResults=2", p.path("nextPage").asText());
        assertEquals("w1", p.path("values").get(0).path("name").asText());
        assertEquals("http://127.0.0.1:1/u/u-1/twin/widgets/" + p.path("values").get(0).path("id").asText(),
                p.path("values").get(0).path("self").asText());
        JsonNode last = body(page(c, r, Fixture.get("/widgets", "startAt", "4", "maxResults", "2")));
        assertTrue(last.path("isLast").asBoolean());
        assertTrue(last.path("nextPage").isMissingNode());
    }

    @Test
    void jiraErrorsMapFieldsToMessages() {
        JiraConvention c = new JiraConvention();
        DeclaredResource r = Fixture.widgets("jira", c);
        Response e = c.error(Fixture.get("/widgets"), invalid(r, "{name: elevenchars}"));
        assertEquals(400, e.status());
        assertEquals(json("{errorMessages: [], errors: {name: 'The name must not exceed 10 characters.'}}"), body(e));
    }

    @Test
    void googlePagesByTokenAndAppliesFieldMasks() {
        GoogleConvention c = new GoogleConvention();
        DeclaredResource r = Fixture.widgets("google", c);
        JsonNode first = body(page(c, r, Fixture.get("/widgets", "pageSize", "3", "fields", "nextPageToken,widgets(name)")));
        assertEquals(json("[{name: w0}, {name: w1}, {name: w2}]"), first.path("widgets"));
        String token = first.path("nextPageToken").asText();
        JsonNode second = body(page(c, r, Fixture.get("/widgets", "pageSize", "3", "pageToken", token)));
        assertEquals(2, second.path("widgets").size());
        assertTrue(second.path("nextPageToken").isMissingNode());
        JsonNode e = body(c.error(Fixture.get("/widgets"), invalid(r, "{name: w, color: green}")));
        assertEquals("INVALID_ARGUMENT", e.path("error").path("status").asText());
        assertEquals("Invalid value at 'color' (red, blue), \"green\"", e.path("error").path("message").asText());
        Response badToken = c.error(Fixture.get("/widgets"), assertThrowsResource(() -> page(c, r, Fixture.get("/widgets", "pageToken", "!!"))));
        assertEquals(400, badToken.status());
    }

    @Test
    void slackPagesByCursorAndSaysInvalidArguments() {
        SlackConvention c = new SlackConvention();
        DeclaredResource r = Fixture.widgets("slack", c);
        JsonNode first = body(page(c, r, Fixture.get("/widgets", "limit", "4")));
        assertTrue(first.path("ok").asBoolean());
        assertEquals(4, first.path("widgets").size());
        String cursor = first.path("response_metadata").path("next_cursor").asText();
        assertFalse(cursor.isEmpty());
        JsonNode second = body(page(c, r, Fixture.get("/widgets", "limit", "4", "cursor", cursor)));
        assertEquals(1, second.path("widgets").size());
        assertEquals("", second.path("response_metadata").path("next_cursor").asText());
        assertEquals("invalid_cursor", body(page(c, r, Fixture.get("/widgets", "cursor", "bm9wZQ=="))).path("error").asText());
        Response e = c.error(Fixture.get("/widgets"), invalid(r, "{color: red}"));
        assertEquals(200, e.status());
        assertEquals(json("{ok: false, error: invalid_arguments, response_metadata: {messages: ['[ERROR] missing required field: name']}}"), body(e));
    }

    @Test
    void handWrittenRoutesReportSchemaViolationsTheVendorsWay() {
        Declaration d = Declaration.ofSchema("jira", "Widget");
        java.util.List<Violation> violations = Schema.of(Fixture.DOC, "Widget").validate(json("{name: elevenchars, size: x}"));
        Response e = new JiraConvention().error(Fixture.get("/anything"), ResourceException.invalid(d, violations));
        assertEquals(json("{errorMessages: [], errors: {name: 'The name must not exceed 10 characters.', "
                + "size: 'Invalid request payload. Refer to the REST API documentation and try again.'}}"), body(e));
    }

    static ResourceException assertThrowsResource(Runnable r) {
        try {
            r.run();
        } catch (ResourceException e) {
            return e;
        }
        throw new AssertionError("no ResourceException");
    }
}

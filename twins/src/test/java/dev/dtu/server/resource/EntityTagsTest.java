package dev.dtu.server.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.convention.GoogleConvention;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseEvents;
import dev.dtu.server.universe.UniverseRegistry;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ETag, If-None-Match and If-Match on a declared resource that has entity tags, served through its operations. */
class EntityTagsTest {
    final UniverseRegistry registry = new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE, () -> "http://127.0.0.1:1",
            UniverseEvents.NONE);
    final Universe universe = registry.find(registry.create("tags", null).id()).orElseThrow();

    @AfterEach
    void close() {
        registry.close();
    }

    static DeclaredResources widgets(Convention convention, boolean etags) {
        Declaration d = Fixture.declaration("okta", "etags: " + etags + "\n");
        return new DeclaredResources(convention, List.of(new DeclaredResource(d, Schema.of(Fixture.DOC, "Widget"), Hooks.NONE, convention::time)));
    }

    Response call(DeclaredResources resources, String operationId, String id, String body, String... headers) {
        DeclaredOperation op = resources.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
        Map<String, List<String>> h = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i].toLowerCase(java.util.Locale.ROOT), List.of(headers[i + 1]));
        }
        Request request = new Request(op.method(), "/widgets" + (id == null ? "" : "/" + id), Map.of(), h,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "http://127.0.0.1:1/u/u-1/okta");
        Map<String, String> params = id == null ? Map.of() : Map.of("widgetId", id);
        return op.serve(new DeclaredOperation.Caller(new TwinCall(request, universe, "okta"), params, "00uadmin", p -> true));
    }

    @Test
    void readsCarryATagThatChangesWithTheResource() {
        DeclaredResources r = widgets(new OktaConvention(), true);
        Response created = call(r, "createWidget", null, "{\"name\":\"one\"}");
        String id = Json.parse(created.body()).path("id").asText();
        String tag = created.headers().get("ETag");
        assertTrue(tag != null && tag.startsWith("W/\""), String.valueOf(tag));
        assertEquals(tag, call(r, "getWidget", id, null).headers().get("ETag"));
        Response notModified = call(r, "getWidget", id, null, "If-None-Match", "\"other\", " + tag);
        assertEquals(304, notModified.status());
        assertEquals(0, notModified.body().length);
        assertEquals(200, call(r, "getWidget", id, null, "If-None-Match", "W/\"stale\"").status());
        Response patched = call(r, "patchWidget", id, "{\"color\":\"blue\"}", "If-Match", tag);
        assertEquals(200, patched.status());
        assertNotEquals(tag, patched.headers().get("ETag"));
        assertEquals(patched.headers().get("ETag"), call(r, "getWidget", id, null).headers().get("ETag"));
    }

    @Test
    void aStaleIfMatchIsTheVendors412AndChangesNothing() {
        DeclaredResources r = widgets(new OktaConvention(), true);
        String id = Json.parse(call(r, "createWidget", null, "{\"name\":\"two\"}").body()).path("id").asText();
        String stale = call(r, "getWidget", id, null).headers().get("ETag");
        call(r, "patchWidget", id, "{\"color\":\"blue\"}");
        Response refused = call(r, "replaceWidget", id, "{\"name\":\"lost\"}", "If-Match", stale);
        assertEquals(412, refused.status());
        assertEquals("E0000001", Json.parse(refused.body()).path("errorCode").asText());
        assertEquals(412, call(r, "deleteWidget", id, null, "If-Match", stale).status());
        assertEquals(412, call(r, "activateWidget", id, null, "If-Match", stale).status());
        assertEquals("two", Json.parse(call(r, "getWidget", id, null).body()).path("name").asText());
        assertEquals(200, call(r, "deactivateWidget", id, null, "If-Match", "*").status());
    }

    @Test
    void googlesPreconditionFailureIsItsEnvelope() {
        DeclaredResources r = widgets(new GoogleConvention(), true);
        String id = Json.parse(call(r, "createWidget", null, "{\"name\":\"three\"}").body()).path("id").asText();
        Response refused = call(r, "patchWidget", id, "{\"color\":\"blue\"}", "If-Match", "W/\"nope\"");
        assertEquals(412, refused.status());
        assertEquals("FAILED_PRECONDITION", Json.parse(refused.body()).path("error").path("status").asText());
    }

    @Test
    void aResourceWithoutTagsIgnoresConditionalHeaders() {
        DeclaredResources r = widgets(new OktaConvention(), false);
        String id = Json.parse(call(r, "createWidget", null, "{\"name\":\"four\"}").body()).path("id").asText();
        Response got = call(r, "getWidget", id, null, "If-None-Match", "*");
        assertEquals(200, got.status());
        assertNull(got.headers().get("ETag"));
        assertEquals(200, call(r, "patchWidget", id, "{\"color\":\"blue\"}", "If-Match", "W/\"nope\"").status());
    }
}

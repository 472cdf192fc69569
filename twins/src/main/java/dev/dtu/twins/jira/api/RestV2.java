package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.jira.model.Adf;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.wiki.Wiki;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * REST v2 beside v3: every v3 operation the twin serves, at the same path under /rest/api/2, with v2's one
 * difference — rich-text fields (description, environment, comment and worklog bodies) are wiki markup strings where
 * v3 has documents. A v2 request's markup becomes the document Jira stores; a v2 answer shows stored documents as
 * markup and links under /rest/api/2 (https://developer.atlassian.com/cloud/jira/platform/rest/v2/intro/#version).
 */
final class RestV2 {
    static final String V3 = "/rest/api/3/";
    static final String V2 = "/rest/api/2/";
    private static final List<String> RICH_FIELDS = List.of("description", "environment");

    private RestV2() {}

    /** Adds the v2 twin of every v3 route (after all v3 routes are in the table). */
    static void routes(Routes r) {
        for (Routes.Entry e : r.entries()) {
            if (e.template().startsWith(V3)) {
                String v2 = V2 + e.template().substring(V3.length());
                if (!r.has(e.method(), v2)) {
                    Handler v3 = e.route().handler();
                    r.add(e.method(), v2, c -> serve(v3, c));
                }
            }
        }
    }

    static Response serve(Handler v3, ApiCall c) {
        Response answer = v3.handle(new ApiCall(v3Call(c), c.params(), c.actor()));
        return v2Answer(answer, c.base());
    }

    private static TwinCall v3Call(ApiCall c) {
        Request r = c.call().request();
        if (r.body() == null || r.body().length == 0) {
            return c.call();
        }
        JsonNode body;
        try {
            body = Json.parse(r.body());
        } catch (RuntimeException e) {
            return c.call(); // the v3 handler answers Jira's 400 for a body that is not JSON
        }
        if (!body.isObject()) {
            return c.call();
        }
        Directory dir = c.dir();
        JsonNode v3 = toV3((ObjectNode) body.deepCopy(), r.path(), id -> "@" + dir.displayName(id));
        byte[] bytes = Json.bytes(v3);
        return new TwinCall(new Request(r.method(), r.path(), r.query(), r.headers(), bytes, r.baseUrl()), c.call().universe(),
                dev.dtu.twins.jira.model.JiraKinds.TWIN);
    }

    /** The v3 body for a v2 body: wiki markup strings in rich-text places become documents. */
    static ObjectNode toV3(ObjectNode body, String path, java.util.function.UnaryOperator<String> mentions) {
        JsonNode fields = body.get("fields");
        if (fields instanceof ObjectNode f) {
            RICH_FIELDS.forEach(name -> markupToAdf(f, name, mentions));
        }
        JsonNode update = body.get("update");
        if (update instanceof ObjectNode u) {
            RICH_FIELDS.forEach(name -> u.path(name).forEach(op -> {
                if (op instanceof ObjectNode o) {
                    markupToAdf(o, "set", mentions);
                }
            }));
            u.path("comment").forEach(op -> {
                if (op.path("add") instanceof ObjectNode add) {
                    markupToAdf(add, "body", mentions);
                }
                if (op.path("edit") instanceof ObjectNode edit) {
                    markupToAdf(edit, "body", mentions);
                }
            });
        }
        if (path.contains("/comment")) {
            if (body.path("body").isTextual() && body.path("body").asText().isBlank()) {
                throw JiraException.field("comment", "Comment body can not be empty!");
            }
            markupToAdf(body, "body", mentions);
        }
        if (path.contains("/worklog")) {
            markupToAdf(body, "comment", mentions);
        }
        return body;
    }

    private static void markupToAdf(ObjectNode holder, String field, java.util.function.UnaryOperator<String> mentions) {
        JsonNode value = holder.get(field);
        if (value != null && value.isTextual()) {
            // An empty string clears a field in v2, as null does in v3.
            holder.set(field, value.asText().isBlank() ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
                    : Wiki.toAdf(value.asText(), mentions));
        }
    }

    /** The v2 answer for a v3 answer: documents as markup, v3 links as v2 links. */
    static Response v2Answer(Response v3, String base) {
        String type = v3.headers().getOrDefault("Content-Type", "");
        if (!type.startsWith("application/json") || v3.body().length == 0) {
            return v3;
        }
        JsonNode body = Json.parse(v3.body());
        JsonNode v2 = toV2(body, base + V3, base + V2);
        Response out = new Response(v3.status(), type, Json.bytes(v2));
        for (Map.Entry<String, String> h : v3.headers().entrySet()) {
            if (!h.getKey().equals("Content-Type")) {
                out.header(h.getKey(), h.getValue().replace(base + V3, base + V2));
            }
        }
        return out;
    }

    static JsonNode toV2(JsonNode node, String v3Prefix, String v2Prefix) {
        if (node.isObject() && Adf.isDocument(node)) {
            return new TextNode(Wiki.fromAdf(node));
        }
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(toV2(e.getValue(), v3Prefix, v2Prefix));
            }
            return o;
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, toV2(a.get(i), v3Prefix, v2Prefix));
            }
            return a;
        }
        if (node.isTextual() && node.asText().startsWith(v3Prefix)) {
            return new TextNode(v2Prefix + node.asText().substring(v3Prefix.length()));
        }
        return node;
    }
}

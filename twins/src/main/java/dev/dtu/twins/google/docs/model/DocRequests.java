package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.api.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.Iterator;
import java.util.List;

/** documents.batchUpdate: requests applied in order, one reply each; any failure fails them all. */
public final class DocRequests {
    private final DocEditor doc;

    public DocRequests(DocEditor doc) {
        this.doc = doc;
    }

    public ArrayNode apply(JsonNode requests) {
        if (requests == null || !requests.isArray()) {
            throw GoogleException.invalidArgument("Invalid JSON payload received. 'requests' must be a list.");
        }
        ArrayNode replies = Json.array();
        for (int i = 0; i < requests.size(); i++) {
            Iterator<String> names = requests.get(i).fieldNames();
            if (!names.hasNext()) {
                throw GoogleException.invalidArgument("Invalid requests[" + i + "]: No request set.");
            }
            String kind = names.next();
            try {
                replies.add(dispatch(kind, requests.get(i).get(kind), i));
            } catch (GoogleException e) {
                if (e.getMessage().startsWith("Invalid ")) {
                    throw e;
                }
                throw GoogleException.invalidArgument("Invalid requests[" + i + "]." + kind + ": " + e.getMessage());
            }
        }
        return replies;
    }

    private JsonNode dispatch(String kind, JsonNode body, int i) {
        ObjectNode reply = Json.object();
        switch (kind) {
            case "insertText" -> {
                segment(body.path("location"));
                doc.insertText(index(body.path("location")), body.path("text").asText(""));
            }
            case "deleteContentRange" -> doc.deleteContentRange(start(body.path("range")), end(body.path("range")));
            case "replaceAllText" -> {
                JsonNode contains = body.path("containsText");
                int n = doc.replaceAllText(contains.path("text").asText(""), contains.path("matchCase").asBoolean(false),
                        body.path("replaceText").asText(""));
                ObjectNode r = reply.putObject("replaceAllText");
                if (n > 0) {
                    r.put("occurrencesChanged", n);
                }
            }
            case "updateTextStyle" -> doc.updateTextStyle(start(body.path("range")), end(body.path("range")),
                    body.path("textStyle"), fields(body));
            case "updateParagraphStyle" -> doc.updateParagraphStyle(start(body.path("range")), end(body.path("range")),
                    body.path("paragraphStyle"), fields(body));
            case "createParagraphBullets" -> createBullets(body);
            case "deleteParagraphBullets" -> doc.setBullets(start(body.path("range")), end(body.path("range")), null);
            case "insertPageBreak" -> doc.insertPageBreak(index(body.path("location")));
            case "createNamedRange" -> reply.putObject("createNamedRange").put("namedRangeId",
                    doc.addNamedRange(body.path("name").asText(""), start(body.path("range")), end(body.path("range"))));
            case "replaceNamedRangeContent" -> doc.replaceNamedRangeContent(body.path("namedRangeId").asText(null),
                    body.path("namedRangeName").asText(null), body.path("text").asText(""));
            case "deleteNamedRange" -> doc.deleteNamedRange(body.path("namedRangeId").asText(null),
                    body.path("name").asText(null));
            default -> throw GoogleException.invalidArgument("Invalid JSON payload received. Unknown name \"" + kind
                    + "\" at 'requests[" + i + "]': Cannot find field.");
        }
        return reply;
    }

    private void createBullets(JsonNode body) {
        String preset = body.path("bulletPreset").asText("BULLET_DISC_CIRCLE_SQUARE");
        String listId = "kix." + Integer.toHexString((doc.id + ":list:" + doc.lists.size() + ":" + doc.revision).hashCode()
                & 0x7fffffff);
        doc.lists.put(listId, Lists.properties(preset));
        doc.setBullets(start(body.path("range")), end(body.path("range")), listId);
    }

    // Headers, footers and footnotes are segments of their own; this twin's documents have only a body.
    private static void segment(JsonNode location) {
        String segmentId = location.path("segmentId").asText("");
        if (!segmentId.isEmpty()) {
            throw GoogleException.invalidArgument("The segment ID " + segmentId + " was not found.");
        }
    }

    private static int index(JsonNode location) {
        segment(location);
        if (!location.has("index")) {
            throw GoogleException.invalidArgument("The insertion index must be inside the bounds of an existing "
                    + "paragraph. You can still create new paragraphs by inserting newlines.");
        }
        return location.get("index").asInt();
    }

    private static int start(JsonNode range) {
        segment(range);
        return range.path("startIndex").asInt(0);
    }

    private static int end(JsonNode range) {
        return range.path("endIndex").asInt(0);
    }

    private static List<String> fields(JsonNode body) {
        String fields = body.path("fields").asText("");
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be listed in 'fields'. (Use '*' to "
                    + "indicate all fields.)");
        }
        return FieldMask.parse(fields).paths();
    }
}

package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;

/**
 * A Docs body ({@code body.content}) as the seed's blocks: HEADING_n and TITLE paragraphs become headings,
 * consecutive bulleted paragraphs one bullet list, other paragraphs paragraphs. Tables and images are not
 * in the seed format and are left out.
 */
final class DocsContent {
    private DocsContent() {}

    static ArrayNode of(JsonNode content) {
        ArrayNode out = Json.array();
        ArrayNode bullets = null;
        for (JsonNode element : content) {
            JsonNode p = element.path("paragraph");
            if (p.isMissingNode()) {
                continue;
            }
            String text = text(p);
            if (p.has("bullet")) {
                if (bullets == null) {
                    bullets = out.addObject().putArray("bullets");
                }
                bullets.add(text);
                continue;
            }
            bullets = null;
            String style = p.path("paragraphStyle").path("namedStyleType").asText("NORMAL_TEXT");
            if (style.startsWith("HEADING_")) {
                out.addObject().put("heading", text).put("level", Integer.parseInt(style.substring(8)));
            } else if (style.equals("TITLE")) {
                out.addObject().put("heading", text).put("level", 1);
            } else if (!text.isEmpty()) {
                out.add(paragraph(text));
            }
        }
        return out;
    }

    private static ObjectNode paragraph(String text) {
        return Json.object().put("paragraph", text);
    }

    private static String text(JsonNode paragraph) {
        StringBuilder sb = new StringBuilder();
        paragraph.path("elements").forEach(e -> sb.append(e.path("textRun").path("content").asText("")));
        String s = sb.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}

package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Atlassian Document Format: checks a document's structure (node types, their content and required attributes,
 * marks) and renders it as plain text or as the HTML Jira returns in renderedFields.
 */
public final class Adf {
    private static final Set<String> BLOCKS = Set.of("paragraph", "heading", "bulletList", "orderedList", "codeBlock",
            "blockquote", "rule", "panel", "table", "mediaSingle", "mediaGroup", "expand");
    private static final Set<String> INLINE = Set.of("text", "hardBreak", "mention", "emoji", "inlineCard", "date", "status");
    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            Map.entry("doc", BLOCKS), Map.entry("paragraph", INLINE), Map.entry("heading", INLINE),
            Map.entry("bulletList", Set.of("listItem")), Map.entry("orderedList", Set.of("listItem")),
            Map.entry("listItem", Set.of("paragraph", "bulletList", "orderedList", "codeBlock")),
            Map.entry("codeBlock", Set.of("text")), Map.entry("blockquote", Set.of("paragraph", "bulletList", "orderedList", "codeBlock")),
            Map.entry("panel", Set.of("paragraph", "heading", "bulletList", "orderedList")),
            Map.entry("table", Set.of("tableRow")), Map.entry("tableRow", Set.of("tableHeader", "tableCell")),
            Map.entry("tableHeader", BLOCKS), Map.entry("tableCell", BLOCKS), Map.entry("expand", BLOCKS),
            Map.entry("mediaSingle", Set.of("media")), Map.entry("mediaGroup", Set.of("media")));
    private static final Set<String> MARKS = Set.of("strong", "em", "code", "link", "strike", "underline", "textColor",
            "subsup", "backgroundColor");

    /**
     * How deep nodes may nest. The ADF schema sets no figure; the twin refuses deeper documents as invalid, so no
     * walk over a document (validation, plain text, HTML) can run out of stack.
     */
    static final int MAX_DEPTH = 100;

    private Adf() {}

    /** Whether {@code node} is a valid ADF document. */
    public static boolean isDocument(JsonNode node) {
        return node != null && node.isObject() && "doc".equals(node.path("type").asText(null))
                && node.path("version").isInt() && node.path("version").asInt() == 1
                && node.path("content").isArray() && validChildren(node, 1);
    }

    private static boolean validChildren(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        Set<String> allowed = CHILDREN.getOrDefault(node.path("type").asText(), Set.of());
        JsonNode content = node.get("content");
        if (content == null) {
            return true;
        }
        if (!content.isArray()) {
            return false;
        }
        for (JsonNode child : content) {
            if (!child.isObject() || !allowed.contains(child.path("type").asText()) || !validNode(child, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validNode(JsonNode node, int depth) {
        return switch (node.path("type").asText()) {
            case "text" -> node.path("text").isTextual() && !node.path("text").asText().isEmpty() && validMarks(node);
            case "heading" -> validLevel(node.path("attrs").path("level")) && validChildren(node, depth);
            case "mention" -> node.path("attrs").path("id").isTextual();
            case "emoji" -> node.path("attrs").path("shortName").isTextual();
            case "inlineCard" -> node.path("attrs").path("url").isTextual();
            default -> validChildren(node, depth);
        };
    }

    private static boolean validLevel(JsonNode level) {
        return level.isInt() && level.asInt() >= 1 && level.asInt() <= 6;
    }

    private static boolean validMarks(JsonNode text) {
        JsonNode marks = text.get("marks");
        if (marks == null) {
            return true;
        }
        if (!marks.isArray()) {
            return false;
        }
        for (JsonNode mark : marks) {
            String type = mark.path("type").asText();
            if (!MARKS.contains(type) || (type.equals("link") && !mark.path("attrs").path("href").isTextual())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The valid document closest to {@code node}: its valid blocks as they are, every other block (a node type the
     * twin does not model, a bad attribute) as paragraphs of its plain text — for recorded documents from a Jira
     * that knows more node types than the twin.
     */
    public static ObjectNode closestDocument(JsonNode node) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (JsonNode block : node.path("content")) {
            if (block.isObject() && BLOCKS.contains(block.path("type").asText()) && validNode(block, 2)) {
                content.add(block.deepCopy());
            } else {
                fromText(plainText(block)).path("content").forEach(content::add);
            }
        }
        return doc;
    }

    /** A document of one paragraph per line of {@code text} (empty lines are dropped). */
    public static ObjectNode fromText(String text) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                ObjectNode paragraph = content.addObject().put("type", "paragraph");
                paragraph.putArray("content").addObject().put("type", "text").put("text", line);
            }
        }
        return doc;
    }

    /** Plain text: blocks on their own lines, mentions as their text, list items prefixed. */
    public static String plainText(JsonNode node) {
        StringBuilder out = new StringBuilder();
        text(node, out, 0);
        return out.toString().strip();
    }

    private static void text(JsonNode node, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            return; // only a document the twin refuses nests deeper; its text stops there
        }
        switch (node.path("type").asText()) {
            case "text" -> out.append(node.path("text").asText());
            case "hardBreak" -> out.append('\n');
            case "mention" -> out.append(node.path("attrs").path("text").asText(""));
            case "emoji" -> out.append(node.path("attrs").path("text").asText(node.path("attrs").path("shortName").asText()));
            case "inlineCard" -> out.append(node.path("attrs").path("url").asText());
            case "listItem" -> {
                out.append("- ");
                children(node, out, depth);
            }
            default -> {
                children(node, out, depth);
                if (BLOCKS.contains(node.path("type").asText()) && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }
    }

    private static void children(JsonNode node, StringBuilder out, int depth) {
        node.path("content").forEach(child -> text(child, out, depth + 1));
    }

    /** The HTML Jira's renderedFields shows for a document. */
    public static String html(JsonNode node) {
        StringBuilder out = new StringBuilder();
        node.path("content").forEach(child -> html(child, out));
        return out.toString();
    }

    private static void html(JsonNode node, StringBuilder out) {
        String type = node.path("type").asText();
        switch (type) {
            case "text" -> out.append(marked(node));
            case "hardBreak" -> out.append("<br/>");
            case "rule" -> out.append("<hr/>");
            case "mention" -> out.append(escape(node.path("attrs").path("text").asText("")));
            case "emoji" -> out.append(escape(node.path("attrs").path("shortName").asText()));
            case "inlineCard" -> link(out, node.path("attrs").path("url").asText(), escape(node.path("attrs").path("url").asText()));
            default -> wrap(node, out, tag(type, node));
        }
    }

    private static String tag(String type, JsonNode node) {
        return switch (type) {
            case "paragraph" -> "p";
            case "heading" -> "h" + node.path("attrs").path("level").asInt(1);
            case "bulletList" -> "ul";
            case "orderedList" -> "ol";
            case "listItem" -> "li";
            case "codeBlock" -> "pre";
            case "blockquote" -> "blockquote";
            case "table" -> "table";
            case "tableRow" -> "tr";
            case "tableHeader" -> "th";
            case "tableCell" -> "td";
            default -> "div";
        };
    }

    private static void wrap(JsonNode node, StringBuilder out, String tag) {
        out.append('<').append(tag).append('>');
        node.path("content").forEach(child -> html(child, out));
        out.append("</").append(tag).append('>');
    }

    private static String marked(JsonNode text) {
        String html = escape(text.path("text").asText());
        for (JsonNode mark : text.path("marks")) {
            html = switch (mark.path("type").asText()) {
                case "strong" -> "<b>" + html + "</b>";
                case "em" -> "<em>" + html + "</em>";
                case "code" -> "<tt>" + html + "</tt>";
                case "strike" -> "<del>" + html + "</del>";
                case "underline" -> "<ins>" + html + "</ins>";
                case "link" -> {
                    StringBuilder a = new StringBuilder();
                    link(a, mark.path("attrs").path("href").asText(), html);
                    yield a.toString();
                }
                default -> html;
            };
        }
        return html;
    }

    private static void link(StringBuilder out, String href, String inner) {
        out.append("<a href=\"").append(escape(href)).append("\" class=\"external-link\" rel=\"nofollow noreferrer\">")
                .append(inner).append("</a>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

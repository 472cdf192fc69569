package dev.dtu.twins.jira.model.wiki;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** ADF to wiki markup: blocks apart by a blank line, lines of a paragraph by a newline. */
final class WikiWriter {
    private static final String SPECIAL = "*_-+{}[]|~^!";

    String document(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            return doc == null || doc.isNull() ? null : doc.asText();
        }
        return blocks(doc.path("content"));
    }

    private String blocks(JsonNode content) {
        List<String> out = new ArrayList<>();
        content.forEach(b -> {
            String s = block(b);
            if (!s.isEmpty()) {
                out.add(s);
            }
        });
        return String.join("\n\n", out);
    }

    private String block(JsonNode b) {
        return switch (b.path("type").asText()) {
            case "paragraph" -> inline(b.path("content"));
            case "heading" -> "h" + b.path("attrs").path("level").asInt(1) + ". " + inline(b.path("content"));
            case "rule" -> "----";
            case "codeBlock" -> code(b);
            case "blockquote" -> "{quote}\n" + blocks(b.path("content")) + "\n{quote}";
            case "panel" -> "{panel:bgColor=" + Wiki.PANEL_COLOURS.getOrDefault(b.path("attrs").path("panelType").asText("info"),
                    Wiki.PANEL_COLOURS.get("info")) + "}\n" + blocks(b.path("content")) + "\n{panel}";
            case "bulletList", "orderedList" -> list(b, "");
            case "table" -> table(b);
            case "expand" -> blocks(b.path("content"));
            default -> "";
        };
    }

    private static String code(JsonNode b) {
        StringBuilder text = new StringBuilder();
        b.path("content").forEach(t -> text.append(t.path("text").asText()));
        String language = b.path("attrs").path("language").asText("");
        return "{code" + (language.isEmpty() ? "" : ":" + language) + "}\n" + text + "\n{code}";
    }

    private String list(JsonNode list, String prefix) {
        String own = prefix + (list.path("type").asText().equals("orderedList") ? "#" : "*");
        List<String> lines = new ArrayList<>();
        for (JsonNode item : list.path("content")) {
            boolean first = true;
            for (JsonNode child : item.path("content")) {
                String type = child.path("type").asText();
                if (type.equals("bulletList") || type.equals("orderedList")) {
                    lines.add(list(child, own));
                } else if (first) {
                    lines.add(own + " " + block(child).replace("\n", "\\\\"));
                    first = false;
                } else {
                    lines.add(block(child));
                }
            }
            if (first && !item.path("content").isEmpty() && lines.isEmpty()) {
                lines.add(own + " ");
            }
        }
        return String.join("\n", lines);
    }

    private String table(JsonNode table) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : table.path("content")) {
            StringBuilder line = new StringBuilder();
            String last = "|";
            for (JsonNode cell : row.path("content")) {
                last = cell.path("type").asText().equals("tableHeader") ? "||" : "|";
                List<String> parts = new ArrayList<>();
                cell.path("content").forEach(p -> parts.add(block(p).replace("\n", "\\\\")));
                String text = String.join("\\\\", parts);
                line.append(last).append(text.isEmpty() ? " " : text);
            }
            rows.add(line.append(last).toString());
        }
        return String.join("\n", rows);
    }

    /** Inline nodes: each text's marks as wiki characters (in {x} form where a letter touches them). */
    String inline(JsonNode content) {
        StringBuilder out = new StringBuilder();
        List<JsonNode> nodes = new ArrayList<>();
        content.forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            switch (n.path("type").asText()) {
                case "text" -> out.append(marked(n, out, i + 1 < nodes.size() ? nodes.get(i + 1) : null));
                case "hardBreak" -> out.append('\n');
                case "mention" -> out.append("[~accountid:").append(n.path("attrs").path("id").asText()).append(']');
                case "emoji" -> out.append(n.path("attrs").path("shortName").asText());
                case "inlineCard" -> out.append('[').append(n.path("attrs").path("url").asText()).append(']');
                case "date" -> out.append(n.path("attrs").path("timestamp").asText());
                case "status" -> out.append(n.path("attrs").path("text").asText());
                default -> { }
            }
        }
        return out.toString();
    }

    private static String marked(JsonNode text, StringBuilder before, JsonNode next) {
        List<String> marks = new ArrayList<>();
        String href = null;
        for (JsonNode m : text.path("marks")) {
            marks.add(m.path("type").asText());
            if (m.path("type").asText().equals("link")) {
                href = m.path("attrs").path("href").asText();
            }
        }
        boolean code = marks.contains("code");
        String s = code ? "{{" + text.path("text").asText() + "}}" : escape(text.path("text").asText());
        boolean letterBefore = !before.isEmpty() && Character.isLetterOrDigit(before.charAt(before.length() - 1));
        boolean letterAfter = next != null && next.path("type").asText().equals("text") && !next.path("text").asText().isEmpty()
                && Character.isLetterOrDigit(next.path("text").asText().charAt(0));
        List<String> order = Wiki.MARK_ORDER;
        for (int k = order.size() - 1; k >= 0; k--) {
            Character c = Wiki.MARK_CHARS.get(order.get(k));
            if (c != null && marks.contains(order.get(k))) {
                s = letterBefore || letterAfter ? "{" + c + "}" + s + "{" + c + "}" : c + s + c;
            }
        }
        return href != null ? "[" + s + "|" + href + "]" : s;
    }

    /** A wiki character that could be read as markup gets a backslash; '-' and the like inside a word need none. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inWord = i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            if (SPECIAL.indexOf(c) >= 0 && !(inWord && "*_-+".indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}

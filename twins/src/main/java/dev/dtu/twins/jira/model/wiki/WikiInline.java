package dev.dtu.twins.jira.model.wiki;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Wiki markup inside a block: *strong*, _emphasis_, -strike-, +underline+, {{monospace}}, [text|url], [url],
 * [~accountid:id] mentions, \\ and newlines as hard breaks, \x for a literal x. A mark opens after a non-letter and
 * before a non-space, and closes after a non-space and before a non-letter; {*}...{*} marks inside a word.
 */
final class WikiInline {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Map<Character, String> MARKS = Map.of('*', "strong", '_', "em", '-', "strike", '+', "underline");
    private static final int MAX_DEPTH = 20;

    private final UnaryOperator<String> mentionText;

    WikiInline(UnaryOperator<String> mentionText) {
        this.mentionText = mentionText;
    }

    ArrayNode parse(String s) {
        ArrayNode out = F.arrayNode();
        parse(s, List.of(), out, 0);
        return out;
    }

    private void parse(String s, List<ObjectNode> marks, ArrayNode out, int depth) {
        StringBuilder buf = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int next;
            if (c == '\\' && i + 1 < s.length()) {
                if (s.charAt(i + 1) == '\\') {
                    flush(buf, marks, out);
                    out.addObject().put("type", "hardBreak");
                } else {
                    buf.append(s.charAt(i + 1));
                }
                i += 2;
            } else if (c == '\n') {
                flush(buf, marks, out);
                out.addObject().put("type", "hardBreak");
                i++;
            } else if (s.startsWith("{{", i) && (next = s.indexOf("}}", i + 2)) > i + 2) {
                flush(buf, marks, out);
                text(s.substring(i + 2, next), with(marks, mark("code")), out);
                i = next + 2;
            } else if (depth < MAX_DEPTH && (next = forcedClose(s, i)) > 0) {
                flush(buf, marks, out);
                parse(s.substring(i + 3, next), with(marks, mark(MARKS.get(s.charAt(i + 1)))), out, depth + 1);
                i = next + 3;
            } else if (depth < MAX_DEPTH && MARKS.containsKey(c) && opens(s, i) && (next = close(s, c, i + 1)) > 0) {
                flush(buf, marks, out);
                parse(s.substring(i + 1, next), with(marks, mark(MARKS.get(c))), out, depth + 1);
                i = next + 1;
            } else if (c == '[' && depth < MAX_DEPTH && (next = linkEnd(s, i)) > 0) {
                flush(buf, marks, out);
                link(s.substring(i + 1, next), marks, out, depth);
                i = next + 1;
            } else {
                buf.append(c);
                i++;
            }
        }
        flush(buf, marks, out);
    }

    private static boolean opens(String s, int i) {
        return (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) && i + 1 < s.length()
                && !Character.isWhitespace(s.charAt(i + 1));
    }

    private static int close(String s, char c, int from) {
        for (int k = from + 1; k < s.length(); k++) {
            if (s.charAt(k) == c && !Character.isWhitespace(s.charAt(k - 1)) && s.charAt(k - 1) != '\\'
                    && (k + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    /** {*}text{*}: where the closing {*} is, or -1. */
    private static int forcedClose(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '{' || s.charAt(i + 2) != '}' || !MARKS.containsKey(s.charAt(i + 1))) {
            return -1;
        }
        int end = s.indexOf(s.substring(i, i + 3), i + 3);
        return end > i + 3 ? end : -1;
    }

    private static int linkEnd(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == ']') {
                return k > i + 1 ? k : -1;
            } else if (c == '[' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** [~accountid:id], [text|url], [url]. */
    private void link(String inside, List<ObjectNode> marks, ArrayNode out, int depth) {
        if (inside.startsWith("~accountid:") || inside.startsWith("~")) {
            String id = inside.substring(inside.startsWith("~accountid:") ? 11 : 1);
            ObjectNode mention = out.addObject().put("type", "mention");
            mention.putObject("attrs").put("id", id).put("text", mentionText.apply(id)).put("accessLevel", "");
            return;
        }
        int bar = inside.lastIndexOf('|');
        String href = (bar < 0 ? inside : inside.substring(bar + 1)).strip();
        ObjectNode link = mark("link");
        link.putObject("attrs").put("href", href);
        if (bar < 0) {
            text(href, with(marks, link), out);
        } else {
            parse(inside.substring(0, bar), with(marks, link), out, depth + 1);
        }
    }

    private static void flush(StringBuilder buf, List<ObjectNode> marks, ArrayNode out) {
        if (!buf.isEmpty()) {
            text(buf.toString(), marks, out);
            buf.setLength(0);
        }
    }

    /** A text node; one right after a text node with the same marks joins it. */
    private static void text(String text, List<ObjectNode> marks, ArrayNode out) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            ObjectNode last = (ObjectNode) out.get(out.size() - 1);
            if (last.path("type").asText().equals("text") && last.path("marks").equals(marksNode(marks))) {
                last.put("text", last.path("text").asText() + text);
                return;
            }
        }
        ObjectNode node = out.addObject().put("type", "text").put("text", text);
        if (!marks.isEmpty()) {
            node.set("marks", marksNode(marks));
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode marksNode(List<ObjectNode> marks) {
        if (marks.isEmpty()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        ArrayNode a = F.arrayNode();
        marks.forEach(a::add);
        return a;
    }

    private static ObjectNode mark(String type) {
        return F.objectNode().put("type", type);
    }

    private static List<ObjectNode> with(List<ObjectNode> marks, ObjectNode mark) {
        List<ObjectNode> out = new ArrayList<>(marks.stream().filter(m -> !m.path("type").equals(mark.path("type"))).toList());
        out.add(mark);
        out.sort(Comparator.comparingInt(m -> Wiki.MARK_ORDER.indexOf(m.path("type").asText())));
        return out;
    }
}

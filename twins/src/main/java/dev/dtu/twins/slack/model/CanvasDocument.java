package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canvas's markdown as Slack's canvas API sees it (https://docs.slack.dev/surfaces/canvases): a list of
 * sections, one per block-level line (a heading, a paragraph line, a list item, a divider), each with an id that
 * canvases.sections.lookup finds and canvases.edit targets. Kept in the canvas's JSON as
 * {@code sections: [{id, type, markdown}]}.
 */
public final class CanvasDocument {
    private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(\\d+[.)]|[-*+])\\s+(\\[[ xX]]\\s+)?.*$");

    /** Markdown Slack refuses to turn into a canvas; {@code detail} is the reason it gives. */
    public static final class Unsupported extends RuntimeException {
        public Unsupported(String detail) {
            super(detail);
        }
    }

    private CanvasDocument() {}

    /**
     * The sections of {@code markdown}, new ids drawn from {@code ids}. Nesting one kind of list in another
     * (ordered in bulleted, checklist in ordered, ...) is refused, as Slack's canvases refuse it.
     */
    public static List<ObjectNode> sections(String markdown, java.util.function.Supplier<String> ids) {
        checkLists(markdown);
        List<ObjectNode> out = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode s = Json.object();
            s.put("id", ids.get()).put("type", type(line)).put("markdown", line);
            out.add(s);
        }
        return out;
    }

    /** h1, h2, h3 for headings; any other line is a plain section, which lookup finds only by text. */
    static String type(String line) {
        Matcher h = HEADING.matcher(line);
        if (h.matches()) {
            return "h" + h.group(1).length();
        }
        return LIST_ITEM.matcher(line).matches() ? "list_item" : "paragraph";
    }

    /** Whether a section meets canvases.sections.lookup's criteria (both, when both are given). */
    public static boolean matches(JsonNode section, List<String> types, String containsText) {
        String type = section.path("type").asText();
        boolean typeOk = types.isEmpty() || types.stream().anyMatch(t -> t.equalsIgnoreCase(type)
                || (t.equalsIgnoreCase("any_header") && type.matches("h[1-3]")));
        boolean textOk = containsText == null || text(section).toLowerCase(Locale.ROOT)
                .contains(containsText.toLowerCase(Locale.ROOT));
        return typeOk && textOk;
    }

    /** The markdown of the whole document again, from its sections. */
    public static String markdown(ArrayNode sections) {
        List<String> lines = new ArrayList<>();
        sections.forEach(s -> lines.add(s.path("markdown").asText()));
        return String.join("\n", lines);
    }

    /** The index of a section by id, if the document has it. */
    public static Optional<Integer> indexOf(ArrayNode sections, String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).path("id").asText().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode section) {
        String md = section.path("markdown").asText();
        Matcher h = HEADING.matcher(md);
        return h.matches() ? h.group(2) : md;
    }

    private static void checkLists(String markdown) {
        List<int[]> open = new ArrayList<>(); // {indent, kind} of the list items enclosing the current line
        for (String line : markdown.split("\n", -1)) {
            Matcher m = LIST_ITEM.matcher(line);
            if (!m.matches()) {
                if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                    open.clear();
                }
                continue;
            }
            int indent = m.group(1).replace("\t", "    ").length();
            int kind = m.group(3) != null ? 2 : Character.isDigit(m.group(2).charAt(0)) ? 1 : 0;
            while (!open.isEmpty() && open.get(open.size() - 1)[0] >= indent) {
                open.remove(open.size() - 1);
            }
            if (!open.isEmpty() && open.get(open.size() - 1)[1] != kind) {
                throw new Unsupported("Unsupported list type: a nested list must be of its parent list's type");
            }
            open.add(new int[] {indent, kind});
        }
    }
}

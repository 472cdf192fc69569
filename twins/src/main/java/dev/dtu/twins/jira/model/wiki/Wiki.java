package dev.dtu.twins.jira.model.wiki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Jira's wiki markup (REST v2's rich-text fields) to and from Atlassian Document Format (v3's): headings, bold,
 * italic, strikethrough, underline, monospace, code and noformat blocks, bullet and numbered lists, links, mentions,
 * tables, panels, quotes and rules (https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all).
 * Lines of one paragraph are joined by hard breaks; blocks are written apart by a blank line.
 */
public final class Wiki {
    /** Marks in the order they nest, outermost first; the order parsed documents list them in. */
    static final List<String> MARK_ORDER = List.of("link", "strong", "em", "strike", "underline", "code");
    /** The wiki character of each simple mark. */
    static final Map<String, Character> MARK_CHARS = Map.of("strong", '*', "em", '_', "strike", '-', "underline", '+');
    /** Panel colours Jira writes for each ADF panel type (guessed from Jira Cloud's editor palette). */
    static final Map<String, String> PANEL_COLOURS = Map.of("info", "#deebff", "note", "#eae6ff", "success", "#e3fcef",
            "warning", "#fefae6", "error", "#ffebe6");

    private Wiki() {}

    /** The document Jira stores for wiki markup; {@code mentionText} gives a mention's text ("@Name") by account id. */
    public static ObjectNode toAdf(String wiki, UnaryOperator<String> mentionText) {
        return new WikiParser(mentionText).document(wiki == null ? "" : wiki);
    }

    /** The wiki markup Jira shows in v2 for a document. */
    public static String fromAdf(JsonNode doc) {
        return new WikiWriter().document(doc);
    }
}

package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.blockquote;
import static j2html.TagCreator.br;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.em;
import static j2html.TagCreator.hr;
import static j2html.TagCreator.li;
import static j2html.TagCreator.ol;
import static j2html.TagCreator.p;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.table;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import com.fasterxml.jackson.databind.JsonNode;
import j2html.TagCreator;
import j2html.tags.DomContent;

/**
 * Atlassian Document Format as HTML: the nodes and marks of its published schema (paragraph, heading, lists, code
 * block, quote, rule, table, mention, emoji; strong, em, code, strike, link). A node it does not know shows its
 * children; a link is kept only when it is http(s) or mailto.
 */
final class Adf {
    private Adf() {}

    static DomContent render(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return p(node.asText());
        }
        return switch (node.path("type").asText()) {
            case "doc" -> div(children(node)).withClass("adf");
            case "paragraph" -> p(children(node));
            case "heading" -> TagCreator.tag("h" + Math.max(1, Math.min(6, node.path("attrs").path("level").asInt(1))))
                    .with(children(node));
            case "bulletList" -> ul(children(node));
            case "orderedList" -> ol(children(node));
            case "listItem" -> li(children(node));
            case "codeBlock" -> pre(code(plain(node)));
            case "blockquote" -> blockquote(children(node));
            case "rule" -> hr();
            case "hardBreak" -> br();
            case "table" -> table(children(node));
            case "tableRow" -> tr(children(node));
            case "tableHeader" -> th(children(node));
            case "tableCell" -> td(children(node));
            case "mention" -> span(node.path("attrs").path("text").asText("@someone")).withClass("mention");
            case "emoji" -> span(node.path("attrs").path("text").asText(node.path("attrs").path("shortName").asText()));
            case "text" -> text(node);
            default -> span(children(node));
        };
    }

    private static DomContent children(JsonNode node) {
        return each(SlackPage.list(node.path("content")), Adf::render);
    }

    private static String plain(JsonNode node) {
        StringBuilder out = new StringBuilder();
        node.path("content").forEach(c -> out.append(c.path("text").asText("")));
        return out.toString();
    }

    private static DomContent text(JsonNode node) {
        DomContent out = TagCreator.text(node.path("text").asText(""));
        for (JsonNode mark : node.path("marks")) {
            out = switch (mark.path("type").asText()) {
                case "strong" -> strong(out);
                case "em" -> em(out);
                case "code" -> code(out);
                case "strike" -> TagCreator.s(out);
                case "underline" -> TagCreator.u(out);
                case "link" -> safeHref(mark.path("attrs").path("href").asText(""))
                        ? a(out).withHref(mark.path("attrs").path("href").asText()).attr("rel", "noopener noreferrer")
                        : out;
                default -> out;
            };
        }
        return out;
    }

    static boolean safeHref(String href) {
        String h = href.trim().toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:");
    }
}

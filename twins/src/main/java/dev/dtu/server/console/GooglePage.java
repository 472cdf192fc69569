package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.aside;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import j2html.TagCreator;
import j2html.tags.DomContent;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Google Workspace as its users see it: the Drive tree with owners and permissions, a spreadsheet as a grid (each
 * cell's value, its formula on hover), a document with its structure (headings, lists, tables).
 */
final class GooglePage {
    /** Rows and columns of a grid shown at most (a sheet is 1,000 × 26 by default, mostly empty). */
    static final int MAX_ROWS = 500;
    static final int MAX_COLUMNS = 52;

    Response page(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        JsonNode google = admin.get("/universes/" + Layout.enc(id) + "/state").path("google");
        String base = Layout.universe(id) + "/google";
        String file = r.queryParam("file").orElse(null);
        DomContent open;
        if (file == null) {
            open = Layout.empty("Open a spreadsheet or a document from the Drive.");
        } else if (google.path("spreadsheets").has(file)) {
            open = sheet(google.path("spreadsheets").path(file), r.queryParam("tab").orElse("0"), base, file);
        } else if (google.path("documents").has(file)) {
            open = document(google.path("documents").path(file));
        } else {
            JsonNode f = google.path("files").path(file);
            open = f.isMissingNode() ? p("No file " + file + ".").withClass("flash error")
                    : section(h2(f.path("name").asText()), p(f.path("mimeType").asText()));
        }
        return Layout.page("Google", id, "google", h1("Google Drive"),
                div(aside(h2("Drive"), tree(google, base)).withClass("sidebar"), section(open).withClass("file"))
                        .withClass("google"));
    }

    private static DomContent tree(JsonNode google, String base) {
        List<JsonNode> files = SlackPage.sorted(google.path("files"), Comparator.comparing(f -> f.path("name").asText()));
        List<JsonNode> roots = files.stream().filter(f -> f.path("parents").isEmpty()
                || !google.path("files").has(f.path("parents").path(0).asText())).toList();
        return ul(each(roots, f -> node(f, files, google, base, 0))).withClass("tree");
    }

    private static DomContent node(JsonNode f, List<JsonNode> files, JsonNode google, String base, int depth) {
        String fid = f.path("id").asText();
        List<JsonNode> children = depth > 20 ? List.of() : files.stream()
                .filter(c -> SlackPage.list(c.path("parents")).stream().anyMatch(x -> x.asText().equals(fid))).toList();
        String owner = google.path("accounts").path(f.path("ownerId").asText()).path("email").asText(f.path("ownerId").asText());
        String shared = String.join(", ", SlackPage.list(f.path("permissions")).stream()
                .map(x -> x.path("emailAddress").asText(x.path("type").asText()) + " (" + x.path("role").asText() + ")").toList());
        boolean folder = f.path("folder").asBoolean() || f.path("mimeType").asText().endsWith(".folder");
        DomContent label = folder ? span(f.path("name").asText()).withClass("folder")
                : a(f.path("name").asText()).withHref(Layout.url(base, Layout.params("file", fid)))
                        .withClass("file " + kind(f.path("mimeType").asText()));
        return li(label, span(" " + owner).withClass("who")
                        .withTitle("owner " + owner + (shared.isEmpty() ? "" : "; shared with " + shared)),
                f.path("trashed").asBoolean() ? span(" (trash)").withClass("who") : null,
                children.isEmpty() ? null : ul(each(children, c -> node(c, files, google, base, depth + 1))));
    }

    private static String kind(String mime) {
        if (mime.endsWith("spreadsheet")) {
            return "sheet";
        }
        return mime.endsWith("document") ? "document" : "other";
    }

    private static DomContent sheet(JsonNode spreadsheet, String tab, String base, String file) {
        List<JsonNode> sheets = SlackPage.list(spreadsheet.path("sheets"));
        int index = parse(tab, sheets.size());
        JsonNode sheet = sheets.isEmpty() ? null : sheets.get(index);
        return section(h2(spreadsheet.path("title").asText()),
                div(each(IntStream.range(0, sheets.size()).boxed().toList(), i -> a(sheets.get(i).path("properties").path("title").asText())
                        .withHref(Layout.url(base, Layout.params("file", file, "tab", String.valueOf(i))))
                        .withClass(i == index ? "tab open" : "tab"))).withClass("tabs"),
                sheet == null ? Layout.empty("No sheets.") : grid(sheet));
    }

    private static DomContent grid(JsonNode sheet) {
        int rows = 0;
        int columns = 0;
        for (var it = sheet.path("cells").fieldNames(); it.hasNext(); ) {
            int[] rc = address(it.next());
            rows = Math.max(rows, rc[0] + 1);
            columns = Math.max(columns, rc[1] + 1);
        }
        int shownRows = Math.min(Math.max(rows, 1), MAX_ROWS);
        int shownColumns = Math.min(Math.max(columns, 1), MAX_COLUMNS);
        List<Integer> cols = IntStream.range(0, shownColumns).boxed().toList();
        JsonNode cells = sheet.path("cells");
        return div(table(thead(tr(th(""), each(cols, c -> th(letters(c))))),
                        tbody(each(IntStream.range(0, shownRows).boxed().toList(), row -> tr(th(String.valueOf(row + 1)),
                                each(cols, c -> cell(cells.path(letters(c) + (row + 1)), letters(c) + (row + 1))))))).withClass("grid"),
                rows > shownRows || columns > shownColumns ? p("Showing " + shownRows + " of " + rows + " rows and "
                        + shownColumns + " of " + columns + " columns.") : null).withClass("grid-wrap");
    }

    private static DomContent cell(JsonNode cell, String address) {
        if (cell.isMissingNode()) {
            return td();
        }
        String formula = cell.path("userEnteredValue").path("formulaValue").asText(null);
        var td = td(display(cell.path("effectiveValue"))).withData("cell", address);
        return formula == null ? td : td.withTitle(formula).withClass("formula");
    }

    static String display(JsonNode v) {
        if (v.has("numberValue")) {
            return new DecimalFormat("0.##########").format(v.path("numberValue").asDouble());
        }
        if (v.has("boolValue")) {
            return v.path("boolValue").asBoolean() ? "TRUE" : "FALSE";
        }
        if (v.has("errorValue")) {
            return v.path("errorValue").path("type").asText("#ERROR!").replace("DIVIDE_BY_ZERO", "#DIV/0!");
        }
        return v.path("stringValue").asText("");
    }

    private static DomContent document(JsonNode doc) {
        return section(h2(doc.path("title").asText()), div(elements(doc.path("body"), doc)).withClass("doc"));
    }

    /** Structural elements; consecutive bulleted paragraphs of one list become one list. */
    private static DomContent elements(JsonNode body, JsonNode doc) {
        List<DomContent> out = new ArrayList<>();
        List<DomContent> items = new ArrayList<>();
        boolean ordered = false;
        for (JsonNode e : body) {
            JsonNode para = e.path("paragraph");
            if (para.path("bullet").isObject()) {
                String glyph = doc.path("lists").path(para.path("bullet").path("listId").asText()).path("listProperties")
                        .path("nestingLevels").path(0).path("glyphType").asText("NONE");
                ordered = !glyph.equals("NONE") && !glyph.equals("GLYPH_TYPE_UNSPECIFIED");
                items.add(li(text(para)).withClass("level" + para.path("bullet").path("nestingLevel").asInt()));
                continue;
            }
            if (!items.isEmpty()) {
                out.add(ordered ? TagCreator.ol(each(List.copyOf(items), x -> x)) : ul(each(List.copyOf(items), x -> x)));
                items.clear();
            }
            if (e.path("table").isObject()) {
                out.add(table(each(SlackPage.list(e.path("table").path("tableRows")), row -> tr(each(
                        SlackPage.list(row.path("tableCells")), c -> td(elements(c.path("content"), doc)))))).withClass("doc-table"));
            } else if (para.isObject()) {
                out.add(paragraph(para));
            }
        }
        if (!items.isEmpty()) {
            out.add(ordered ? TagCreator.ol(each(items, x -> x)) : ul(each(items, x -> x)));
        }
        return each(out, x -> x);
    }

    private static DomContent paragraph(JsonNode para) {
        String style = para.path("paragraphStyle").path("namedStyleType").asText("NORMAL_TEXT");
        return switch (style) {
            case "TITLE" -> h1(text(para)).withClass("doc-title");
            case "SUBTITLE" -> p(text(para)).withClass("subtitle");
            case "HEADING_1", "HEADING_2", "HEADING_3", "HEADING_4", "HEADING_5", "HEADING_6" ->
                    TagCreator.tag("h" + style.charAt(style.length() - 1)).with(text(para));
            default -> p(text(para));
        };
    }

    private static DomContent text(JsonNode para) {
        return each(SlackPage.list(para.path("runs")), run -> {
            String content = run.path("content").asText("");
            DomContent t = TagCreator.text(content.endsWith("\n") ? content.substring(0, content.length() - 1) : content);
            JsonNode style = run.path("textStyle");
            if (style.path("bold").asBoolean()) {
                t = TagCreator.strong(t);
            }
            if (style.path("italic").asBoolean()) {
                t = TagCreator.em(t);
            }
            String href = style.path("link").path("url").asText("");
            return Adf.safeHref(href) ? a(t).withHref(href).attr("rel", "noopener noreferrer") : t;
        });
    }

    /** "B12" → {11, 1}. */
    static int[] address(String a1) {
        int col = 0;
        int i = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        int row;
        try {
            row = i < a1.length() ? Integer.parseInt(a1.substring(i)) : 1;
        } catch (NumberFormatException e) {
            row = 1;
        }
        return new int[] {row - 1, col - 1};
    }

    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static int parse(String tab, int size) {
        try {
            int i = Integer.parseInt(tab);
            return i >= 0 && i < size ? i : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

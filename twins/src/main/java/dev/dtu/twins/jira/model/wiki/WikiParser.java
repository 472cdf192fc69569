package dev.dtu.twins.jira.model.wiki;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wiki markup's blocks to ADF, line by line; {@link WikiInline} reads what is inside each block. */
final class WikiParser {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern HEADING = Pattern.compile("^h([1-6])\\.\\s+(.*)$");
    private static final Pattern LIST = Pattern.compile("^([*#]+|-)\\s+(.*)$");
    private static final Pattern CODE = Pattern.compile("^\\{(code|noformat)(?::([^}]*))?}(.*)$");
    private static final Pattern PANEL = Pattern.compile("^\\{(panel|quote)(?::([^}]*))?}\\s*$");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^bq\\.\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^-{4,}\\s*$");
    private static final int MAX_DEPTH = 20;

    private final WikiInline inline;

    WikiParser(UnaryOperator<String> mentionText) {
        this.inline = new WikiInline(mentionText);
    }

    ObjectNode document(String wiki) {
        ObjectNode doc = F.objectNode().put("type", "doc").put("version", 1);
        doc.set("content", blocks(List.of(wiki.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)), 0));
        return doc;
    }

    private ArrayNode blocks(List<String> lines, int depth) {
        ArrayNode out = F.arrayNode();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                i++;
            } else if ((m = CODE.matcher(line)).matches()) {
                i = code(lines, i, m, out);
            } else if ((m = PANEL.matcher(line)).matches() && depth < MAX_DEPTH) {
                i = panel(lines, i, m, out, depth);
            } else if ((m = HEADING.matcher(line)).matches()) {
                ObjectNode h = out.addObject().put("type", "heading");
                h.putObject("attrs").put("level", Integer.parseInt(m.group(1)));
                content(h, inline.parse(m.group(2)));
                i++;
            } else if (RULE.matcher(line).matches()) {
                out.addObject().put("type", "rule");
                i++;
            } else if ((m = BLOCKQUOTE.matcher(line)).matches()) {
                ObjectNode q = out.addObject().put("type", "blockquote");
                content(q.putArray("content").addObject().put("type", "paragraph"), inline.parse(m.group(1)));
                i++;
            } else if (LIST.matcher(line).matches()) {
                i = list(lines, i, out);
            } else if (line.startsWith("|")) {
                i = table(lines, i, out);
            } else {
                i = paragraph(lines, i, out);
            }
        }
        return out;
    }

    private static boolean startsBlock(String line) {
        return line.isBlank() || CODE.matcher(line).matches() || PANEL.matcher(line).matches() || HEADING.matcher(line).matches()
                || RULE.matcher(line).matches() || BLOCKQUOTE.matcher(line).matches() || LIST.matcher(line).matches()
                || line.startsWith("|");
    }

    private int paragraph(List<String> lines, int i, ArrayNode out) {
        StringBuilder text = new StringBuilder(lines.get(i++));
        while (i < lines.size() && !startsBlock(lines.get(i))) {
            text.append('\n').append(lines.get(i++));
        }
        content(out.addObject().put("type", "paragraph"), inline.parse(text.toString()));
        return i;
    }

    /** {code:lang}...{code} and {noformat}...{noformat}: the text between, as it is. */
    private int code(List<String> lines, int i, Matcher open, ArrayNode out) {
        String closing = "{" + open.group(1) + "}";
        List<String> body = new ArrayList<>();
        String rest = open.group(3);
        int end = i;
        if (rest.contains(closing)) {
            body.add(rest.substring(0, rest.indexOf(closing)));
        } else {
            if (!rest.isEmpty()) {
                body.add(rest);
            }
            end = i + 1;
            while (end < lines.size() && !lines.get(end).contains(closing)) {
                body.add(lines.get(end++));
            }
            if (end < lines.size()) {
                String last = lines.get(end);
                if (!last.startsWith(closing)) {
                    body.add(last.substring(0, last.indexOf(closing)));
                }
            }
        }
        ObjectNode block = out.addObject().put("type", "codeBlock");
        String language = open.group(1).equals("code") ? language(open.group(2)) : null;
        if (language != null) {
            block.putObject("attrs").put("language", language);
        }
        String text = String.join("\n", body);
        if (!text.isEmpty()) {
            block.putArray("content").addObject().put("type", "text").put("text", text);
        }
        return end + 1;
    }

    private static String language(String params) {
        if (params == null || params.isBlank()) {
            return null;
        }
        for (String p : params.split("\\|")) {
            if (!p.contains("=")) {
                return p.trim();
            }
        }
        return null;
    }

    /** {panel:bgColor=...}...{panel} to a panel (its type from the colour), {quote}...{quote} to a blockquote. */
    private int panel(List<String> lines, int i, Matcher open, ArrayNode out, int depth) {
        String closing = "{" + open.group(1) + "}";
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).trim().equals(closing)) {
            end++;
        }
        ArrayNode inner = blocks(lines.subList(i + 1, Math.min(end, lines.size())), depth + 1);
        if (open.group(1).equals("quote")) {
            out.addObject().put("type", "blockquote").set("content", inner);
        } else {
            ObjectNode panel = out.addObject().put("type", "panel");
            panel.putObject("attrs").put("panelType", panelType(open.group(2)));
            panel.set("content", inner);
        }
        return end + 1;
    }

    private static String panelType(String params) {
        if (params != null) {
            for (String p : params.split("\\|")) {
                String[] kv = p.split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("bgColor")) {
                    for (Map.Entry<String, String> e : Wiki.PANEL_COLOURS.entrySet()) {
                        if (e.getValue().equalsIgnoreCase(kv[1].trim())) {
                            return e.getKey();
                        }
                    }
                }
            }
        }
        return "info";
    }

    /** Consecutive list lines; "**" nests under the item before, "#" numbers, "#*" nests bullets in numbers. */
    private int list(List<String> lines, int i, ArrayNode out) {
        List<String[]> items = new ArrayList<>();
        while (i < lines.size()) {
            Matcher m = LIST.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            items.add(new String[] {m.group(1).equals("-") ? "*" : m.group(1), m.group(2)});
            i++;
        }
        int[] at = {0};
        out.add(listOf(items, at, items.get(0)[0].substring(0, 1), 1));
        while (at[0] < items.size()) {
            String[] next = items.get(at[0]);
            out.add(listOf(items, at, next[0].substring(0, 1), 1));
        }
        return i;
    }

    private ObjectNode listOf(List<String[]> items, int[] at, String kind, int level) {
        ObjectNode list = F.objectNode().put("type", kind.equals("#") ? "orderedList" : "bulletList");
        if (kind.equals("#")) {
            list.putObject("attrs").put("order", 1);
        }
        ArrayNode content = list.putArray("content");
        ObjectNode item = null;
        while (at[0] < items.size()) {
            String[] it = items.get(at[0]);
            String prefix = it[0];
            if (prefix.length() < level || (prefix.length() == level && !prefix.endsWith(kind))) {
                break;
            }
            if (prefix.length() > level && item != null) {
                ((ArrayNode) item.get("content")).add(listOf(items, at, prefix.substring(level, level + 1), level + 1));
                continue;
            }
            item = content.addObject().put("type", "listItem");
            content(item.putArray("content").addObject().put("type", "paragraph"), inline.parse(it[1]));
            at[0]++;
        }
        return list;
    }

    /** Rows of "||heading||heading||" and "|cell|cell|". */
    private int table(List<String> lines, int i, ArrayNode out) {
        ObjectNode table = out.addObject().put("type", "table");
        table.putObject("attrs").put("isNumberColumnEnabled", false).put("layout", "default");
        ArrayNode rows = table.putArray("content");
        while (i < lines.size() && lines.get(i).startsWith("|")) {
            ArrayNode cells = rows.addObject().put("type", "tableRow").putArray("content");
            String row = lines.get(i++).strip();
            int p = 0;
            while (p < row.length()) {
                boolean header = row.startsWith("||", p);
                p += header ? 2 : 1;
                int end = cellEnd(row, p);
                if (end == p && end >= row.length()) {
                    break;
                }
                ObjectNode cell = cells.addObject().put("type", header ? "tableHeader" : "tableCell");
                cell.putObject("attrs");
                ObjectNode paragraph = cell.putArray("content").addObject().put("type", "paragraph");
                content(paragraph, inline.parse(row.substring(p, end).strip()));
                p = end;
            }
        }
        return i;
    }

    /** Where a cell ends: the next '|' outside a link and not escaped. */
    private static int cellEnd(String row, int from) {
        int depth = 0;
        for (int k = from; k < row.length(); k++) {
            char c = row.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == '|' && depth == 0) {
                return k;
            }
        }
        return row.length();
    }

    private static void content(ObjectNode block, ArrayNode inlines) {
        if (!inlines.isEmpty()) {
            block.set("content", inlines);
        }
    }
}

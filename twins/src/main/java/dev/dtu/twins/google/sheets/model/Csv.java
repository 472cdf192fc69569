package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV (and TSV) for Drive's import and export of spreadsheets. */
final class Csv {
    private Csv() {}

    static String format(List<List<Object>> rows, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            for (int j = 0; j < row.size(); j++) {
                if (j > 0) {
                    out.append(separator);
                }
                out.append(quote(String.valueOf(row.get(j)), separator));
            }
            if (i < rows.size() - 1) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    private static String quote(String value, String separator) {
        if (value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static List<List<JsonNode>> parse(String text, String separator) {
        List<List<JsonNode>> rows = new ArrayList<>();
        List<JsonNode> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        char sep = separator.charAt(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                row.add(TextNode.valueOf(field.toString()));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(TextNode.valueOf(field.toString()));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(TextNode.valueOf(field.toString()));
            rows.add(row);
        }
        return rows;
    }
}

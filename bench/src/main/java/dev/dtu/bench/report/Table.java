package dev.dtu.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table: a title, column headers, rows of already formatted cells. */
public record Table(String title, List<String> headers, List<List<String>> rows) {
    public static Table of(String title, String... headers) {
        return new Table(title, List.of(headers), new ArrayList<>());
    }

    public Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(String.valueOf(c));
        }
        rows.add(row);
        return this;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append("**").append(title).append("**\n\n");
        }
        out.append("| ").append(String.join(" | ", headers)).append(" |\n");
        out.append("|").append("---|".repeat(headers.size())).append("\n");
        for (List<String> r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return out.toString();
    }
}

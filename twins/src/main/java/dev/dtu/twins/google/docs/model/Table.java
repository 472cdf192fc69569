package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A table: its rows of cells, each cell holding its own paragraphs, and its tableStyle (null while every
 * column is evenly distributed). The table's start and end, each row's start and each cell's start take one
 * index unit apiece, so an empty r×c table spans 2 + r(1 + 2c) units
 * (developers.google.com/docs/api/how-tos/tables: a 2x2 table at S ends at S + 12). Cells covered by a
 * merged cell stay in their rows, as documents.get returns them.
 */
public record Table(List<TableRow> tableRows, JsonNode tableStyle) {
    public Table {
        tableRows = List.copyOf(tableRows);
    }

    public int rows() {
        return tableRows.size();
    }

    public int columns() {
        return tableRows.isEmpty() ? 0 : tableRows.get(0).tableCells().size();
    }

    public int size() {
        return 2 + tableRows.stream().mapToInt(TableRow::size).sum();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        tableRows.forEach(r -> r.tableCells().forEach(c -> out.append(c.text())));
        return out.toString();
    }
}

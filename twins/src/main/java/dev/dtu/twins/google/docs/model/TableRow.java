package dev.dtu.twins.google.docs.model;

import java.util.List;

/** A row of a table: one index unit of its own, then its cells. */
public record TableRow(List<TableCell> tableCells) {
    public TableRow {
        tableCells = List.copyOf(tableCells);
    }

    public int size() {
        return 1 + tableCells.stream().mapToInt(TableCell::size).sum();
    }
}

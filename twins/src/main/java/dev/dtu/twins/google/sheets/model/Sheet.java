package dev.dtu.twins.google.sheets.model;

import java.util.List;
import java.util.Map;

/**
 * One stored sheet: its properties, its non-empty cells keyed by A1 address ("B3"), and its merges.
 * Immutable; edits go through {@link SpreadsheetEditor}.
 */
public record Sheet(SheetProperties properties, Map<String, StoredCell> cells, List<GridRange> merges) {
    public Sheet {
        cells = Map.copyOf(cells);
        merges = List.copyOf(merges);
    }
}

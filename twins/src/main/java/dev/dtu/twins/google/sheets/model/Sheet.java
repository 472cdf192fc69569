package dev.dtu.twins.google.sheets.model;

import java.util.List;
import java.util.Map;
import org.pcollections.TreePMap;

/**
 * One stored sheet: its properties, its non-empty cells in a persistent sorted map keyed by address (written
 * "B3"), and its merges. Immutable; an edit shares every cell it does not touch with the sheet before it.
 */
public record Sheet(SheetProperties properties, Map<CellKey, StoredCell> cells, List<GridRange> merges) {
    public Sheet {
        cells = cells instanceof TreePMap<CellKey, StoredCell> persistent ? persistent : TreePMap.from(cells);
        merges = List.copyOf(merges);
    }

    public TreePMap<CellKey, StoredCell> persistentCells() {
        return (TreePMap<CellKey, StoredCell>) cells;
    }
}

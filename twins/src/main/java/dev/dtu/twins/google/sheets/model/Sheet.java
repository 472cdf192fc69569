package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.pcollections.TreePMap;

/**
 * One stored sheet: its properties, its non-empty cells in a persistent sorted map keyed by address (written
 * "B3"), its merges, and the rows and columns whose size or visibility differs from Google's defaults. Immutable;
 * an edit shares every cell it does not touch with the sheet before it. {@code extras} holds the sheet's stored
 * Sheets objects the twin keeps as written (protectedRanges, basicFilter, rowGroups, columnGroups), never mutated.
 */
public record Sheet(SheetProperties properties, Map<CellKey, StoredCell> cells, List<GridRange> merges,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DimensionRun> rowRuns,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DimensionRun> columnRuns,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, JsonNode> extras) {
    @JsonCreator
    public Sheet {
        extras = extras == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extras));
        cells = cells instanceof TreePMap<CellKey, StoredCell> persistent ? persistent : TreePMap.from(cells);
        merges = List.copyOf(merges);
        rowRuns = rowRuns == null ? List.of() : List.copyOf(rowRuns);
        columnRuns = columnRuns == null ? List.of() : List.copyOf(columnRuns);
    }

    /** A sheet whose rows and columns all have the default size and are visible. */
    public Sheet(SheetProperties properties, Map<CellKey, StoredCell> cells, List<GridRange> merges) {
        this(properties, cells, merges, List.of(), List.of(), Map.of());
    }

    public Sheet(SheetProperties properties, Map<CellKey, StoredCell> cells, List<GridRange> merges,
                 List<DimensionRun> rowRuns, List<DimensionRun> columnRuns) {
        this(properties, cells, merges, rowRuns, columnRuns, Map.of());
    }

    public TreePMap<CellKey, StoredCell> persistentCells() {
        return (TreePMap<CellKey, StoredCell>) cells;
    }
}

package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dtu.server.http.Json;
import dev.dtu.twins.google.sheets.model.formula.ReferenceMove;
import dev.dtu.twins.google.sheets.model.formula.ReferenceShift;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Row and column properties stored as runs: updates split and join them, dimension changes move them. */
class DimensionRunsTest {

    private static List<DimensionRun> sized(int start, int end, int pixels) {
        return DimensionRuns.update(List.of(), start, end, r -> new DimensionRun(r.start(), r.end(), pixels, false));
    }

    @Test
    void updatesSplitRunsAndJoinEqualNeighbours() {
        List<DimensionRun> runs = sized(2, 10, 40);
        runs = DimensionRuns.update(runs, 4, 6, r -> new DimensionRun(r.start(), r.end(), r.pixelSize(), true));
        assertEquals(List.of(new DimensionRun(2, 4, 40, false), new DimensionRun(4, 6, 40, true),
                new DimensionRun(6, 10, 40, false)), runs);
        runs = DimensionRuns.update(runs, 0, 12, r -> new DimensionRun(r.start(), r.end(), r.pixelSize(), false));
        assertEquals(List.of(new DimensionRun(2, 10, 40, false)), runs, "equal neighbours join");
        runs = DimensionRuns.update(runs, 0, 100, r -> new DimensionRun(r.start(), r.end(), null, false));
        assertEquals(List.of(), runs, "default properties are not stored");
        assertEquals(21, DimensionRuns.pixelSize(runs, 5, true));
        assertEquals(100, DimensionRuns.pixelSize(runs, 5, false));
    }

    @Test
    void runsMoveWithInsertedDeletedAndMovedRows() {
        List<DimensionRun> runs = sized(2, 6, 40);
        assertEquals(List.of(new DimensionRun(2, 3, 40, false), new DimensionRun(6, 9, 40, false)),
                DimensionRuns.remap(runs, new ReferenceShift("S", true, 3, 3)), "rows inserted inside split the run");
        assertEquals(List.of(new DimensionRun(1, 4, 40, false)),
                DimensionRuns.remap(runs, new ReferenceShift("S", true, 1, -2)), "row 2 deleted, 3 to 5 move up");
        assertEquals(List.of(new DimensionRun(0, 2, 40, false), new DimensionRun(4, 6, 40, false)),
                DimensionRuns.remap(runs, new ReferenceMove("S", true, 4, 6, 0)));
        assertEquals(List.of(new DimensionRun(0, 4, 40, false)),
                DimensionRuns.remap(runs, new ReferenceMove("S", true, 0, 2, 6)));
        assertNull(DimensionRuns.at(DimensionRuns.remap(runs, new ReferenceShift("S", true, 0, -6)), 0));
    }

    @Test
    void aSheetWithSizesSurvivesStorageAsJson() throws Exception {
        SheetProperties p = new SheetProperties(0, "Sheet1", 0, 1000, 26, 0, 0, false, false);
        Sheet sheet = new Sheet(p, Map.of(), List.of(), sized(1, 3, 40), List.of(new DimensionRun(0, 1, null, true)));
        Sheet back = Json.MAPPER.readValue(Json.bytes(sheet), Sheet.class);
        assertEquals(sheet, back);
        Sheet plain = new Sheet(p, Map.of(), List.of());
        String json = Json.text(plain);
        assertEquals(false, json.contains("Runs"), json);
        assertEquals(plain, Json.MAPPER.readValue(json, Sheet.class));
    }
}

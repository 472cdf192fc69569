package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.formula.AxisChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The row or column properties of one sheet as a sorted list of {@link DimensionRun}s that neither overlap nor
 * touch with equal properties, so a million rows set to one height are one entry. Every operation returns a new list.
 */
public final class DimensionRuns {
    /** Google's height of a row no one resized. */
    public static final int DEFAULT_ROW_PIXELS = 21;
    /** Google's width of a column no one resized. */
    public static final int DEFAULT_COLUMN_PIXELS = 100;

    private DimensionRuns() {}

    public static int defaultPixels(boolean rows) {
        return rows ? DEFAULT_ROW_PIXELS : DEFAULT_COLUMN_PIXELS;
    }

    /** The run holding an index, or null when the index has the default properties. */
    public static DimensionRun at(List<DimensionRun> runs, int index) {
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            DimensionRun r = runs.get(mid);
            if (index < r.start()) {
                hi = mid - 1;
            } else if (index >= r.end()) {
                lo = mid + 1;
            } else {
                return r;
            }
        }
        return null;
    }

    /** The pixel size of an index. */
    public static int pixelSize(List<DimensionRun> runs, int index, boolean rows) {
        DimensionRun r = at(runs, index);
        return r == null || r.pixelSize() == null ? defaultPixels(rows) : r.pixelSize();
    }

    public static boolean hidden(List<DimensionRun> runs, int index) {
        DimensionRun r = at(runs, index);
        return r != null && r.hiddenByUser();
    }

    /**
     * Changes the properties of [start, end): {@code change} gets each piece's current run (a default one for
     * indexes without) and returns the new one.
     */
    public static List<DimensionRun> update(List<DimensionRun> runs, int start, int end,
                                            UnaryOperator<DimensionRun> change) {
        if (end <= start) {
            return runs;
        }
        List<DimensionRun> out = new ArrayList<>();
        int cursor = start;
        for (DimensionRun r : runs) {
            if (r.end() <= start || r.start() >= end) {
                out.add(r);
                continue;
            }
            if (r.start() < start) {
                out.add(r.at(r.start(), start));
            }
            int from = Math.max(r.start(), start);
            if (cursor < from) {
                out.add(change.apply(new DimensionRun(cursor, from, null, false)));
            }
            int to = Math.min(r.end(), end);
            out.add(change.apply(r.at(from, to)));
            cursor = to;
            if (r.end() > end) {
                out.add(r.at(end, r.end()));
            }
        }
        if (cursor < end) {
            out.add(change.apply(new DimensionRun(cursor, end, null, false)));
        }
        return normalise(out);
    }

    /** The runs after rows or columns were inserted, deleted or moved: each piece goes where its indexes go. */
    public static List<DimensionRun> remap(List<DimensionRun> runs, AxisChange change) {
        if (runs.isEmpty()) {
            return runs;
        }
        int[] breaks = change.breaks();
        List<DimensionRun> out = new ArrayList<>();
        for (DimensionRun r : runs) {
            int from = r.start();
            for (int b : breaks) {
                if (b > from && b < r.end()) {
                    addMoved(out, r.at(from, b), change);
                    from = b;
                }
            }
            addMoved(out, r.at(from, r.end()), change);
        }
        return normalise(out);
    }

    private static void addMoved(List<DimensionRun> out, DimensionRun piece, AxisChange change) {
        int moved = change.movedCell(piece.start());
        if (moved != AxisChange.REF) {
            out.add(piece.at(moved, moved + piece.end() - piece.start()));
        }
    }

    /** The runs within [0, size): what a sheet shrunk to {@code size} rows or columns keeps. */
    public static List<DimensionRun> cut(List<DimensionRun> runs, int size) {
        List<DimensionRun> out = new ArrayList<>();
        for (DimensionRun r : runs) {
            if (r.start() < size) {
                out.add(r.at(r.start(), Math.min(r.end(), size)));
            }
        }
        return out.size() == runs.size() && out.equals(runs) ? runs : List.copyOf(out);
    }

    // Sorted, without default or empty runs, neighbours with equal properties joined.
    private static List<DimensionRun> normalise(List<DimensionRun> runs) {
        DimensionRun[] sorted = runs.stream().filter(r -> r.end() > r.start()
                        && !DimensionRun.isDefault(r.pixelSize(), r.hiddenByUser()))
                .sorted(Comparator.comparingInt(DimensionRun::start)).toArray(DimensionRun[]::new);
        List<DimensionRun> out = new ArrayList<>();
        for (DimensionRun r : Arrays.asList(sorted)) {
            DimensionRun last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == r.start() && last.sameProperties(r)) {
                out.set(out.size() - 1, last.at(last.start(), r.end()));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}

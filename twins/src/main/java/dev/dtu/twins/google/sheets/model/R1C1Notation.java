package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.A1Range.Corner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R1C1 notation: {@code R1C1:R2C3}, whole rows {@code R2}, whole columns {@code C3}, and the relative
 * forms {@code R[1]C[-1]} and {@code RC} that only mean something next to an anchor cell.
 */
public final class R1C1Notation {
    private static final Pattern PART = Pattern.compile(
            "(?i)(R(?:([0-9]{1,9})|\\[([-+]?[0-9]{1,9})])?)?(C(?:([0-9]{1,9})|\\[([-+]?[0-9]{1,9})])?)?");
    private static final Pattern ABSOLUTE_CELL = Pattern.compile("(?i)R[0-9]+C[0-9]+");

    private R1C1Notation() {
    }

    static boolean isAbsoluteReference(String text) {
        return ABSOLUTE_CELL.matcher(text).matches();
    }

    /** Parses R1C1 text, optionally prefixed by a sheet, with relative parts resolved against the anchor. */
    public static A1Range parse(String text, int anchorRow, int anchorColumn) {
        int bang = text.lastIndexOf('!');
        String sheetName = bang < 0 ? null : unquote(text.substring(0, bang), text);
        A1Range range = tryParse(sheetName, text.substring(bang + 1), new int[] {anchorRow, anchorColumn});
        if (range == null) {
            throw new RangeParseException(text);
        }
        return range;
    }

    static A1Range tryParseAbsolute(String sheetName, String reference) {
        return tryParse(sheetName, reference, null);
    }

    private static String unquote(String prefix, String original) {
        if (!prefix.startsWith("'")) {
            if (prefix.isEmpty()) {
                throw new RangeParseException(original);
            }
            return prefix;
        }
        A1Range quoted = A1Notation.parse(prefix);
        if (!quoted.isWholeSheet()) {
            throw new RangeParseException(original);
        }
        return quoted.sheetName();
    }

    private static A1Range tryParse(String sheetName, String reference, int[] anchor) {
        String[] parts = reference.split(":", -1);
        if (parts.length > 2) {
            return null;
        }
        Corner start = corner(parts[0], anchor);
        Corner end = parts.length == 2 ? corner(parts[1], anchor) : start;
        if (start == null || end == null || (parts.length == 1 && !start.isCell())) {
            return null;
        }
        if ((start.row() == null) != (end.row() == null) || (start.column() == null) != (end.column() == null)) {
            return null;
        }
        return A1Notation.normalized(sheetName, start, end);
    }

    private static Corner corner(String part, int[] anchor) {
        Matcher m = PART.matcher(part);
        if (part.isEmpty() || !m.matches()) {
            return null;
        }
        Integer row = m.group(1) == null ? null : index(m.group(2), m.group(3), anchor, 0);
        Integer column = m.group(4) == null ? null : index(m.group(5), m.group(6), anchor, 1);
        boolean unresolved = (m.group(1) != null && row == null) || (m.group(4) != null && column == null);
        return unresolved ? null : new Corner(row, column);
    }

    private static Integer index(String absolute, String relative, int[] anchor, int axis) {
        if (absolute != null) {
            return inGrid(Integer.parseInt(absolute) - 1L, axis);
        }
        if (anchor == null) {
            return null;
        }
        return inGrid(anchor[axis] + (relative == null ? 0L : Long.parseLong(relative)), axis);
    }

    private static Integer inGrid(long index, int axis) {
        long limit = axis == 0 ? Integer.MAX_VALUE : ColumnLetters.MAX_COLUMNS;
        return index < 0 || index >= limit ? null : (int) index;
    }

    static String format(A1Range range) {
        String sheet = range.sheetName() == null ? null : SheetNames.quoteIfNeeded(range.sheetName());
        if (range.isWholeSheet()) {
            return sheet;
        }
        String cells = range.isSingleCell()
                ? corner(range.start())
                : corner(range.start()) + ":" + corner(range.end());
        return sheet == null ? cells : sheet + "!" + cells;
    }

    private static String corner(Corner corner) {
        String row = corner.row() == null ? "" : "R" + (corner.row() + 1);
        String column = corner.column() == null ? "" : "C" + (corner.column() + 1);
        return row + column;
    }
}

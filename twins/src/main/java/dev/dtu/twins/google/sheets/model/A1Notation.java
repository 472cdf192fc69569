package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.A1Range.Corner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parser and printer for A1 notation, including quoted sheet titles and open ranges. */
final class A1Notation {
    private static final Pattern CORNER = Pattern.compile("\\$?([A-Za-z]{1,3})?\\$?([0-9]{1,9})?");
    private static final Pattern CELL = Pattern.compile("[A-Za-z]{1,3}[0-9]{1,9}");

    private A1Notation() {
    }

    static boolean isCellReference(String text) {
        return CELL.matcher(text).matches() && parseCorner(text) != null;
    }

    static A1Range parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new RangeParseException(String.valueOf(text));
        }
        if (text.startsWith("'")) {
            return parseQuoted(text);
        }
        int bang = text.indexOf('!');
        if (bang >= 0) {
            return parseReference(text.substring(0, bang), text.substring(bang + 1), text);
        }
        return parseBare(text);
    }

    private static A1Range parseQuoted(String text) {
        StringBuilder title = new StringBuilder();
        int i = 1;
        while (true) {
            if (i >= text.length()) {
                throw new RangeParseException(text);
            }
            char c = text.charAt(i++);
            if (c != '\'') {
                title.append(c);
            } else if (i < text.length() && text.charAt(i) == '\'') {
                title.append('\'');
                i++;
            } else {
                break;
            }
        }
        if (title.isEmpty()) {
            throw new RangeParseException(text);
        }
        if (i == text.length()) {
            return A1Range.wholeSheet(title.toString());
        }
        if (text.charAt(i) != '!') {
            throw new RangeParseException(text);
        }
        return parseReference(title.toString(), text.substring(i + 1), text);
    }

    private static A1Range parseBare(String text) {
        A1Range reference = tryReference(null, text);
        if (reference != null) {
            return reference;
        }
        if (text.indexOf(':') >= 0 || text.indexOf('\'') >= 0 || text.isBlank()) {
            throw new RangeParseException(text);
        }
        return A1Range.wholeSheet(text);
    }

    static A1Range parseReference(String sheetName, String reference, String original) {
        if (sheetName != null && sheetName.isEmpty()) {
            throw new RangeParseException(original);
        }
        A1Range range = tryReference(sheetName, reference);
        if (range == null) {
            throw new RangeParseException(original);
        }
        return range;
    }

    private static A1Range tryReference(String sheetName, String reference) {
        A1Range a1 = tryA1(sheetName, reference);
        return a1 != null ? a1 : R1C1Notation.tryParseAbsolute(sheetName, reference);
    }

    private static A1Range tryA1(String sheetName, String reference) {
        int colon = reference.indexOf(':');
        if (colon < 0) {
            Corner cell = parseCorner(reference);
            return cell != null && cell.isCell() ? new A1Range(sheetName, cell, cell) : null;
        }
        Corner start = parseCorner(reference.substring(0, colon));
        Corner end = parseCorner(reference.substring(colon + 1));
        if (start == null || end == null || mixesRowsAndColumns(start, end)) {
            return null;
        }
        return normalized(sheetName, start, end);
    }

    // "A:1" or "1:A" name neither a block of rows nor of columns.
    private static boolean mixesRowsAndColumns(Corner start, Corner end) {
        boolean startRowOnly = start.column() == null;
        boolean startColumnOnly = start.row() == null;
        boolean endRowOnly = end.column() == null;
        boolean endColumnOnly = end.row() == null;
        return (startRowOnly && endColumnOnly) || (startColumnOnly && endRowOnly);
    }

    /** Google reads B2:A1 as A1:B2. */
    static A1Range normalized(String sheetName, Corner start, Corner end) {
        Integer[] rows = ordered(start.row(), end.row());
        Integer[] columns = ordered(start.column(), end.column());
        return new A1Range(sheetName, new Corner(rows[0], columns[0]), new Corner(rows[1], columns[1]));
    }

    private static Integer[] ordered(Integer a, Integer b) {
        if (a != null && b != null && a > b) {
            return new Integer[] {b, a};
        }
        return new Integer[] {a, b};
    }

    static Corner parseCorner(String text) {
        Matcher m = CORNER.matcher(text);
        if (text.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return null;
        }
        if (text.endsWith("$") || text.indexOf('$', 1) > 0 && dollarMisplaced(text)) {
            return null;
        }
        Integer column = m.group(1) == null ? null : ColumnLetters.toIndex(m.group(1));
        Integer row = m.group(2) == null ? null : Integer.parseInt(m.group(2)) - 1;
        return row != null && row < 0 ? null : new Corner(row, column);
    }

    // A '$' may only precede the column letters or the row digits.
    private static boolean dollarMisplaced(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == '$' && !(Character.isLetter(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
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
        String column = corner.column() == null ? "" : ColumnLetters.toLetters(corner.column());
        String row = corner.row() == null ? "" : Integer.toString(corner.row() + 1);
        return column + row;
    }
}

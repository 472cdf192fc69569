package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.ColumnLetters;
import dev.dtu.twins.google.sheets.model.formula.FormulaLexer.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the rows or the columns of one sheet change: where each old index goes. Formula references, named ranges,
 * merges, cells and row/column properties all follow the same map, so a change is written once here.
 * Implemented by {@link ReferenceShift} (insert or delete) and {@link ReferenceMove} (moveDimension).
 */
public sealed interface AxisChange permits ReferenceShift, ReferenceMove {
    /** The index of a cell whose row or column was deleted. */
    int REF = Integer.MIN_VALUE;

    /** The sheet whose rows or columns changed. */
    String sheetTitle();

    /** Rows (true) or columns. */
    boolean rows();

    /** Where one index goes, or {@link #REF} when it was deleted. */
    int movedCell(int i);

    /** Where the first index of the span [a, b] (inclusive) goes, or {@link #REF} when the whole span was deleted. */
    int movedFirst(int a, int b);

    /** Where the last index of the span [a, b] (inclusive) goes, or {@link #REF} when the whole span was deleted. */
    int movedLast(int a, int b);

    /**
     * The indexes where the map changes its offset, ascending: between two neighbours every index moves by the same
     * amount (or is deleted), so a run of rows can be moved as one piece.
     */
    int[] breaks();

    /** A span [first, end) on the changed axis moved, or null when it was wholly deleted. */
    default int[] movedSpan(int first, int end) {
        int a = movedFirst(first, end - 1);
        int b = movedLast(first, end - 1);
        return a == REF || b == REF ? null : new int[] {a, b + 1};
    }

    /** The formula ("=...") in a cell of {@code formulaSheet}, its references moved; unchanged if unparsable. */
    default String apply(String formula, String formulaSheet) {
        String source = formula.substring(1);
        try {
            StringBuilder out = new StringBuilder(source);
            var spans = FormulaLexer.spans(source);
            for (int i = spans.size() - 1; i >= 0; i--) {
                Span s = spans.get(i);
                if (s.token().kind() == Token.Kind.REFERENCE && onSheet(s.token(), formulaSheet)) {
                    String moved = moved(s.token().text());
                    int textStart = s.end() - s.token().text().length();
                    out.replace(moved == null ? s.start() : textStart, s.end(), moved == null ? "#REF!" : moved);
                }
            }
            return "=" + out;
        } catch (RuntimeException unparsable) {
            return formula;
        }
    }

    private boolean onSheet(Token reference, String formulaSheet) {
        String named = reference.reference().sheetName();
        return (named == null ? formulaSheet : named).equalsIgnoreCase(sheetTitle());
    }

    /** The reference text moved, or null when every cell it names was deleted. */
    default String moved(String reference) {
        String[] corners = reference.split(":", -1);
        Matcher first = Corners.matcher(corners[0]);
        Matcher last = Corners.matcher(corners[corners.length - 1]);
        Integer a = Corners.index(first, rows());
        Integer b = Corners.index(last, rows());
        if (a == null || b == null) {
            return reference;
        }
        boolean single = corners.length == 1;
        int newA = single ? movedCell(a) : movedFirst(a, b);
        int newB = single ? newA : movedLast(a, b);
        if (newA == REF || newB == REF) {
            return null;
        }
        if (newA > newB) { // a move can carry one corner past the other; Sheets writes ranges top-left first
            int swap = newA;
            newA = newB;
            newB = swap;
        }
        String out = Corners.corner(first, newA, rows());
        return single ? out : out + ":" + Corners.corner(last, newB, rows());
    }

    /** The corners of an A1 reference ("$B$3", "B", "3") and the index on one axis. */
    final class Corners {
        private static final Pattern CORNER = Pattern.compile("(\\$?)([A-Za-z]{0,3})(\\$?)([0-9]*)");

        private Corners() {}

        static Matcher matcher(String corner) {
            Matcher m = CORNER.matcher(corner);
            if (!m.matches()) {
                throw new IllegalArgumentException(corner);
            }
            return m;
        }

        static Integer index(Matcher m, boolean rows) {
            String part = rows ? m.group(4) : m.group(2);
            if (part.isEmpty()) {
                return null;
            }
            return rows ? Integer.parseInt(part) - 1 : ColumnLetters.toIndex(part.toUpperCase(java.util.Locale.ROOT));
        }

        static String corner(Matcher m, int index, boolean rows) {
            String column = rows ? m.group(2) : ColumnLetters.toLetters(index);
            String row = rows ? String.valueOf(index + 1) : m.group(4);
            return m.group(1) + column + m.group(3) + row;
        }
    }
}

package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.ColumnLetters;
import dev.dtu.twins.google.sheets.model.formula.FormulaLexer.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the references in a formula after rows or columns are inserted or deleted on a sheet, as Sheets
 * does: references at or after the change move; a range grows or shrinks with rows inserted or deleted inside
 * it; a reference whose cells are all deleted becomes {@code #REF!}. Absolute ($) references move too.
 *
 * @param sheetTitle the sheet whose rows or columns changed
 * @param rows       rows (true) or columns
 * @param start      the first index inserted or deleted (0-based)
 * @param delta      how many were inserted (positive) or deleted (negative)
 */
public record ReferenceShift(String sheetTitle, boolean rows, int start, int delta) {
    private static final Pattern CORNER = Pattern.compile("(\\$?)([A-Za-z]{0,3})(\\$?)([0-9]*)");
    private static final int REF = Integer.MIN_VALUE;

    /** The formula ("=...") in a cell of {@code formulaSheet}, its references moved; unchanged if unparsable. */
    public String apply(String formula, String formulaSheet) {
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
        return (named == null ? formulaSheet : named).equalsIgnoreCase(sheetTitle);
    }

    /** The reference text moved, or null when every cell it names was deleted. */
    String moved(String reference) {
        String[] corners = reference.split(":", -1);
        Matcher first = matcher(corners[0]);
        Matcher last = matcher(corners[corners.length - 1]);
        Integer a = index(first);
        Integer b = index(last);
        if (a == null || b == null) {
            return reference;
        }
        boolean single = corners.length == 1;
        int newA = single ? movedCell(a) : movedFirst(a, b);
        int newB = single ? newA : movedLast(a, b);
        if (newA == REF || newB == REF) {
            return null;
        }
        String out = corner(first, newA);
        return single ? out : out + ":" + corner(last, newB);
    }

    /** A span [first, end) on the changed axis moved, or null when it was wholly deleted. */
    public int[] movedSpan(int first, int end) {
        int a = movedFirst(first, end - 1);
        int b = movedLast(first, end - 1);
        return a == REF || b == REF ? null : new int[] {a, b + 1};
    }

    private static Matcher matcher(String corner) {
        Matcher m = CORNER.matcher(corner);
        if (!m.matches()) {
            throw new IllegalArgumentException(corner);
        }
        return m;
    }

    private Integer index(Matcher m) {
        String part = rows ? m.group(4) : m.group(2);
        if (part.isEmpty()) {
            return null;
        }
        return rows ? Integer.parseInt(part) - 1 : ColumnLetters.toIndex(part.toUpperCase(java.util.Locale.ROOT));
    }

    private String corner(Matcher m, int index) {
        String column = rows ? m.group(2) : ColumnLetters.toLetters(index);
        String row = rows ? String.valueOf(index + 1) : m.group(4);
        return m.group(1) + column + m.group(3) + row;
    }

    private int end() {
        return start - delta;
    }

    private int movedCell(int i) {
        if (delta > 0) {
            return i >= start ? i + delta : i;
        }
        return i < start ? i : i >= end() ? i + delta : REF;
    }

    private int movedFirst(int a, int b) {
        if (delta > 0) {
            return a >= start ? a + delta : a;
        }
        if (a >= start && b < end()) {
            return REF;
        }
        return a < start ? a : a >= end() ? a + delta : start;
    }

    private int movedLast(int a, int b) {
        if (delta > 0) {
            return b >= start ? b + delta : b;
        }
        return b < start ? b : b >= end() ? b + delta : start - 1;
    }
}

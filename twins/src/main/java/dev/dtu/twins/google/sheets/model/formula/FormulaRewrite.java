package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.ColumnLetters;
import dev.dtu.twins.google.sheets.model.formula.FormulaLexer.Span;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A run of row and column changes applied to one formula at once: the formula is lexed once and each reference
 * it holds is read once, moved through every change in order with {@link AxisChange#movedCell},
 * {@link AxisChange#movedFirst} and {@link AxisChange#movedLast}, and written once. The result is the formula
 * {@link AxisChange#apply} would give applied change by change, at the cost of one pass over the formula plus a few
 * comparisons per reference and change, so a batchUpdate of many insertDimension requests does not re-read every
 * formula of the spreadsheet once per request.
 */
public final class FormulaRewrite {
    private FormulaRewrite() {}

    /** The formula ("=...") in a cell of {@code formulaSheet}, moved by every change in turn. */
    public static String apply(List<AxisChange> changes, String formula, String formulaSheet) {
        if (changes.size() == 1) {
            return changes.getFirst().apply(formula, formulaSheet);
        }
        try {
            return applyAtOnce(changes, formula, formulaSheet);
        } catch (OffTheGrid e) {
            return oneByOne(changes, formula, formulaSheet);
        }
    }

    /**
     * A reference carried off the grid (a reversed range moved past row 1) no longer reads back as the same
     * reference, so for that rare formula the changes are applied one by one, as text, exactly as before.
     */
    private static final class OffTheGrid extends RuntimeException {
        OffTheGrid() {
            super(null, null, false, false);
        }
    }

    private static String oneByOne(List<AxisChange> changes, String formula, String formulaSheet) {
        String out = formula;
        for (AxisChange change : changes) {
            out = change.apply(out, formulaSheet);
        }
        return out;
    }

    private static String applyAtOnce(List<AxisChange> changes, String formula, String formulaSheet) {
        String source = formula.substring(1);
        try {
            StringBuilder out = new StringBuilder(source);
            List<Span> spans = FormulaLexer.spans(source);
            for (int i = spans.size() - 1; i >= 0; i--) {
                Span s = spans.get(i);
                if (s.token().kind() != Token.Kind.REFERENCE) {
                    continue;
                }
                String named = s.token().reference().sheetName();
                String sheet = named == null ? formulaSheet : named;
                List<AxisChange> onSheet = changes.stream().filter(c -> c.sheetTitle().equalsIgnoreCase(sheet)).toList();
                if (onSheet.isEmpty()) {
                    continue;
                }
                String moved = moved(onSheet, s.token().text());
                int textStart = s.end() - s.token().text().length();
                out.replace(moved == null ? s.start() : textStart, s.end(), moved == null ? "#REF!" : moved);
            }
            return "=" + out;
        } catch (OffTheGrid e) {
            throw e;
        } catch (RuntimeException unparsable) {
            return formula;
        }
    }

    /** The reference text after every change, or null once every cell it names is deleted. */
    private static String moved(List<AxisChange> changes, String reference) {
        String[] corners = reference.split(":", -1);
        Matcher first = AxisChange.Corners.matcher(corners[0]);
        Matcher last = AxisChange.Corners.matcher(corners[corners.length - 1]);
        boolean single = corners.length == 1;
        Integer[] rows = {AxisChange.Corners.index(first, true), AxisChange.Corners.index(last, true)};
        Integer[] columns = {AxisChange.Corners.index(first, false), AxisChange.Corners.index(last, false)};
        boolean rowsMoved = false;
        boolean columnsMoved = false;
        for (AxisChange change : changes) {
            Integer[] axis = change.rows() ? rows : columns;
            if (axis[0] == null || axis[1] == null) {
                continue;
            }
            int a = single ? change.movedCell(axis[0]) : change.movedFirst(axis[0], axis[1]);
            int b = single ? a : change.movedLast(axis[0], axis[1]);
            if (a == AxisChange.REF || b == AxisChange.REF) {
                return null;
            }
            if (a < 0 || b < 0) {
                throw new OffTheGrid();
            }
            axis[0] = Math.min(a, b); // a move can carry one corner past the other; Sheets writes ranges top-left first
            axis[1] = Math.max(a, b);
            rowsMoved |= change.rows();
            columnsMoved |= !change.rows();
        }
        String out = corner(first, rows[0], columns[0], rowsMoved, columnsMoved);
        return single ? out : out + ":" + corner(last, rows[1], columns[1], rowsMoved, columnsMoved);
    }

    private static String corner(Matcher m, Integer row, Integer column, boolean rowsMoved, boolean columnsMoved) {
        String columnText = columnsMoved && column != null ? ColumnLetters.toLetters(column) : m.group(2);
        String rowText = rowsMoved && row != null ? String.valueOf(row + 1) : m.group(4);
        return m.group(1) + columnText + m.group(3) + rowText;
    }

}

package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.ColumnLetters;
import dev.dtu.twins.google.sheets.model.formula.FormulaLexer.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            Map<String, List<AxisChange>> bySheet = new HashMap<>();
            for (int i = spans.size() - 1; i >= 0; i--) {
                Span s = spans.get(i);
                if (s.token().kind() != Token.Kind.REFERENCE) {
                    continue;
                }
                String named = s.token().reference().sheetName();
                String sheet = named == null ? formulaSheet : named;
                List<AxisChange> onSheet = bySheet.computeIfAbsent(sheet, k -> changes.stream()
                        .filter(c -> c.sheetTitle().equalsIgnoreCase(sheet)).toList());
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
        int[] rows = {index(first, true), index(last, true)};
        int[] columns = {index(first, false), index(last, false)};
        boolean rowsMoved = false;
        boolean columnsMoved = false;
        for (AxisChange change : changes) {
            int[] axis = change.rows() ? rows : columns;
            if (axis[0] == NONE || axis[1] == NONE) {
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

    /** A corner without this axis ("A" of A:A has no row). */
    private static final int NONE = Integer.MAX_VALUE;

    private static int index(Matcher corner, boolean rows) {
        Integer index = AxisChange.Corners.index(corner, rows);
        return index == null ? NONE : index;
    }

    private static String corner(Matcher m, int row, int column, boolean rowsMoved, boolean columnsMoved) {
        String columnText = columnsMoved && column != NONE ? ColumnLetters.toLetters(column) : m.group(2);
        String rowText = rowsMoved && row != NONE ? String.valueOf(row + 1) : m.group(4);
        return m.group(1) + columnText + m.group(3) + rowText;
    }

}

package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;

/**
 * Ordering used by = &lt; &gt; and lookups: numbers before text before booleans, text compared
 * case-insensitively, and an empty cell read as the other side's zero ("" , 0 or FALSE).
 */
final class Comparison {
    private Comparison() {
    }

    static int compare(CellValue left, CellValue right) {
        Coercion.requireNoError(left);
        Coercion.requireNoError(right);
        CellValue a = left instanceof CellValue.Empty ? zeroLike(right) : left;
        CellValue b = right instanceof CellValue.Empty ? zeroLike(a) : right;
        int byType = Integer.compare(rank(a), rank(b));
        return byType != 0 ? byType : sameType(a, b);
    }

    static boolean sameKind(CellValue a, CellValue b) {
        return rank(a) == rank(b);
    }

    private static CellValue zeroLike(CellValue other) {
        return switch (other) {
            case CellValue.StringValue s -> CellValue.string("");
            case CellValue.BoolValue b -> CellValue.bool(false);
            default -> CellValue.number(0);
        };
    }

    private static int rank(CellValue value) {
        return switch (value) {
            case CellValue.NumberValue n -> 0;
            case CellValue.StringValue s -> 1;
            case CellValue.BoolValue b -> 2;
            default -> 3;
        };
    }

    private static int sameType(CellValue a, CellValue b) {
        return switch (a) {
            case CellValue.NumberValue n -> Double.compare(n.value(), ((CellValue.NumberValue) b).value());
            case CellValue.StringValue s -> Integer.signum(
                    s.value().compareToIgnoreCase(((CellValue.StringValue) b).value()));
            case CellValue.BoolValue x -> Boolean.compare(x.value(), ((CellValue.BoolValue) b).value());
            default -> 0;
        };
    }
}

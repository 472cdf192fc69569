package dev.dtu.twins.google.sheets.model;

import java.util.Locale;

/** How sortRange orders cells: numbers, then text (case-insensitive), then booleans, then errors; blanks always last. */
final class SortOrder {
    private SortOrder() {}

    static int compare(StoredCell a, StoredCell b, boolean descending) {
        CellValue x = CellValueJson.toCellValue(a == null ? null : a.effectiveValue());
        CellValue y = CellValueJson.toCellValue(b == null ? null : b.effectiveValue());
        boolean xe = x instanceof CellValue.Empty;
        boolean ye = y instanceof CellValue.Empty;
        if (xe || ye) {
            return Boolean.compare(xe, ye);
        }
        int c = Integer.compare(rank(x), rank(y));
        if (c == 0) {
            c = switch (x) {
                case CellValue.NumberValue n -> Double.compare(n.value(), ((CellValue.NumberValue) y).value());
                case CellValue.StringValue s -> s.value().toLowerCase(Locale.ROOT)
                        .compareTo(((CellValue.StringValue) y).value().toLowerCase(Locale.ROOT));
                case CellValue.BoolValue bv -> Boolean.compare(bv.value(), ((CellValue.BoolValue) y).value());
                default -> 0;
            };
        }
        return descending ? -c : c;
    }

    private static int rank(CellValue v) {
        return switch (v) {
            case CellValue.NumberValue n -> 0;
            case CellValue.StringValue s -> 1;
            case CellValue.BoolValue b -> 2;
            default -> 3;
        };
    }
}

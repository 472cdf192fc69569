package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;
import dev.dtu.twins.google.sheets.model.NumberFormat;
import dev.dtu.twins.google.sheets.model.NumberFormat.Type;
import dev.dtu.twins.google.sheets.model.SheetData;
import java.util.Locale;

/**
 * The number format Google gives a formula cell the user has not formatted: TODAY() is a date, NOW()
 * a date-time, and a date plus or minus days stays a date. Null means the automatic format.
 */
final class FormatInference {
    private FormatInference() {
    }

    static NumberFormat infer(Expr expr, EvaluationContext context) {
        return switch (expr) {
            case Expr.Call c when c.function().toUpperCase(Locale.ROOT).equals("TODAY") -> NumberFormat.of(Type.DATE, "");
            case Expr.Call c when c.function().toUpperCase(Locale.ROOT).equals("NOW") -> NumberFormat.of(Type.DATE_TIME, "");
            case Expr.Binary b when b.operator().equals("+") || b.operator().equals("-") -> dateOf(b, context);
            case Expr.Reference r when r.range().isSingleCell() -> referencedFormat(r.range(), context);
            default -> null;
        };
    }

    private static NumberFormat dateOf(Expr.Binary binary, EvaluationContext context) {
        NumberFormat left = infer(binary.left(), context);
        if (left != null && left.isDateOrTime()) {
            return left;
        }
        NumberFormat right = binary.operator().equals("+") ? infer(binary.right(), context) : null;
        return right != null && right.isDateOrTime() ? right : null;
    }

    private static NumberFormat referencedFormat(A1Range range, EvaluationContext context) {
        SheetData sheet = range.sheetName() == null
                ? context.sheet()
                : context.workbook().sheet(range.sheetName()).orElse(null);
        if (sheet == null || range.start().row() >= sheet.rowCount() || range.start().column() >= sheet.columnCount()) {
            return null;
        }
        return context.reader().cellAt(sheet, range.start().row(), range.start().column()).effectiveFormat();
    }
}

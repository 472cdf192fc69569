package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;
import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.GridRange;
import dev.dtu.twins.google.sheets.model.NamedRange;
import dev.dtu.twins.google.sheets.model.SheetData;

/** Walks the syntax tree in one evaluation context. Errors travel as {@link FormulaError}. */
final class Interpreter {
    private final EvaluationContext context;

    Interpreter(EvaluationContext context) {
        this.context = context;
    }

    EvaluationContext context() {
        return context;
    }

    Operand evaluate(Expr expr) {
        return switch (expr) {
            case Expr.NumberLiteral n -> scalar(CellValue.number(n.value()));
            case Expr.TextLiteral t -> scalar(CellValue.string(t.value()));
            case Expr.BooleanLiteral b -> scalar(CellValue.bool(b.value()));
            case Expr.ErrorLiteral e -> scalar(CellValue.error(e.type(), null));
            case Expr.Blank b -> scalar(CellValue.EMPTY);
            case Expr.Reference r -> reference(r.range());
            case Expr.Name n -> namedRange(n.name());
            case Expr.Unary u -> unary(u);
            case Expr.Percent p -> number(toNumber(p.operand(), "UNARY_PERCENT", 1) / 100);
            case Expr.Binary b -> Operators.apply(b.operator(), single(evaluate(b.left())), single(evaluate(b.right())));
            case Expr.Call c -> call(c);
        };
    }

    /** One value out of an operand; a reference is reduced by implicit intersection with this cell. */
    CellValue single(Operand operand) {
        if (operand instanceof Operand.Scalar s) {
            return s.value();
        }
        Operand.Range range = (Operand.Range) operand;
        GridRange area = range.area();
        if (range.rows() == 1 && range.columns() == 1) {
            return range.get(0, 0);
        }
        if (range.columns() == 1 && area.startRowIndex() <= context.row() && context.row() < area.endRowIndex()) {
            return range.get(context.row() - area.startRowIndex(), 0);
        }
        if (range.rows() == 1 && area.startColumnIndex() <= context.column()
                && context.column() < area.endColumnIndex()) {
            return range.get(0, context.column() - area.startColumnIndex());
        }
        throw FormulaError.of(ErrorType.VALUE, "An array value could not be found.");
    }

    private Operand unary(Expr.Unary unary) {
        if (unary.operator().equals("+")) {
            return scalar(single(evaluate(unary.operand())));
        }
        return number(-toNumber(unary.operand(), "UMINUS", 1));
    }

    private double toNumber(Expr expr, String function, int parameter) {
        return Coercion.toNumber(single(evaluate(expr)), function, parameter);
    }

    private Operand reference(A1Range range) {
        SheetData sheet = range.sheetName() == null
                ? context.sheet()
                : context.workbook().sheet(range.sheetName()).orElseThrow(() -> FormulaError.of(ErrorType.REF,
                        "Unresolved sheet name '" + range.sheetName() + "'."));
        return area(sheet, range.toGridRange(sheet.sheetId()));
    }

    private Operand namedRange(String name) {
        NamedRange named = context.workbook().namedRange(name).orElseThrow(() -> FormulaError.of(ErrorType.NAME,
                "Unknown range name: '" + name + "'."));
        SheetData sheet = context.workbook().sheetById(named.range().sheetId()).orElseThrow(() -> FormulaError.of(
                ErrorType.REF, "Reference does not exist."));
        return area(sheet, named.range());
    }

    private Operand area(SheetData sheet, GridRange grid) {
        if (!grid.fitsIn(sheet.rowCount(), sheet.columnCount())) {
            throw FormulaError.of(ErrorType.REF, "Reference does not exist.");
        }
        return new Operand.Range(sheet, grid.clampTo(sheet.rowCount(), sheet.columnCount()), context.reader());
    }

    private Operand call(Expr.Call call) {
        FormulaFunction function = Functions.lookup(call.function()).orElseThrow(() -> FormulaError.of(
                ErrorType.NAME, "Unknown function: '" + call.function() + "'."));
        int given = call.arguments().size();
        if (given < function.minArguments() || given > function.maxArguments()) {
            throw FormulaError.of(ErrorType.N_A, function.arityMessage(given));
        }
        return function.body().apply(new Arguments(function.name(), call.arguments(), this));
    }

    private static Operand scalar(CellValue value) {
        return Operand.of(value);
    }

    private static Operand number(double value) {
        return Operand.of(CellValue.number(value));
    }
}

package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;
import dev.dtu.twins.google.sheets.model.CellData;
import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.ExtendedValue;
import dev.dtu.twins.google.sheets.model.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed formula. Parsing never throws: text Google cannot parse evaluates to #ERROR!
 * ("Formula parse error."). Evaluation never throws either; every failure is an error value.
 */
public final class Formula {
    static final String PARSE_ERROR = "Formula parse error.";

    private final String text;
    private final Expr expr;

    private Formula(String text, Expr expr) {
        this.text = text;
        this.expr = expr;
    }

    /** @param text the formula with or without its leading '=' */
    public static Formula parse(String text) {
        String source = text.startsWith("=") ? text.substring(1) : text;
        try {
            return new Formula(text, FormulaParser.parse(source));
        } catch (FormulaSyntaxException e) {
            return new Formula(text, null);
        }
    }

    public String text() {
        return text;
    }

    public boolean isValid() {
        return expr != null;
    }

    /** Evaluates to the effective value; a multi-cell result gives its top-left cell (no array spill). */
    public CellValue evaluate(EvaluationContext context) {
        return evaluateCell(context).effectiveValue();
    }

    /** The effective value with the number format Google infers for it (a date for =TODAY()). */
    public CellData evaluateCell(EvaluationContext context) {
        if (expr == null) {
            return result(CellValue.error(ErrorType.ERROR, PARSE_ERROR), null);
        }
        try {
            Interpreter interpreter = new Interpreter(context);
            CellValue value = topLevel(interpreter.evaluate(expr));
            return result(value, FormatInference.infer(expr, context));
        } catch (FormulaError e) {
            return result(e.error(), null);
        }
    }

    private CellData result(CellValue value, NumberFormat format) {
        return new CellData(new ExtendedValue.FormulaValue(
                text.startsWith("=") ? text : "=" + text), value, null, format);
    }

    private static CellValue topLevel(Operand operand) {
        CellValue value = switch (operand) {
            case Operand.Scalar s -> s.value();
            case Operand.Range r when r.rows() > 0 && r.columns() > 0 -> r.get(0, 0);
            case Operand.Range r -> throw FormulaError.of(ErrorType.REF, "Reference does not exist.");
        };
        if (value instanceof CellValue.NumberValue n && n.value() == 0) {
            return CellValue.number(0);
        }
        return value;
    }

    /** The cells and named ranges this formula reads, for dependency tracking. */
    public List<A1Range> references() {
        List<A1Range> references = new ArrayList<>();
        if (expr != null) {
            collect(expr, references);
        }
        return references;
    }

    private static void collect(Expr expr, List<A1Range> into) {
        switch (expr) {
            case Expr.Reference r -> into.add(r.range());
            case Expr.Name n -> into.add(A1Range.wholeSheet(n.name()));
            case Expr.Unary u -> collect(u.operand(), into);
            case Expr.Percent p -> collect(p.operand(), into);
            case Expr.Binary b -> {
                collect(b.left(), into);
                collect(b.right(), into);
            }
            case Expr.Call c -> c.arguments().forEach(a -> collect(a, into));
            default -> {
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}

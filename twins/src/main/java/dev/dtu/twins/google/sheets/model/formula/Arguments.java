package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import java.util.ArrayList;
import java.util.List;

/** The arguments of one function call, evaluated only when asked for (IF needs that). */
final class Arguments {
    /** One value fed to an aggregate; values read from references follow different rules. */
    record Item(CellValue value, boolean fromReference, int parameter) {
    }

    private final String function;
    private final List<Expr> expressions;
    private final Interpreter interpreter;

    Arguments(String function, List<Expr> expressions, Interpreter interpreter) {
        this.function = function;
        this.expressions = expressions;
        this.interpreter = interpreter;
    }

    EvaluationContext context() {
        return interpreter.context();
    }

    String function() {
        return function;
    }

    int size() {
        return expressions.size();
    }

    boolean isPresent(int index) {
        return index < size() && !(expressions.get(index) instanceof Expr.Blank);
    }

    Operand operand(int index) {
        return interpreter.evaluate(expressions.get(index));
    }

    /** The argument as one value (a reference reduced by implicit intersection), errors included. */
    CellValue value(int index) {
        return interpreter.single(operand(index));
    }

    /** The argument as one value; an error value is raised. */
    CellValue scalar(int index) {
        return Coercion.requireNoError(value(index));
    }

    double number(int index) {
        return Coercion.toNumber(value(index), function, index + 1);
    }

    String text(int index) {
        return Coercion.toText(value(index));
    }

    boolean bool(int index) {
        return Coercion.toBoolean(value(index), function, index + 1);
    }

    Operand.Range range(int index) {
        if (operand(index) instanceof Operand.Range range) {
            return range;
        }
        throw FormulaError.of(ErrorType.VALUE, "Function " + function + " parameter " + (index + 1)
                + " expects a range.");
    }

    /** Every argument flattened: references give all their cells, other arguments one value. */
    List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            Operand operand = operand(i);
            if (operand instanceof Operand.Range range) {
                for (CellValue value : range.values()) {
                    items.add(new Item(value, true, i + 1));
                }
            } else {
                items.add(new Item(((Operand.Scalar) operand).value(), false, i + 1));
            }
        }
        return items;
    }
}

package dev.dtu.twins.google.sheets.model.formula;

import static dev.dtu.twins.google.sheets.model.formula.FormulaFunction.UNLIMITED;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import java.util.ArrayList;
import java.util.List;

/** IF (which evaluates only the branch it takes), AND, OR. */
final class LogicalFunctions {
    private LogicalFunctions() {
    }

    static List<FormulaFunction> all() {
        return List.of(
                FormulaFunction.of("IF", 2, 3, LogicalFunctions::ifFunction),
                FormulaFunction.of("AND", 1, UNLIMITED, a -> bool(booleans(a).stream().allMatch(b -> b))),
                FormulaFunction.of("OR", 1, UNLIMITED, a -> bool(booleans(a).stream().anyMatch(b -> b))));
    }

    private static Operand ifFunction(Arguments arguments) {
        if (arguments.bool(0)) {
            return branch(arguments, 1);
        }
        return arguments.size() > 2 ? branch(arguments, 2) : bool(false);
    }

    private static Operand branch(Arguments arguments, int index) {
        return arguments.isPresent(index) ? arguments.operand(index) : Operand.of(CellValue.EMPTY);
    }

    // References contribute booleans and numbers only; every argument is evaluated (no short circuit).
    private static List<Boolean> booleans(Arguments arguments) {
        List<Boolean> values = new ArrayList<>();
        for (Arguments.Item item : arguments.items()) {
            CellValue value = Coercion.requireNoError(item.value());
            boolean skipped = item.fromReference()
                    ? !(value instanceof CellValue.BoolValue || value instanceof CellValue.NumberValue)
                    : value instanceof CellValue.Empty;
            if (!skipped) {
                values.add(Coercion.toBoolean(value, arguments.function(), item.parameter()));
            }
        }
        if (values.isEmpty()) {
            throw FormulaError.of(ErrorType.VALUE, arguments.function() + " has no valid input data.");
        }
        return values;
    }

    private static Operand bool(boolean value) {
        return Operand.of(CellValue.bool(value));
    }
}

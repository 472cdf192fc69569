package dev.dtu.twins.google.sheets.model.formula;

import static dev.dtu.twins.google.sheets.model.formula.FormulaFunction.UNLIMITED;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * SUM, AVERAGE, COUNT, COUNTA, MIN, MAX. Cells read through references count only when they hold
 * numbers (text and booleans are skipped); values given directly are coerced, so SUM("3", TRUE) is 4.
 */
final class AggregateFunctions {
    private AggregateFunctions() {
    }

    static List<FormulaFunction> all() {
        return List.of(
                FormulaFunction.of("SUM", 1, UNLIMITED, a -> number(numbers(a).stream().mapToDouble(d -> d).sum())),
                FormulaFunction.of("AVERAGE", 1, UNLIMITED, AggregateFunctions::average),
                FormulaFunction.of("COUNT", 1, UNLIMITED, a -> count(a, AggregateFunctions::countsAsNumber)),
                FormulaFunction.of("COUNTA", 1, UNLIMITED, a -> count(a, AggregateFunctions::countsAsValue)),
                FormulaFunction.of("MIN", 1, UNLIMITED, a -> number(numbers(a).stream().mapToDouble(d -> d).min().orElse(0))),
                FormulaFunction.of("MAX", 1, UNLIMITED, a -> number(numbers(a).stream().mapToDouble(d -> d).max().orElse(0))));
    }

    static List<Double> numbers(Arguments arguments) {
        List<Double> numbers = new ArrayList<>();
        for (Arguments.Item item : arguments.items()) {
            CellValue value = Coercion.requireNoError(item.value());
            if (value instanceof CellValue.NumberValue n) {
                numbers.add(n.value());
            } else if (!item.fromReference() && !(value instanceof CellValue.Empty)) {
                numbers.add(Coercion.toNumber(value, arguments.function(), item.parameter()));
            }
        }
        return numbers;
    }

    private static Operand average(Arguments arguments) {
        List<Double> numbers = numbers(arguments);
        if (numbers.isEmpty()) {
            throw FormulaError.of(ErrorType.DIVIDE_BY_ZERO,
                    "Evaluation of function AVERAGE caused a divide by zero error.");
        }
        return number(numbers.stream().mapToDouble(d -> d).sum() / numbers.size());
    }

    private static Operand count(Arguments arguments, Predicate<Arguments.Item> counts) {
        return number(arguments.items().stream().filter(counts).count());
    }

    private static boolean countsAsNumber(Arguments.Item item) {
        CellValue value = item.value();
        if (value instanceof CellValue.NumberValue) {
            return true;
        }
        if (item.fromReference() || value instanceof CellValue.ErrorValue || value instanceof CellValue.Empty) {
            return false;
        }
        try {
            Coercion.toNumber(value, "COUNT", item.parameter());
            return true;
        } catch (FormulaError e) {
            return false;
        }
    }

    private static boolean countsAsValue(Arguments.Item item) {
        return !item.fromReference() || !(item.value() instanceof CellValue.Empty);
    }

    static Operand number(double value) {
        return Operand.of(CellValue.number(value));
    }
}

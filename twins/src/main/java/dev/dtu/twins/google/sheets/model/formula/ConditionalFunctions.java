package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import java.util.List;
import java.util.function.Predicate;

/** COUNTIF and SUMIF; SUMIF's sum range takes the criteria range's shape from its top-left cell. */
final class ConditionalFunctions {
    private ConditionalFunctions() {
    }

    static List<FormulaFunction> all() {
        return List.of(
                FormulaFunction.of("COUNTIF", 2, 2, ConditionalFunctions::countIf),
                FormulaFunction.of("SUMIF", 2, 3, ConditionalFunctions::sumIf));
    }

    private static Operand countIf(Arguments arguments) {
        Operand.Range range = arguments.range(0);
        Predicate<CellValue> matches = Criteria.of(arguments.scalar(1));
        return AggregateFunctions.number(range.values().stream().filter(matches).count());
    }

    private static Operand sumIf(Arguments arguments) {
        Operand.Range range = arguments.range(0);
        Predicate<CellValue> matches = Criteria.of(arguments.scalar(1));
        Operand.Range sumRange = arguments.isPresent(2)
                ? arguments.range(2).resized(range.rows(), range.columns())
                : range;
        double sum = 0;
        for (int r = 0; r < Math.min(range.rows(), sumRange.rows()); r++) {
            for (int c = 0; c < Math.min(range.columns(), sumRange.columns()); c++) {
                if (matches.test(range.get(r, c)) && sumRange.get(r, c) instanceof CellValue.NumberValue n) {
                    sum += n.value();
                } else if (matches.test(range.get(r, c))) {
                    Coercion.requireNoError(sumRange.get(r, c));
                }
            }
        }
        return AggregateFunctions.number(sum);
    }
}

package dev.dtu.twins.google.sheets.model.formula;

import static dev.dtu.twins.google.sheets.model.formula.FormulaFunction.UNLIMITED;

import dev.dtu.twins.google.sheets.model.CellValue;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** CONCATENATE, LEN, UPPER, LOWER, TRIM. */
final class TextFunctions {
    private TextFunctions() {
    }

    static List<FormulaFunction> all() {
        return List.of(
                FormulaFunction.of("CONCATENATE", 1, UNLIMITED, TextFunctions::concatenate),
                FormulaFunction.of("LEN", 1, 1, a -> AggregateFunctions.number(a.text(0).codePointCount(0, a.text(0).length()))),
                FormulaFunction.of("UPPER", 1, 1, a -> mapText(a, t -> t.toUpperCase(Locale.ROOT))),
                FormulaFunction.of("LOWER", 1, 1, a -> mapText(a, t -> t.toLowerCase(Locale.ROOT))),
                // TRIM also squeezes runs of inner spaces to one.
                FormulaFunction.of("TRIM", 1, 1, a -> mapText(a, t -> t.replaceAll(" +", " ").replaceAll("^ | $", ""))));
    }

    private static Operand concatenate(Arguments arguments) {
        StringBuilder text = new StringBuilder();
        for (Arguments.Item item : arguments.items()) {
            text.append(Coercion.toText(item.value()));
        }
        return Operand.of(CellValue.string(text.toString()));
    }

    private static Operand mapText(Arguments arguments, UnaryOperator<String> mapping) {
        return Operand.of(CellValue.string(mapping.apply(arguments.text(0))));
    }
}

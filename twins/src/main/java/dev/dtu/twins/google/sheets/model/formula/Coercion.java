package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.NumberText;
import dev.dtu.twins.google.sheets.model.UserEnteredParser;

/**
 * Google's implicit conversions. Unlike Excel, the empty string counts as 0 ({@code =""+1} is 1),
 * and text that reads as a number, percentage or date converts ({@code ="3"+1} is 4).
 */
final class Coercion {
    private Coercion() {
    }

    static double toNumber(CellValue value, String function, int parameter) {
        return switch (value) {
            case CellValue.NumberValue n -> n.value();
            case CellValue.BoolValue b -> b.value() ? 1 : 0;
            case CellValue.Empty e -> 0;
            case CellValue.ErrorValue e -> throw new FormulaError(e);
            case CellValue.StringValue s -> textToNumber(s.value(), function, parameter);
        };
    }

    private static double textToNumber(String text, String function, int parameter) {
        if (text.isEmpty()) {
            return 0;
        }
        return UserEnteredParser.numberIn(text).orElseThrow(() -> FormulaError.of(ErrorType.VALUE,
                "Function " + function + " parameter " + parameter + " expects number values. But '" + text
                        + "' is a text and cannot be coerced to a number."));
    }

    static String toText(CellValue value) {
        return switch (value) {
            case CellValue.NumberValue n -> NumberText.inFormula(n.value());
            case CellValue.BoolValue b -> b.value() ? "TRUE" : "FALSE";
            case CellValue.Empty e -> "";
            case CellValue.ErrorValue e -> throw new FormulaError(e);
            case CellValue.StringValue s -> s.value();
        };
    }

    static boolean toBoolean(CellValue value, String function, int parameter) {
        return switch (value) {
            case CellValue.NumberValue n -> n.value() != 0;
            case CellValue.BoolValue b -> b.value();
            case CellValue.Empty e -> false;
            case CellValue.ErrorValue e -> throw new FormulaError(e);
            case CellValue.StringValue s -> textToBoolean(s.value(), function, parameter);
        };
    }

    private static boolean textToBoolean(String text, String function, int parameter) {
        if (text.equalsIgnoreCase("TRUE") || text.equalsIgnoreCase("FALSE")) {
            return text.equalsIgnoreCase("TRUE");
        }
        throw FormulaError.of(ErrorType.VALUE, "Function " + function + " parameter " + parameter
                + " expects boolean values. But '" + text + "' is a text and cannot be coerced to a boolean.");
    }

    static CellValue requireNoError(CellValue value) {
        if (value instanceof CellValue.ErrorValue e) {
            throw new FormulaError(e);
        }
        return value;
    }
}

package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;

/** The binary operators, named in error messages as Google names them (ADD, DIVIDE, ...). */
final class Operators {
    private Operators() {
    }

    static Operand apply(String operator, CellValue left, CellValue right) {
        return Operand.of(switch (operator) {
            case "+" -> arithmetic("ADD", left, right);
            case "-" -> arithmetic("MINUS", left, right);
            case "*" -> arithmetic("MULTIPLY", left, right);
            case "/" -> arithmetic("DIVIDE", left, right);
            case "^" -> arithmetic("POW", left, right);
            case "&" -> CellValue.string(Coercion.toText(left) + Coercion.toText(right));
            default -> CellValue.bool(comparison(operator, Comparison.compare(left, right)));
        });
    }

    private static CellValue arithmetic(String function, CellValue left, CellValue right) {
        double a = Coercion.toNumber(left, function, 1);
        double b = Coercion.toNumber(right, function, 2);
        double result = switch (function) {
            case "ADD" -> a + b;
            case "MINUS" -> a - b;
            case "MULTIPLY" -> a * b;
            case "DIVIDE" -> divide(a, b);
            default -> power(a, b);
        };
        if (!Double.isFinite(result)) {
            throw FormulaError.of(ErrorType.NUM, function + " evaluates to an out of range value.");
        }
        return CellValue.number(result);
    }

    private static double divide(double a, double b) {
        if (b == 0) {
            throw FormulaError.of(ErrorType.DIVIDE_BY_ZERO, "Function DIVIDE parameter 2 cannot be zero.");
        }
        return a / b;
    }

    private static double power(double base, double exponent) {
        if (base == 0 && exponent < 0) {
            throw FormulaError.of(ErrorType.DIVIDE_BY_ZERO, "Function POW parameter 1 cannot be zero.");
        }
        return Math.pow(base, exponent);
    }

    private static boolean comparison(String operator, int c) {
        return switch (operator) {
            case "=" -> c == 0;
            case "<>" -> c != 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }
}

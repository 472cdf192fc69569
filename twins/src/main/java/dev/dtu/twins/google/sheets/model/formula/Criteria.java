package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.UserEnteredParser;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * COUNTIF/SUMIF criteria: a plain value, or text such as ">5", "&lt;&gt;x", "=a", with wildcards
 * * and ? (~ escapes them). Text matches ignore case; "" matches blank cells, "&lt;&gt;" non-blank.
 */
final class Criteria {
    private static final List<String> OPERATORS = List.of(">=", "<=", "<>", ">", "<", "=");

    private Criteria() {
    }

    static Predicate<CellValue> of(CellValue criterion) {
        return switch (criterion) {
            case CellValue.StringValue s -> ofText(s.value());
            case CellValue.Empty e -> Criteria::isBlank;
            case CellValue.ErrorValue e -> v -> v instanceof CellValue.ErrorValue x && x.type() == e.type();
            default -> v -> v.equals(criterion);
        };
    }

    private static Predicate<CellValue> ofText(String criterion) {
        String operator = OPERATORS.stream().filter(criterion::startsWith).findFirst().orElse("");
        String operand = criterion.substring(operator.length());
        Optional<Double> number = operand.isBlank() ? Optional.empty() : UserEnteredParser.numberIn(operand);
        if (number.isPresent()) {
            return compared(operator, CellValue.number(number.get()));
        }
        if (operand.equalsIgnoreCase("TRUE") || operand.equalsIgnoreCase("FALSE")) {
            return compared(operator, CellValue.bool(operand.equalsIgnoreCase("TRUE")));
        }
        return switch (operator) {
            case "", "=" -> operand.isEmpty() ? Criteria::isBlank : wildcard(operand);
            case "<>" -> operand.isEmpty() ? v -> !isBlank(v) : wildcard(operand).negate();
            default -> compared(operator, CellValue.string(operand));
        };
    }

    /** Only values of the operand's kind take part, except that "&lt;&gt;" accepts every other kind. */
    private static Predicate<CellValue> compared(String operator, CellValue operand) {
        return value -> {
            if (value instanceof CellValue.ErrorValue || value instanceof CellValue.Empty
                    || !Comparison.sameKind(value, operand)) {
                return operator.equals("<>");
            }
            int c = Comparison.compare(value, operand);
            return switch (operator) {
                case ">=" -> c >= 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                case "<>" -> c != 0;
                default -> c == 0;
            };
        };
    }

    private static Predicate<CellValue> wildcard(String pattern) {
        Pattern regex = Pattern.compile(toRegex(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        return value -> value instanceof CellValue.StringValue s && regex.matcher(s.value()).matches();
    }

    static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '~' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static boolean isBlank(CellValue value) {
        return value instanceof CellValue.Empty || value instanceof CellValue.StringValue s && s.value().isEmpty();
    }
}

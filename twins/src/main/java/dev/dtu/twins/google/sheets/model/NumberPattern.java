package dev.dtu.twins.google.sheets.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheets number format patterns such as {@code #,##0.00}, {@code 0%}, {@code "$"#,##0.00} and
 * {@code 0.00E+00}; sections {@code positive;negative;zero} are honoured.
 */
final class NumberPattern {
    private final StringBuilder prefix = new StringBuilder();
    private final StringBuilder suffix = new StringBuilder();
    private int minIntegerDigits;
    private int minDecimals;
    private int maxDecimals;
    private boolean decimalPoint;
    private boolean grouping;
    private boolean percent;
    private int exponentDigits = -1;

    private NumberPattern(String section) {
        scan(section);
    }

    static String format(double value, String pattern) {
        List<String> sections = sections(pattern);
        if (value < 0 && sections.size() > 1) {
            return new NumberPattern(sections.get(1)).apply(-value);
        }
        if (value == 0 && sections.size() > 2) {
            return new NumberPattern(sections.get(2)).apply(0);
        }
        String text = new NumberPattern(sections.get(0)).apply(Math.abs(value));
        return value < 0 && text.matches(".*[1-9].*") ? "-" + text : text;
    }

    private static List<String> sections(String pattern) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '"';
            if (c == ';' && !quoted) {
                sections.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        sections.add(current.toString());
        return sections;
    }

    private void scan(String section) {
        boolean inNumber = false;
        boolean afterNumber = false;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int close = section.indexOf('"', i + 1);
                close = close < 0 ? section.length() : close;
                literal(section.substring(i + 1, close), inNumber || afterNumber);
                i = close;
            } else if (c == '\\' && i + 1 < section.length()) {
                literal(String.valueOf(section.charAt(++i)), inNumber || afterNumber);
            } else if (!afterNumber && (c == '0' || c == '#' || c == '?' || c == '.' || (inNumber && c == ','))) {
                inNumber = true;
                placeholder(c);
            } else if (inNumber && (c == 'E' || c == 'e') && i + 1 < section.length()
                    && (section.charAt(i + 1) == '+' || section.charAt(i + 1) == '-')) {
                exponentDigits = countZeros(section, i + 2);
                i += 1 + exponentDigits;
                afterNumber = true;
            } else {
                percent |= c == '%';
                afterNumber |= inNumber;
                literal(c == '@' ? "" : String.valueOf(c), afterNumber);
            }
        }
    }

    private static int countZeros(String section, int from) {
        int n = 0;
        while (from + n < section.length() && section.charAt(from + n) == '0') {
            n++;
        }
        return n;
    }

    private void placeholder(char c) {
        if (c == '.') {
            decimalPoint = true;
        } else if (c == ',') {
            grouping = true;
        } else if (decimalPoint) {
            maxDecimals++;
            minDecimals += c == '0' ? 1 : 0;
        } else {
            minIntegerDigits += c == '0' ? 1 : 0;
        }
    }

    private void literal(String text, boolean afterNumber) {
        (afterNumber ? suffix : prefix).append(text);
    }

    private String apply(double value) {
        double scaled = percent ? value * 100 : value;
        if (exponentDigits >= 0) {
            return prefix + scientific(scaled) + suffix;
        }
        return prefix + digits(new BigDecimal(Double.toString(scaled))) + suffix;
    }

    private String scientific(double value) {
        int exponent = value == 0 ? 0 : (int) Math.floor(Math.log10(value));
        BigDecimal mantissa = new BigDecimal(Double.toString(value)).movePointLeft(exponent);
        if (mantissa.setScale(maxDecimals, RoundingMode.HALF_UP).compareTo(BigDecimal.TEN) >= 0) {
            mantissa = mantissa.movePointLeft(1);
            exponent++;
        }
        String sign = exponent < 0 ? "-" : "+";
        String digits = String.valueOf(Math.abs(exponent));
        return digits(mantissa) + "E" + sign + "0".repeat(Math.max(0, exponentDigits - digits.length())) + digits;
    }

    private String digits(BigDecimal value) {
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        String[] parts = rounded.toPlainString().split("\\.");
        String integer = integerPart(parts[0]);
        String fraction = parts.length > 1 ? trimFraction(parts[1]) : "";
        return decimalPoint ? integer + "." + fraction : integer;
    }

    private String integerPart(String digits) {
        String integer = digits.equals("0") && minIntegerDigits == 0 ? "" : digits;
        integer = "0".repeat(Math.max(0, minIntegerDigits - integer.length())) + integer;
        return grouping ? group(integer) : integer;
    }

    private static String group(String integer) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped.toString();
    }

    private String trimFraction(String fraction) {
        int end = fraction.length();
        while (end > minDecimals && fraction.charAt(end - 1) == '0') {
            end--;
        }
        return fraction.substring(0, end);
    }
}

package dev.dtu.twins.google.sheets.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How Google writes numbers that have no number format. */
public final class NumberText {
    private static final MathContext SIGNIFICANT = new MathContext(15, RoundingMode.HALF_UP);

    private NumberText() {
    }

    /** The cell display of an unformatted number: no trailing ".0", no grouping, ten decimals at most. */
    public static String automatic(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= 1e15 || abs < 1e-9) {
            return scientific(value, 5);
        }
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).setScale(10, RoundingMode.HALF_UP);
        return plain(rounded);
    }

    /** A number turned into text by a formula ({@code =1/3&""}): fifteen significant digits. */
    public static String inFormula(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= 1e21 || abs < 1e-9) {
            return scientific(value, 14);
        }
        return plain(new BigDecimal(value).round(SIGNIFICANT));
    }

    static String scientific(double value, int maxDecimals) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        BigDecimal mantissa = new BigDecimal(value).movePointLeft(exponent)
                .setScale(maxDecimals, RoundingMode.HALF_UP);
        if (mantissa.abs().compareTo(BigDecimal.TEN) >= 0) {
            mantissa = mantissa.movePointLeft(1).setScale(maxDecimals, RoundingMode.HALF_UP);
            exponent++;
        }
        String sign = exponent < 0 ? "-" : "+";
        return plain(mantissa) + "E" + sign + String.format("%02d", Math.abs(exponent));
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}

package dev.dtu.twins.google.sheets.model;

/** The text a cell displays: its effective value under its number format (en_US). */
public final class ValueFormatter {
    private ValueFormatter() {
    }

    public static String format(CellValue value, NumberFormat format) {
        return switch (value) {
            case CellValue.Empty e -> "";
            case CellValue.StringValue s -> s.value();
            case CellValue.BoolValue b -> b.value() ? "TRUE" : "FALSE";
            case CellValue.ErrorValue e -> e.display();
            case CellValue.NumberValue n -> formatNumber(n.value(), format);
        };
    }

    public static String formatNumber(double value, NumberFormat format) {
        if (format == null || format.type() == NumberFormat.Type.TEXT) {
            return NumberText.automatic(value);
        }
        if (format.isDateOrTime()) {
            return DatePattern.format(value, format.effectivePattern());
        }
        return NumberPattern.format(value, format.effectivePattern());
    }
}

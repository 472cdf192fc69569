package dev.dtu.twins.google.sheets.model;

/**
 * Renders a cell for values.get: FORMATTED_VALUE gives display text, UNFORMATTED_VALUE raw values,
 * FORMULA the formula text for formula cells. The result is a String, Boolean, Long or Double, ready
 * for JSON; Google writes whole numbers without ".0".
 */
public final class ValueRenderer {
    private ValueRenderer() {
    }

    public static Object render(CellData cell, ValueRenderOption valueOption, DateTimeRenderOption dateOption) {
        if (valueOption == ValueRenderOption.FORMULA && cell.userEnteredValue() instanceof ExtendedValue.FormulaValue f) {
            return f.formula();
        }
        if (valueOption == ValueRenderOption.FORMATTED_VALUE) {
            return ValueFormatter.format(cell.effectiveValue(), cell.effectiveFormat());
        }
        return unformatted(cell, dateOption == null ? DateTimeRenderOption.SERIAL_NUMBER : dateOption);
    }

    private static Object unformatted(CellData cell, DateTimeRenderOption dateOption) {
        return switch (cell.effectiveValue()) {
            case CellValue.Empty e -> "";
            case CellValue.StringValue s -> s.value();
            case CellValue.BoolValue b -> b.value();
            case CellValue.ErrorValue e -> e.display();
            case CellValue.NumberValue n -> number(n.value(), cell.effectiveFormat(), dateOption);
        };
    }

    private static Object number(double value, NumberFormat format, DateTimeRenderOption dateOption) {
        if (format != null && format.isDateOrTime() && dateOption == DateTimeRenderOption.FORMATTED_STRING) {
            return ValueFormatter.formatNumber(value, format);
        }
        return jsonNumber(value);
    }

    public static Number jsonNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return value;
    }
}

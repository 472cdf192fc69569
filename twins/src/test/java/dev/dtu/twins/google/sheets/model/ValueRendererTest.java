package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.twins.google.sheets.model.NumberFormat.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueRendererTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3|3", "0.5|0.5", "-2.25|-2.25", "1234567|1234567", "0.333333333333333|0.3333333333",
            "0.30000000000000004|0.3", "1.0E15|1E+15", "123456789012345|123456789012345", "1.0E-10|1E-10"})
    void automaticNumbersAsGoogleShowsThem(double value, String expected) {
        assertEquals(expected, ValueFormatter.format(CellValue.number(value), null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.12|PERCENT|0%|12%", "0.125|PERCENT|0.00%|12.50%", "1234.5|NUMBER|#,##0.00|1,234.50",
            "-1234.5|CURRENCY|\"$\"#,##0.00|-$1,234.50", "1234567.891|NUMBER|#,##0|1,234,568",
            "46053|DATE|M/d/yyyy|1/31/2026", "46053|DATE||1/31/2026", "46053|DATE|yyyy-mm-dd|2026-01-31",
            "46053.4166666667|DATE_TIME|M/d/yyyy H:mm:ss|1/31/2026 10:00:00",
            "46053.75|DATE_TIME|dddd, mmmm d, yyyy h:mm am/pm|Saturday, January 31, 2026 6:00 pm",
            "0.5|TIME||12:00:00 PM", "12345.678|SCIENTIFIC|0.00E+00|1.23E+04", "-5|NUMBER|0;(0)|(5)"})
    void numberFormatPatterns(double value, Type type, String pattern, String expected) {
        assertEquals(expected, ValueFormatter.format(CellValue.number(value), NumberFormat.of(type, pattern)));
    }

    @Test
    void otherValueKinds() {
        assertEquals("TRUE", ValueFormatter.format(CellValue.bool(true), null));
        assertEquals("#DIV/0!", ValueFormatter.format(CellValue.error(ErrorType.DIVIDE_BY_ZERO, "x"), null));
        assertEquals("", ValueFormatter.format(CellValue.EMPTY, null));
    }

    @Test
    void renderOptions() {
        NumberFormat date = NumberFormat.of(Type.DATE, "M/d/yyyy");
        CellData formula = new CellData(ExtendedValue.formula("=A1+1"), CellValue.number(46053), null, date);
        assertEquals("1/31/2026", ValueRenderer.render(formula, ValueRenderOption.FORMATTED_VALUE, null));
        assertEquals(46053L, ValueRenderer.render(formula, ValueRenderOption.UNFORMATTED_VALUE, DateTimeRenderOption.SERIAL_NUMBER));
        assertEquals("1/31/2026", ValueRenderer.render(formula, ValueRenderOption.UNFORMATTED_VALUE,
                DateTimeRenderOption.FORMATTED_STRING));
        assertEquals("=A1+1", ValueRenderer.render(formula, ValueRenderOption.FORMULA, null));

        CellData half = CellData.literal(CellValue.number(0.5), null);
        assertEquals(0.5, ValueRenderer.render(half, ValueRenderOption.FORMULA, null));
        assertEquals(true, ValueRenderer.render(CellData.literal(CellValue.bool(true), null),
                ValueRenderOption.UNFORMATTED_VALUE, null));
        assertEquals("TRUE", ValueRenderer.render(CellData.literal(CellValue.bool(true), null),
                ValueRenderOption.FORMATTED_VALUE, null));
    }
}

package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.twins.google.sheets.model.NumberFormat.Type;
import org.junit.jupiter.api.Test;

class UserEnteredParserTest {

    private static EnteredValue entered(String input) {
        return UserEnteredParser.parse(input, ValueInputOption.USER_ENTERED);
    }

    @Test
    void numbersWithAndWithoutGrouping() {
        assertEquals(CellValue.number(123), entered("123").value());
        assertEquals(CellValue.number(1234.5), entered("1,234.5").value());
        assertEquals(CellValue.number(-0.5), entered("-.5").value());
        assertEquals(CellValue.number(1500), entered("1.5e3").value());
        assertEquals(CellValue.string("12,34"), entered("12,34").value());
    }

    @Test
    void percentagesBecomeFractionsWithAPercentFormat() {
        assertEquals(new EnteredValue(CellValue.number(0.12), NumberFormat.of(Type.PERCENT, "0%")), entered("12%"));
        assertEquals(NumberFormat.of(Type.PERCENT, "0.00%"), entered("12.5%").format());
    }

    @Test
    void currencyKeepsACurrencyFormat() {
        assertEquals(new EnteredValue(CellValue.number(1234.5), NumberFormat.of(Type.CURRENCY, "\"$\"#,##0.00")),
                entered("$1,234.50"));
    }

    @Test
    void booleansIgnoreCase() {
        assertEquals(CellValue.bool(true), entered("TRUE").value());
        assertEquals(CellValue.bool(false), entered("false").value());
    }

    @Test
    void datesBecomeSerialNumbers() {
        assertEquals(new EnteredValue(CellValue.number(46053), NumberFormat.of(Type.DATE, "yyyy-mm-dd")),
                entered("2026-01-31"));
        assertEquals(new EnteredValue(CellValue.number(46053), NumberFormat.of(Type.DATE, "M/d/yyyy")),
                entered("1/31/2026"));
        EnteredValue dateTime = entered("2026-01-31 10:00:00");
        assertEquals(CellValue.number(46053 + 10 / 24.0), dateTime.value());
        assertEquals(Type.DATE_TIME, dateTime.format().type());
        assertEquals(CellValue.string("2/30/2026"), entered("2/30/2026").value());
        assertEquals(CellValue.number(1), entered("1899-12-31").value());
    }

    @Test
    void apostropheForcesTextAndEqualsMakesAFormula() {
        assertEquals(CellValue.string("123"), entered("'123").value());
        assertEquals(ExtendedValue.formula("=SUM(A1:A3)"), entered("=SUM(A1:A3)").value());
        assertEquals(CellValue.string("hello world"), entered("hello world").value());
        assertEquals(CellValue.EMPTY, entered("").value());
    }

    @Test
    void rawKeepsEverythingAsText() {
        for (String input : new String[] {"123", "=1+2", "TRUE", "12%", "1/31/2026", "'x"}) {
            assertEquals(EnteredValue.of(CellValue.string(input)), UserEnteredParser.parse(input, ValueInputOption.RAW));
        }
    }
}

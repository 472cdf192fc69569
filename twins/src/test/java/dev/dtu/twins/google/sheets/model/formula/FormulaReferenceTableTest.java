package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * (formula, expected value) pairs written from Google Sheets' behaviour, evaluated against
 * {@link SheetFixture}. Numbers are expected as doubles, text as strings, errors as their display text.
 */
class FormulaReferenceTableTest {
    private static final SheetFixture FIXTURE = new SheetFixture();

    static Stream<Arguments> table() {
        return Stream.of(
                // arithmetic, precedence and coercion
                row("=1+2", 3), row("=2*3-4/2", 4), row("=-2^2", 4), row("=2^3^2", 64), row("=50%", 0.5),
                row("=A1 + A2 * 2", 5), row("=(1+2)*3", 9), row("=+A1", 1), row("=10%*A3", 0.3),
                row("=\"3\"+1", 4), row("=TRUE+1", 2), row("=\"\"+1", 1), row("=A6+1", 1), row("=A7*2", 10),
                row("=\"1/31/2026\"+0", 46053), row("=\"12%\"*100", 12),
                row("=\"abc\"+1", "#VALUE!"), row("=1/0", "#DIV/0!"), row("=1/F1", "#DIV/0!"), row("=0^-1", "#DIV/0!"),
                row("=10^400", "#NUM!"), row("=A4*2", "#VALUE!"), row("=#N/A+1", "#N/A"),
                // text
                row("=\"a\"&1&TRUE", "a1TRUE"), row("=1/3&\"\"", "0.333333333333333"), row("=A6&\"x\"", "x"),
                row("=CONCATENATE(\"a\", 1, TRUE)", "a1TRUE"), row("=CONCATENATE(A1:A3)", "123"),
                row("=LEN(\"hello\")", 5), row("=LEN(A6)", 0), row("=UPPER(\"abc\")", "ABC"), row("=lower(\"AbC\")", "abc"),
                row("=TRIM(\"  a   b  \")", "a b"),
                // comparison
                row("=1=1", true), row("=\"a\"=\"A\"", true), row("=1<\"a\"", true), row("=\"a\"<TRUE", true),
                row("=A6=0", true), row("=A6=\"\"", true), row("=2<>2", false), row("=3>=3", true), row("=\"b\">\"a\"", true),
                // aggregates: references skip text and booleans, direct arguments are coerced
                row("=SUM(A1:A7)", 6), row("=SUM(A1:A3, 4, \"5\", TRUE)", 16), row("=sum(a1:a3)", 6), row("=SUM(A:A)", 6),
                row("=SUM(1:1)", 12), row("=SUM(\"x\")", "#VALUE!"), row("=SUM(A1, A4)", 1),
                row("=AVERAGE(A1:A4)", 2), row("=AVERAGE(B1:B3)", "#DIV/0!"), row("=COUNT(A1:A7)", 3),
                row("=COUNT(1, \"2\", \"x\")", 2), row("=COUNTA(A1:A7)", 6), row("=MIN(C1:C4)", 10),
                row("=MAX(C1:C4, 45)", 45), row("=MAX(B1:B3)", 0), row("=SUM(Prices)", 100),
                // conditional aggregates
                row("=COUNTIF(C1:C4, \">15\")", 3), row("=COUNTIF(B1:B4, \"a*\")", 2), row("=COUNTIF(B1:B4, \"<>banana\")", 3),
                row("=COUNTIF(B1:B4, \"=APPLE\")", 1), row("=COUNTIF(B1:B4, \"?????\")", 1), row("=COUNTIF(A1:A7, 2)", 1),
                row("=COUNTIF(A1:A7, \"\")", 1), row("=COUNTIF(A1:A7, TRUE)", 1), row("=COUNTIF(C1:C4, \"<>20\")", 3),
                row("=SUMIF(C1:C4, \">=20\")", 90), row("=SUMIF(B1:B4, \"a*\", C1:C4)", 50), row("=SUMIF(B1:B4, \"a*\", C1)", 50),
                // logic
                row("=IF(A1>0, \"pos\", \"neg\")", "pos"), row("=IF(FALSE, 1)", false), row("=IF(TRUE, 1, 1/0)", 1),
                row("=IF(\"abc\", 1, 2)", "#VALUE!"), row("=IF(A6, 1, 2)", 2), row("=AND(TRUE, 1, A1)", true),
                row("=AND(TRUE, 0)", false), row("=OR(FALSE, A5)", true), row("=AND(B1:B3)", "#VALUE!"),
                row("=OR(FALSE, 1/0)", "#DIV/0!"),
                // lookup
                row("=VLOOKUP(5, D1:E3, 2, FALSE)", "five"), row("=VLOOKUP(7, D1:E3, 2)", "five"),
                row("=VLOOKUP(7, D1:E3, 2, FALSE)", "#N/A"), row("=VLOOKUP(0, D1:E3, 2, TRUE)", "#N/A"),
                row("=VLOOKUP(99, D1:E3, 2, TRUE)", "ten"), row("=VLOOKUP(5, D1:E3, 3, FALSE)", "#REF!"),
                row("=VLOOKUP(5, D1:E3, 0, FALSE)", "#VALUE!"), row("=VLOOKUP(\"FIVE\", E1:E3, 1, FALSE)", "five"),
                // rounding and clock
                row("=ROUND(2.5)", 3), row("=ROUND(-2.5)", -3), row("=ROUND(2.675, 2)", 2.68), row("=ROUND(1234, -2)", 1200),
                row("=TODAY()", 46053), row("=NOW()", 46053.5), row("=TODAY()+1", 46054),
                // references and errors
                row("='My Sheet'!A1*2", 200), row("='my sheet'!B1", "x"), row("=Sheet1!C2", 20), row("=A4", "abc"),
                row("=FOO(1)", "#NAME?"), row("=NoSuchName", "#NAME?"), row("=Nope!A1", "#REF!"), row("=A2000", "#REF!"),
                row("='My Sheet'!F1", "#REF!"), row("=SUM()", "#N/A"), row("=LEN(1,2)", "#N/A"), row("=1+", "#ERROR!"),
                row("=SUM(1", "#ERROR!"), row("=\"abc", "#ERROR!"), row("=1 2", "#ERROR!"), row("=", "#ERROR!"),
                row("=#REF!", "#REF!"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("table")
    void evaluatesLikeGoogleSheets(String formula, Object expected) {
        CellValue actual = FIXTURE.evaluate(formula);
        switch (expected) {
            case Double d -> assertEquals(d, ((CellValue.NumberValue) assertInstanceOf(CellValue.NumberValue.class, actual)).value(), 1e-9);
            case Boolean b -> assertEquals(CellValue.bool(b), actual);
            case String s when ErrorType.fromDisplay(s) != null ->
                    assertEquals(ErrorType.fromDisplay(s), assertInstanceOf(CellValue.ErrorValue.class, actual).type(), actual::toString);
            default -> assertEquals(CellValue.string((String) expected), actual);
        }
    }

    private static Arguments row(String formula, Object expected) {
        Object normalized = expected instanceof Number n ? (Object) n.doubleValue() : expected;
        return Arguments.of(formula, normalized);
    }
}

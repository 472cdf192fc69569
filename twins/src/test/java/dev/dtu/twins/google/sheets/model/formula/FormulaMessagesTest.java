package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error tooltips Google shows, which the API returns as ErrorValue.message. */
class FormulaMessagesTest {
    private static final SheetFixture FIXTURE = new SheetFixture();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "=1/0|DIVIDE_BY_ZERO|Function DIVIDE parameter 2 cannot be zero.",
            "=FOO(1)|NAME|Unknown function: 'FOO'.",
            "=NoSuchName|NAME|Unknown range name: 'NoSuchName'.",
            "=1+|ERROR|Formula parse error.",
            "=\"abc\"+1|VALUE|Function ADD parameter 1 expects number values. But 'abc' is a text and cannot be coerced to a number.",
            "=SUM()|N_A|Wrong number of arguments to SUM. Expected at least 1 arguments, but got 0 arguments.",
            "=IF(1)|N_A|Wrong number of arguments to IF. Expected between 2 and 3 arguments, but got 1 arguments.",
            "=LEN(1,2)|N_A|Wrong number of arguments to LEN. Expected 1 arguments, but got 2 arguments.",
            "=Nope!A1|REF|Unresolved sheet name 'Nope'.",
            "=VLOOKUP(7, D1:E3, 2, FALSE)|N_A|Did not find value '7' in VLOOKUP evaluation.",
            "=AVERAGE(B1:B3)|DIVIDE_BY_ZERO|Evaluation of function AVERAGE caused a divide by zero error."})
    void errorValuesCarryGooglesMessage(String formula, ErrorType type, String message) {
        assertEquals(CellValue.error(type, message), FIXTURE.evaluate(formula));
    }
}

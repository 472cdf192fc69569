package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dtu.twins.google.sheets.model.CellAddress;
import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.InMemoryWorkbook;
import dev.dtu.twins.google.sheets.model.InMemorySheet;
import dev.dtu.twins.google.sheets.model.ValueInputOption;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FormulaPropertiesTest {
    private static final SheetFixture FIXTURE = new SheetFixture();

    @Property(tries = 1000)
    void arbitraryTextNeverThrows(@ForAll String text) {
        assertEvaluatesSafely("=" + text);
    }

    @Property(tries = 2000)
    void formulaLikeTextNeverThrows(@ForAll("formulaLike") String text) {
        assertEvaluatesSafely(text);
    }

    private static void assertEvaluatesSafely(String text) {
        Formula formula = Formula.parse(text);
        CellValue value = FIXTURE.evaluate(text);
        assertNotNull(value);
        assertEquals(value, FIXTURE.evaluate(text), "evaluation is deterministic");
        if (!formula.isValid()) {
            assertEquals(CellValue.error(ErrorType.ERROR, "Formula parse error."), value);
        }
    }

    @Property(tries = 200)
    void sumAndCountOfAColumnMatchItsNumbers(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = -1000, max = 1000) Integer> numbers) {
        InMemoryWorkbook workbook = new InMemoryWorkbook();
        InMemorySheet sheet = workbook.addSheet(0, "Sheet1", 100, 3);
        for (int i = 0; i < numbers.size(); i++) {
            workbook.enter(new CellAddress(0, i, 0), numbers.get(i).toString(), ValueInputOption.USER_ENTERED);
        }
        EvaluationContext context = EvaluationContext.at(workbook, sheet, 0, 2, SheetFixture.CLOCK);
        int sum = numbers.stream().mapToInt(Integer::intValue).sum();
        assertEquals(CellValue.number(sum), Formula.parse("=SUM(A:A)").evaluate(context));
        assertEquals(CellValue.number(numbers.size()), Formula.parse("=COUNT(A1:A" + numbers.size() + ")").evaluate(context));
        assertEquals(CellValue.number(numbers.stream().mapToInt(Integer::intValue).max().orElseThrow()),
                Formula.parse("=MAX(A:A)").evaluate(context));
    }

    @Provide
    Arbitrary<String> formulaLike() {
        Arbitrary<String> pieces = Arbitraries.of("SUM(", "IF(", "VLOOKUP(", "COUNTIF(", "ROUND(", "A1", "A1:B3", "A:A",
                "1:2", "'My Sheet'!", "Sheet1!", "Prices", ":", ")", "(", ",", "+", "-", "*", "/", "^", "&", "=",
                "<>", "<=", "%", "1", "0", "2.5", "1e3", "\"x\"", "\"", "'", "#N/A", "#DIV/0!", "#", "TRUE", "$", "!",
                " ", "{", ";", "ZZZZ9", "R1C1", "A0");
        return pieces.list().ofMaxSize(14).map(list -> "=" + String.join("", list));
    }
}

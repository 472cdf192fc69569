package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.twins.google.sheets.model.CellData;
import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.NumberFormat;
import dev.dtu.twins.google.sheets.model.ValueRenderOption;
import dev.dtu.twins.google.sheets.model.ValueRenderer;
import org.junit.jupiter.api.Test;

class RecalculatorTest {

    @Test
    void chainsRecalculateAfterAChange() {
        SheetFixture f = new SheetFixture();
        f.enter("H3", "=H2*10");
        f.enter("H2", "=H1+1");
        f.enter("H1", "=SUM(A1:A3)");
        f.recalculate();
        assertEquals(CellValue.number(70), f.value("H3"));

        f.enter("A1", "11");
        f.recalculate();
        assertEquals(CellValue.number(16), f.value("H1"));
        assertEquals(CellValue.number(170), f.value("H3"));
    }

    @Test
    void formulasReadOtherSheetsAndNamedRanges() {
        SheetFixture f = new SheetFixture();
        f.enter("'My Sheet'!C1", "=SUM(Prices)+Sheet1!H1");
        f.enter("H1", "=5");
        f.recalculate();
        assertEquals(CellValue.number(105), f.value("'My Sheet'!C1"));

        f.enter("C4", "=C3*2");
        f.recalculate();
        assertEquals(CellValue.number(125), f.value("'My Sheet'!C1"));
    }

    @Test
    void cyclesGetRefWithGooglesNote() {
        SheetFixture f = new SheetFixture();
        f.enter("H1", "=H2+1");
        f.enter("H2", "=H1+1");
        f.enter("H3", "=H3");
        f.enter("H4", "=1+1");
        f.recalculate();
        CellValue circular = CellValue.error(ErrorType.REF, Recalculator.CIRCULAR);
        assertEquals(circular, f.value("H1"));
        assertEquals(circular, f.value("H2"));
        assertEquals(circular, f.value("H3"));
        assertEquals(CellValue.number(2), f.value("H4"));

        f.enter("H2", "7");
        f.recalculate();
        assertEquals(CellValue.number(8), f.value("H1"));
    }

    @Test
    void openRangesDependOnEveryFormulaInThem() {
        SheetFixture f = new SheetFixture();
        f.enter("J1", "=SUM(K:K)");
        f.enter("K5", "=2*3");
        f.enter("K9", "=K5+1");
        f.recalculate();
        assertEquals(CellValue.number(13), f.value("J1"));
    }

    @Test
    void todayGetsADateFormatAndKeepsTheFormula() {
        SheetFixture f = new SheetFixture();
        f.enter("H1", "=TODAY()");
        f.enter("H2", "=H1+1");
        f.enter("H3", "2026-02-01");
        f.enter("H4", "=H3");
        f.recalculate();
        CellData today = f.sheet1.cell(0, 7);
        assertEquals(NumberFormat.Type.DATE, today.effectiveFormat().type());
        assertEquals("1/31/2026", ValueRenderer.render(today, ValueRenderOption.FORMATTED_VALUE, null));
        assertEquals("=TODAY()", ValueRenderer.render(today, ValueRenderOption.FORMULA, null));
        assertEquals("2/1/2026", ValueRenderer.render(f.sheet1.cell(1, 7), ValueRenderOption.FORMATTED_VALUE, null));
        assertEquals("2026-02-01", ValueRenderer.render(f.sheet1.cell(3, 7), ValueRenderOption.FORMATTED_VALUE, null));
    }

    @Test
    void parseErrorsAreStoredAsErrorValues() {
        SheetFixture f = new SheetFixture();
        f.enter("H1", "=SUM(1,");
        f.enter("H2", "=H1");
        f.recalculate();
        assertEquals(CellValue.error(ErrorType.ERROR, "Formula parse error."), f.value("H1"));
        assertEquals("#ERROR!", ValueRenderer.render(f.sheet1.cell(1, 7), ValueRenderOption.UNFORMATTED_VALUE, null));
    }
}

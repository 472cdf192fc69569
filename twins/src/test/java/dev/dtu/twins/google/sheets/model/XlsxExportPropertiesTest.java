package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Drive's XLSX and CSV exports of random sheets, read back with Apache POI, hold the sheet's values. */
class XlsxExportPropertiesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    record Entry(int row, int column, String input) {}

    @Provide
    Arbitrary<List<Entry>> sheets() {
        Arbitrary<String> cell = Combinators.combine(Arbitraries.strings().withChars("ABCD").ofLength(1),
                Arbitraries.integers().between(1, 8)).as((c, r) -> c + r);
        Arbitrary<String> input = Arbitraries.oneOf(
                Arbitraries.integers().between(-999, 999).map(String::valueOf),
                Arbitraries.doubles().between(-1000, 1000).ofScale(2).map(String::valueOf),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', '"', ',').ofMinLength(1).ofMaxLength(8)
                        .filter(s -> !s.isBlank() && !s.strip().equals("e")),
                Arbitraries.of("TRUE", "FALSE"),
                Combinators.combine(cell, cell).as((a, b) -> "=SUM(" + a + ":" + b + ")"),
                cell.map(a -> "=LEN(" + a + ")"));
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 3), input)
                .as(Entry::new).list().ofMaxSize(20);
    }

    private static Spreadsheet book(List<Entry> entries) {
        SpreadsheetEditor book = SpreadsheetEditor.open(SpreadsheetEditor.blank("x", "Export"));
        for (Entry e : entries) {
            SpreadsheetEditor.enter(book.sheetWithId(0), e.row(), e.column(), new TextNode(e.input()),
                    ValueInputOption.USER_ENTERED);
        }
        return book.freeze(CLOCK);
    }

    @Property(tries = 60)
    void everyValueOfTheSheetIsInTheXlsx(@ForAll("sheets") List<Entry> entries) throws Exception {
        Spreadsheet s = book(entries);
        byte[] xlsx = XlsxExport.of(SpreadsheetEditor.open(s));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Sheet1", read.getSheetName(0));
            var sheet = read.getSheetAt(0);
            EditSheet expected = SpreadsheetEditor.open(s).sheetWithId(0);
            int cells = 0;
            for (var row : sheet) {
                for (Cell c : row) {
                    CellData data = expected.cell(c.getRowIndex(), c.getColumnIndex());
                    CellValue want = data.effectiveValue() instanceof CellValue.ErrorValue e
                            ? new CellValue.StringValue(e.display()) : data.effectiveValue();
                    assertEquals(want, value(c), c.getAddress().formatAsString());
                    if (data.isFormula() && c.getCellType() == CellType.FORMULA) {
                        assertEquals(((ExtendedValue.FormulaValue) data.userEnteredValue()).formula(),
                                "=" + c.getCellFormula());
                    }
                    cells++;
                }
            }
            assertEquals(expected.cells().values().stream().filter(d -> !(d.effectiveValue() instanceof CellValue.Empty)
                    || d.isFormula()).count(), cells);
        }
    }

    private static CellValue value(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> new CellValue.NumberValue(c.getNumericCellValue());
            case BOOLEAN -> new CellValue.BoolValue(c.getBooleanCellValue());
            case STRING -> new CellValue.StringValue(c.getStringCellValue());
            case ERROR -> new CellValue.StringValue(org.apache.poi.ss.usermodel.FormulaError
                    .forInt(c.getErrorCellValue()).getString());
            default -> CellValue.EMPTY;
        };
    }

    @Property(tries = 30)
    void theCsvExportIsTheFirstSheetsFormattedValues(@ForAll("sheets") List<Entry> entries) {
        Spreadsheet s = book(entries);
        var state = dev.dtu.server.state.State.EMPTY;
        state = state.with(Spreadsheets.SPREADSHEETS, "x", s);
        String csv = new String(new SpreadsheetContent().export(state, "x", "text/csv").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        var rows = Csv.parse(csv, ",");
        SpreadsheetEditor book = SpreadsheetEditor.open(s);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                CellData d = book.sheetWithId(0).cell(r, c);
                String shown = d.effectiveValue() instanceof CellValue.Empty ? ""
                        : ValueFormatter.format(d.effectiveValue(), d.effectiveFormat());
                assertEquals(shown, rows.get(r).get(c).asText(), "row " + r + " column " + c);
            }
        }
    }
}

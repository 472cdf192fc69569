package dev.dtu.twins.google.sheets.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet as Drive's XLSX export, written with Apache POI: every sheet in order, each cell's formula where
 * Excel reads it (else only its value) with the computed value cached beside it, number formats, merges and frozen
 * rows and columns. Colours, borders, charts and the other stored objects are left out.
 */
final class XlsxExport {
    private XlsxExport() {}

    static byte[] of(SpreadsheetEditor book) {
        try (XSSFWorkbook xlsx = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<String, CellStyle> styles = new HashMap<>();
            for (EditSheet sheet : book.sheets()) {
                XSSFSheet target = xlsx.createSheet(sheet.title());
                sheet.cells().forEach((address, cell) -> write(xlsx, target, address, cell, styles));
                sheet.merges().forEach(m -> {
                    if (m.startRowIndex() != null && m.endRowIndex() != null && m.startColumnIndex() != null
                            && m.endColumnIndex() != null && (m.endRowIndex() - m.startRowIndex() > 1
                            || m.endColumnIndex() - m.startColumnIndex() > 1)) {
                        target.addMergedRegion(new CellRangeAddress(m.startRowIndex(), m.endRowIndex() - 1,
                                m.startColumnIndex(), m.endColumnIndex() - 1));
                    }
                });
                SheetProperties p = sheet.properties();
                if (p.frozenRowCount() > 0 || p.frozenColumnCount() > 0) {
                    target.createFreezePane(p.frozenColumnCount(), p.frozenRowCount());
                }
                if (p.hidden()) {
                    xlsx.setSheetHidden(xlsx.getSheetIndex(target), true);
                }
            }
            xlsx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An error Excel knows is an error cell; Sheets' own (#ERROR!) is kept as its text. */
    private static void error(XSSFCell cell, String display) {
        if (java.util.Arrays.stream(FormulaError.values())
                .anyMatch(f -> f.getString().equals(display))) {
            cell.setCellErrorValue(FormulaError.forString(display));
        } else {
            cell.setCellValue(display);
        }
    }

    private static void write(XSSFWorkbook xlsx, XSSFSheet sheet, CellAddress address, CellData data,
                              Map<String, CellStyle> styles) {
        if (data.effectiveValue() instanceof CellValue.Empty && !data.isFormula()) {
            return;
        }
        XSSFRow row = sheet.getRow(address.row()) != null ? sheet.getRow(address.row()) : sheet.createRow(address.row());
        XSSFCell cell = row.createCell(address.column());
        if (data.userEnteredValue() instanceof ExtendedValue.FormulaValue f) {
            try {
                cell.setCellFormula(f.formula().substring(1));
            } catch (FormulaParseException | IllegalStateException e) {
                // a formula Excel does not read (a Sheets-only function): only its value goes into the file
            }
        }
        switch (data.effectiveValue()) {
            case CellValue.NumberValue n -> cell.setCellValue(n.value());
            case CellValue.StringValue s -> cell.setCellValue(s.value());
            case CellValue.BoolValue b -> cell.setCellValue(b.value());
            case CellValue.ErrorValue e -> error(cell, e.display());
            case CellValue.Empty e -> { }
        }
        NumberFormat format = data.effectiveFormat();
        if (format != null && data.effectiveValue() instanceof CellValue.NumberValue) {
            String pattern = format.effectivePattern();
            cell.setCellStyle(styles.computeIfAbsent(pattern, p -> {
                CellStyle style = xlsx.createCellStyle();
                style.setDataFormat(xlsx.createDataFormat().getFormat(p));
                return style;
            }));
        }
    }
}

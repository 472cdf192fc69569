package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.Range;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.TextStyle;
import com.google.api.services.docs.v1.model.UpdateTextStyleRequest;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** files.export of Sheets to XLSX and PDF and of Docs to DOCX and PDF, read back with Apache POI and PDFBox. */
class DriveExportTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static GoogleWorld world;
    static Drive drive;
    static Sheets sheets;
    static Docs docs;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        drive = world.drive("ada");
        sheets = world.sheets("ada");
        docs = world.docs("ada");
    }

    private static byte[] export(String id, String mimeType) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        drive.files().export(id, mimeType).executeMediaAndDownloadTo(out);
        return out.toByteArray();
    }

    private static String newSheet() throws Exception {
        String id = sheets.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("Quarter"))).execute().getSpreadsheetId();
        sheets.spreadsheets().values().update(id, "Sheet1!A1", new ValueRange().setValues(List.of(
                        List.of("Region", "Sales", "Won"), List.of("North", "1200.5", "TRUE"), List.of("South", "800", "FALSE"),
                        List.of("Total", "=SUM(B2:B3)", "=COUNTIF(C2:C3,TRUE)"))))
                .setValueInputOption("USER_ENTERED").execute();
        return id;
    }

    @Test
    void aSpreadsheetExportsAsAnXlsxWorkbookWithFormulasAndValues() throws Exception {
        String id = newSheet();
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(export(id, XLSX)))) {
            var sheet = xlsx.getSheet("Sheet1");
            DataFormatter text = new DataFormatter();
            assertEquals("Region", text.formatCellValue(sheet.getRow(0).getCell(0)));
            assertEquals(1200.5, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertTrue(sheet.getRow(1).getCell(2).getBooleanCellValue());
            assertEquals("SUM(B2:B3)", sheet.getRow(3).getCell(1).getCellFormula());
            assertEquals(2000.5, sheet.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(1, sheet.getRow(3).getCell(2).getNumericCellValue());
        }
        File meta = drive.files().get(id).setFields("exportLinks").execute();
        assertTrue(meta.getExportLinks().containsKey(XLSX));
        assertTrue(meta.getExportLinks().containsKey("application/pdf"));
    }

    @Test
    void aSpreadsheetExportsAsAPdfOfItsFormattedValues() throws Exception {
        String id = newSheet();
        byte[] pdf = export(id, "application/pdf");
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (var read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            for (String value : List.of("Region", "North", "1200.5", "TRUE", "South", "Total", "2000.5")) {
                assertTrue(text.contains(value), value + " in " + text);
            }
        }
    }

    @Test
    void aDocumentExportsAsDocxAndPdfWithItsText() throws Exception {
        String id = docs.documents().create(new com.google.api.services.docs.v1.model.Document().setTitle("Memo"))
                .execute().getDocumentId();
        String body = "Launch plan\nShip the twin on Monday, then tell every team.\nCafé and naïve stay readable.";
        docs.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(List.of(
                new Request().setInsertText(new InsertTextRequest().setText(body).setLocation(new Location().setIndex(1))),
                new Request().setUpdateTextStyle(new UpdateTextStyleRequest().setFields("bold")
                        .setTextStyle(new TextStyle().setBold(true))
                        .setRange(new Range().setStartIndex(1).setEndIndex(7)))))).execute();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(export(id, DOCX)))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(List.of(body.split("\n")), paragraphs);
            assertTrue(docx.getParagraphs().get(0).getRuns().get(0).isBold());
            assertEquals("Launch", docx.getParagraphs().get(0).getRuns().get(0).text());
        }
        try (var read = Loader.loadPDF(export(id, "application/pdf"))) {
            String text = new PDFTextStripper().getText(read).replace("\r\n", "\n");
            assertEquals(body + "\n", text.strip().isEmpty() ? "" : text.stripTrailing() + "\n");
        }
        assertEquals(400, GoogleWorld.error(() -> drive.files().export(id, "application/x-unknown").executeMedia())
                .getStatusCode());
    }
}

package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.EditorContent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Spreadsheets as Drive sees them: created, imported from CSV, copied, exported as CSV/TSV, searched. */
public final class SpreadsheetContent implements EditorContent {
    private static final Clock SEED_CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    @Override
    public String mimeType() {
        return DriveFile.SPREADSHEET;
    }

    @Override
    public void create(Tx tx, String id, String title, String sourceMediaType, byte[] source) {
        Spreadsheet blank = SpreadsheetEditor.blank(id, title);
        if (source == null || source.length == 0) {
            tx.put(Spreadsheets.SPREADSHEETS, id, blank);
            return;
        }
        String separator = "text/tab-separated-values".equals(sourceMediaType) ? "\t" : ",";
        List<List<JsonNode>> rows = Csv.parse(new String(source, StandardCharsets.UTF_8), separator);
        SpreadsheetEditor book = SpreadsheetEditor.open(blank);
        EditSheet sheet = book.sheets().get(0);
        book.ensureRows(sheet, rows.size());
        book.ensureColumns(sheet, rows.stream().mapToInt(List::size).max().orElse(0));
        book.write(GridRange.wholeSheet(sheet.sheetId()), rows, true, ValueInputOption.USER_ENTERED, "");
        tx.put(Spreadsheets.SPREADSHEETS, id, book.freeze(SEED_CLOCK));
    }

    @Override
    public void rename(Tx tx, String id, String title) {
        tx.get(Spreadsheets.SPREADSHEETS, id).ifPresent(s -> tx.put(Spreadsheets.SPREADSHEETS, id, s.withTitle(title)));
    }

    @Override
    public void copy(Tx tx, String fromId, String toId, String newTitle) {
        tx.get(Spreadsheets.SPREADSHEETS, fromId)
                .ifPresent(s -> tx.put(Spreadsheets.SPREADSHEETS, toId, s.withId(toId).withTitle(newTitle)));
    }

    @Override
    public void delete(Tx tx, String id) {
        tx.remove(Spreadsheets.SPREADSHEETS, id);
    }

    @Override
    public List<String> exportFormats() {
        return List.of(XLSX, PDF, "text/csv", "text/tab-separated-values");
    }

    @Override
    public List<String> importFormats() {
        return List.of("text/csv", "text/tab-separated-values");
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    /**
     * CSV and TSV: the first sheet's formatted values (Drive exports only the first sheet as CSV); XLSX: the whole
     * workbook ({@link XlsxExport}); PDF: every visible sheet's formatted values, a row a line.
     */
    @Override
    public Optional<byte[]> export(State state, String id, String exportMimeType) {
        if (exportMimeType.equals(XLSX)) {
            return state.get(Spreadsheets.SPREADSHEETS, id).map(s -> XlsxExport.of(SpreadsheetEditor.open(s)));
        }
        if (exportMimeType.equals(PDF)) {
            return state.get(Spreadsheets.SPREADSHEETS, id).map(s -> pdf(SpreadsheetEditor.open(s)));
        }
        String separator = switch (exportMimeType) {
            case "text/csv" -> ",";
            case "text/tab-separated-values" -> "\t";
            default -> null;
        };
        if (separator == null) {
            return Optional.empty();
        }
        return state.get(Spreadsheets.SPREADSHEETS, id).map(s -> {
            SpreadsheetEditor book = SpreadsheetEditor.open(s);
            EditSheet sheet = book.sheets().get(0);
            ValueRangeData data = ValueReader.read(book, GridRange.wholeSheet(sheet.sheetId()), true,
                    ValueRenderOption.FORMATTED_VALUE, DateTimeRenderOption.FORMATTED_STRING);
            return Csv.format(data.values(), separator).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static byte[] pdf(SpreadsheetEditor book) {
        List<List<String>> lines = new ArrayList<>();
        for (EditSheet sheet : book.sheets()) {
            if (sheet.properties().hidden()) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add(List.of());
            }
            ValueReader.read(book, GridRange.wholeSheet(sheet.sheetId()), true, ValueRenderOption.FORMATTED_VALUE,
                    DateTimeRenderOption.FORMATTED_STRING).values()
                    .forEach(row -> lines.add(row.stream().map(String::valueOf).toList()));
        }
        return dev.dtu.twins.google.drive.model.PdfText.of(book.title, lines, 90);
    }

    @Override
    public String fullText(State state, String id) {
        return state.get(Spreadsheets.SPREADSHEETS, id).map(s -> {
            StringBuilder text = new StringBuilder();
            s.sheets().forEach(sheet -> sheet.cells().values().forEach(c -> {
                if (c.effectiveValue() != null) {
                    text.append(ValueFormatter.format(CellValueJson.toCellValue(c.effectiveValue()),
                            c.effectiveNumberFormat())).append('\n');
                }
            }));
            return text.toString();
        }).orElse("");
    }

    /** The seed's spreadsheet: {@code sheets: [{title, rowCount, columnCount, rows: [[...]]}]}, entered as typed. */
    public void seed(Tx tx, String id, String title, JsonNode spec, String path) {
        SpreadsheetEditor book = SpreadsheetEditor.open(new Spreadsheet(id, title, SpreadsheetEditor.DEFAULT_LOCALE,
                SpreadsheetEditor.DEFAULT_TIME_ZONE, List.of(), List.of(), List.of()));
        JsonNode sheets = spec.path("sheets");
        if (sheets.isEmpty()) {
            book = SpreadsheetEditor.open(SpreadsheetEditor.blank(id, title));
        }
        for (int i = 0; i < sheets.size(); i++) {
            JsonNode s = sheets.get(i);
            JsonNode rows = s.path("rows");
            int width = 0;
            for (JsonNode r : rows) {
                width = Math.max(width, r.size());
            }
            SheetProperties p = new SheetProperties(i == 0 ? 0 : Math.abs((id + ":" + i).hashCode() % 2_000_000_000),
                    s.path("title").asText("Sheet" + (i + 1)), i, Math.max(s.path("rowCount").asInt(1000), rows.size()),
                    Math.max(s.path("columnCount").asInt(26), width), s.path("frozenRowCount").asInt(0), 0, false, false);
            if (book.sheet(p.title()).isPresent()) {
                throw new SeedException(path + ".sheets[" + i + "].title", "duplicate sheet title '" + p.title() + "'");
            }
            book.sheets().add(new EditSheet(p));
            List<List<JsonNode>> values = new ArrayList<>();
            rows.forEach(r -> {
                List<JsonNode> line = new ArrayList<>();
                r.forEach(v -> line.add(v.isTextual() ? TextNode.valueOf(v.asText()) : v));
                values.add(line);
            });
            book.write(GridRange.wholeSheet(p.sheetId()), values, true, ValueInputOption.USER_ENTERED, "");
        }
        tx.put(Spreadsheets.SPREADSHEETS, id, book.freeze(SEED_CLOCK));
    }
}

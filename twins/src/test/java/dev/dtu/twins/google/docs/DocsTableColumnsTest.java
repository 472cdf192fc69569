package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentResponse;
import com.google.api.services.docs.v1.model.DeleteContentRangeRequest;
import com.google.api.services.docs.v1.model.DeleteTableColumnRequest;
import com.google.api.services.docs.v1.model.DeleteTableRowRequest;
import com.google.api.services.docs.v1.model.Dimension;
import com.google.api.services.docs.v1.model.Document;
import com.google.api.services.docs.v1.model.InsertTableColumnRequest;
import com.google.api.services.docs.v1.model.InsertTableRequest;
import com.google.api.services.docs.v1.model.InsertTableRowRequest;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.MergeTableCellsRequest;
import com.google.api.services.docs.v1.model.Range;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.StructuralElement;
import com.google.api.services.docs.v1.model.Table;
import com.google.api.services.docs.v1.model.TableCell;
import com.google.api.services.docs.v1.model.TableCellLocation;
import com.google.api.services.docs.v1.model.TableCellStyle;
import com.google.api.services.docs.v1.model.TableColumnProperties;
import com.google.api.services.docs.v1.model.TableRange;
import com.google.api.services.docs.v1.model.UnmergeTableCellsRequest;
import com.google.api.services.docs.v1.model.UpdateTableColumnPropertiesRequest;
import com.google.api.services.docs.v1.model.WriteControl;
import dev.dtu.twins.google.GoogleWorld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * insertTableColumn, deleteTableColumn, mergeTableCells, unmergeTableCells and updateTableColumnProperties
 * through the official Docs client, with Google's index offsets: every cell is a cell start and its paragraphs.
 */
class DocsTableColumnsTest {
    private static final int S = 2;

    static GoogleWorld world;
    static Docs ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.docs("ada");
    }

    private static BatchUpdateDocumentResponse update(String id, Request... requests) throws Exception {
        return ada.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(List.of(requests))).execute();
    }

    private static String message(String id, Request... requests) {
        GoogleJsonResponseException e = GoogleWorld.error(() -> update(id, requests));
        assertEquals(400, e.getStatusCode());
        return e.getDetails().getMessage();
    }

    private static Request insert(int index, String text) {
        return new Request().setInsertText(new InsertTextRequest().setText(text).setLocation(new Location().setIndex(index)));
    }

    private static TableCellLocation cell(int row, int column) {
        return new TableCellLocation().setTableStartLocation(new Location().setIndex(S)).setRowIndex(row)
                .setColumnIndex(column);
    }

    private static Request insertColumn(int row, int column, boolean right) {
        return new Request().setInsertTableColumn(new InsertTableColumnRequest().setTableCellLocation(cell(row, column))
                .setInsertRight(right));
    }

    private static Request deleteColumn(int row, int column) {
        return new Request().setDeleteTableColumn(new DeleteTableColumnRequest().setTableCellLocation(cell(row, column)));
    }

    private static TableRange range(int row, int column, int rowSpan, int columnSpan) {
        return new TableRange().setTableCellLocation(cell(row, column)).setRowSpan(rowSpan).setColumnSpan(columnSpan);
    }

    private static Request merge(int row, int column, int rowSpan, int columnSpan) {
        return new Request().setMergeTableCells(new MergeTableCellsRequest().setTableRange(range(row, column, rowSpan,
                columnSpan)));
    }

    private static Request columnWidth(List<Integer> columns, double points) {
        return new Request().setUpdateTableColumnProperties(new UpdateTableColumnPropertiesRequest()
                .setTableStartLocation(new Location().setIndex(S)).setColumnIndices(columns).setFields("widthType,width")
                .setTableColumnProperties(new TableColumnProperties().setWidthType("FIXED_WIDTH")
                        .setWidth(new Dimension().setMagnitude(points).setUnit("PT"))));
    }

    /** A document whose body is a rows×columns table at index 2 (cell texts row by row, "" for none), then "After". */
    private static String document(int rows, int columns, String... texts) throws Exception {
        String id = ada.documents().create(new Document().setTitle("Report")).execute().getDocumentId();
        List<Request> requests = new ArrayList<>();
        requests.add(new Request().setInsertTable(new InsertTableRequest().setRows(rows).setColumns(columns)
                .setLocation(new Location().setIndex(1))));
        requests.add(insert(S + 2 + rows * (1 + 2 * columns), "After"));
        for (int i = Math.min(texts.length, rows * columns) - 1; i >= 0; i--) {
            if (!texts[i].isEmpty()) {
                requests.add(insert(S + 1 + i / columns * (1 + 2 * columns) + 1 + 2 * (i % columns) + 1, texts[i]));
            }
        }
        ada.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(requests)).execute();
        return id;
    }

    private static Document get(String id) throws Exception {
        return ada.documents().get(id).execute();
    }

    private static StructuralElement tableElement(Document d) {
        return d.getBody().getContent().get(2);
    }

    private static Table table(String id) throws Exception {
        return tableElement(get(id)).getTable();
    }

    private static TableCell at(Table t, int row, int column) {
        return t.getTableRows().get(row).getTableCells().get(column);
    }

    private static String text(TableCell cell) {
        StringBuilder out = new StringBuilder();
        cell.getContent().forEach(e -> e.getParagraph().getElements().forEach(p -> out.append(p.getTextRun().getContent())));
        return out.toString();
    }

    private static List<String> rowTexts(Table t, int row) {
        return t.getTableRows().get(row).getTableCells().stream().map(DocsTableColumnsTest::text).toList();
    }

    @Test
    void aNewColumnIsAnEmptyCellInEveryRowAndEveryLaterIndexMoves() throws Exception {
        String id = document(2, 2, "A1", "B1", "A2", "B2");
        assertEquals(22, tableElement(get(id)).getEndIndex());

        update(id, insertColumn(0, 0, true));
        Document d = get(id);
        Table t = tableElement(d).getTable();
        assertEquals(3, t.getColumns());
        assertEquals(List.of("A1\n", "\n", "B1\n"), rowTexts(t, 0));
        assertEquals(List.of("A2\n", "\n", "B2\n"), rowTexts(t, 1));
        assertEquals(8, at(t, 0, 1).getStartIndex(), "the new cell starts where column 1 did");
        assertEquals(10, at(t, 0, 1).getEndIndex(), "a cell start and an empty paragraph");
        assertEquals(9, at(t, 0, 1).getContent().get(0).getStartIndex());
        assertEquals(11, at(t, 0, 2).getContent().get(0).getStartIndex(), "B1 moved by 2");
        assertEquals(14, t.getTableRows().get(1).getStartIndex());
        assertEquals(19, at(t, 1, 1).getStartIndex(), "the second row moved by 2 before its own new cell");
        assertEquals(26, tableElement(d).getEndIndex(), "two units per row");
        assertEquals(26, d.getBody().getContent().get(3).getStartIndex());
        assertEquals(3, t.getTableStyle().getTableColumnProperties().size());
        assertEquals("EVENLY_DISTRIBUTED", t.getTableStyle().getTableColumnProperties().get(1).getWidthType());

        update(id, insertColumn(1, 0, false));
        t = table(id);
        assertEquals(4, t.getColumns());
        assertEquals(List.of("\n", "A1\n", "\n", "B1\n"), rowTexts(t, 0));
        assertEquals(30, tableElement(get(id)).getEndIndex());
    }

    @Test
    void deletingTheInsertedColumnGivesBackTheSameDocument() throws Exception {
        String id = document(3, 2, "A1", "B1", "", "B2\nmore", "A3");
        Document before = get(id);
        BatchUpdateDocumentResponse r = update(id, insertColumn(2, 1, true), insert(5, "x"));
        assertNotEquals(before.getRevisionId(), r.getWriteControl().getRequiredRevisionId());
        update(id, new Request().setDeleteContentRange(new DeleteContentRangeRequest().setRange(new Range()
                .setStartIndex(5).setEndIndex(6))), deleteColumn(0, 2));
        Document after = get(id);
        assertEquals(before.getBody(), after.getBody());

        update(id, deleteColumn(1, 1));
        Table t = table(id);
        assertEquals(1, t.getColumns());
        assertEquals(List.of("A1\n"), rowTexts(t, 0));
        assertEquals(1, t.getTableStyle().getTableColumnProperties().size());
        update(id, deleteColumn(0, 0));
        List<StructuralElement> content = get(id).getBody().getContent();
        assertEquals(3, content.size(), "deleting the last column deletes the table");
        assertEquals("After\n", content.get(2).getParagraph().getElements().get(0).getTextRun().getContent());
    }

    @Test
    void mergingMovesTheTextIntoTheHeadAndKeepsTheCoveredCells() throws Exception {
        String id = document(3, 3, "A1", "B1", "", "A2");
        assertEquals(31, tableElement(get(id)).getEndIndex());
        update(id, merge(0, 0, 2, 2));
        Document d = get(id);
        Table t = tableElement(d).getTable();
        assertEquals(3, t.getRows());
        assertEquals(3, t.getColumns());
        t.getTableRows().forEach(row -> assertEquals(3, row.getTableCells().size(), "covered cells stay in their rows"));
        TableCell head = at(t, 0, 0);
        assertEquals("A1\nB1\nA2\n", text(head));
        assertEquals(3, head.getContent().size());
        assertEquals(2, head.getTableCellStyle().getRowSpan());
        assertEquals(2, head.getTableCellStyle().getColumnSpan());
        for (TableCell covered : List.of(at(t, 0, 1), at(t, 1, 0), at(t, 1, 1))) {
            assertEquals("\n", text(covered));
            assertNull(covered.getTableCellStyle().getRowSpan(), "a covered cell's spans are 0, left out");
            assertNull(covered.getTableCellStyle().getColumnSpan());
        }
        assertEquals(1, at(t, 0, 2).getTableCellStyle().getColumnSpan());
        assertEquals(33, tableElement(d).getEndIndex(), "B1 and A2 moved into the head, each leaving an empty paragraph");
        assertEquals(14, at(t, 0, 1).getStartIndex(), "after the table start, row start, head start and 9 head units");

        update(id, new Request().setUnmergeTableCells(new UnmergeTableCellsRequest().setTableRange(range(1, 1, 1, 1))));
        t = table(id);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                TableCellStyle style = at(t, r, c).getTableCellStyle();
                assertEquals(1, style.getRowSpan());
                assertEquals(1, style.getColumnSpan());
            }
        }
        assertEquals("A1\nB1\nA2\n", text(at(t, 0, 0)), "the text stays in the head cell");
        assertEquals("\n", text(at(t, 0, 1)));
    }

    @Test
    void mergeRangesFollowGooglesRules() throws Exception {
        String id = document(3, 3, "A1");
        update(id, merge(0, 0, 2, 2));
        String revision = get(id).getRevisionId();
        assertEquals("Invalid requests[1].mergeTableCells: Invalid table range. The cells to merge must form a "
                + "rectangle, and the range partly covers a merged cell.", message(id, insert(5, "lost"), merge(1, 1, 2, 2)));
        Document unchanged = get(id);
        assertEquals(revision, unchanged.getRevisionId(), "a batch with an invalid request changes nothing");
        assertEquals("A1\n", text(at(tableElement(unchanged).getTable(), 0, 0)));
        assertEquals("Invalid requests[0].mergeTableCells: Invalid table range. The range must be within the bounds "
                + "of the table.", message(id, merge(1, 1, 3, 1)));
        assertEquals("Invalid requests[0].mergeTableCells: Invalid table range. The row span and column span must be "
                + "at least 1.", message(id, merge(0, 2, 0, 1)));
        assertEquals("Invalid requests[0].mergeTableCells: Invalid table cell location. The row index 3 is out of "
                + "bounds.", message(id, merge(3, 0, 1, 1)));

        update(id, merge(0, 0, 3, 3));
        Table t = table(id);
        assertEquals(3, at(t, 0, 0).getTableCellStyle().getRowSpan(), "a range holding a whole merged cell merges");
        assertNull(at(t, 2, 2).getTableCellStyle().getRowSpan());
    }

    @Test
    void columnsComeAndGoAroundMergedCells() throws Exception {
        String id = document(3, 3, "A1", "", "C1");
        update(id, merge(0, 0, 2, 2));
        update(id, insertColumn(1, 1, true));
        Table t = table(id);
        assertEquals(4, t.getColumns());
        assertEquals(2, at(t, 0, 0).getTableCellStyle().getColumnSpan(), "a covered reference cell stands for its merged cell");
        assertEquals(List.of("A1\n", "\n", "\n", "C1\n"), rowTexts(t, 0));
        assertEquals(1, at(t, 0, 2).getTableCellStyle().getRowSpan(), "the new column is right of the merged cell");

        update(id, insertColumn(2, 0, true));
        t = table(id);
        assertEquals(5, t.getColumns());
        assertEquals(3, at(t, 0, 0).getTableCellStyle().getColumnSpan(), "a column inside a merged cell widens it");
        assertNull(at(t, 1, 1).getTableCellStyle().getRowSpan());
        assertEquals(1, at(t, 2, 1).getTableCellStyle().getRowSpan());

        update(id, deleteColumn(1, 2));
        t = table(id);
        assertEquals(2, t.getColumns(), "deleting a merged cell's column deletes every column it spans");
        assertEquals(List.of("\n", "C1\n"), rowTexts(t, 0));
        t.getTableRows().forEach(row -> row.getTableCells().forEach(c -> assertEquals(1, c.getTableCellStyle().getRowSpan())));
    }

    @Test
    void rowsComeAndGoAroundMergedCells() throws Exception {
        String id = document(3, 3, "A1");
        update(id, merge(0, 0, 2, 2));
        update(id, new Request().setInsertTableRow(new InsertTableRowRequest().setTableCellLocation(cell(0, 0))
                .setInsertBelow(true)));
        Table t = table(id);
        assertEquals(4, t.getRows());
        assertEquals(2, at(t, 0, 0).getTableCellStyle().getRowSpan(), "the new row goes below the merged cell");
        assertEquals(1, at(t, 2, 0).getTableCellStyle().getRowSpan());

        update(id, new Request().setInsertTableRow(new InsertTableRowRequest().setTableCellLocation(cell(0, 2))
                .setInsertBelow(true)));
        t = table(id);
        assertEquals(3, at(t, 0, 0).getTableCellStyle().getRowSpan(), "a row inside a merged cell lengthens it");
        assertNull(at(t, 1, 1).getTableCellStyle().getRowSpan());
        assertEquals(1, at(t, 1, 2).getTableCellStyle().getRowSpan());

        update(id, new Request().setDeleteTableRow(new DeleteTableRowRequest().setTableCellLocation(cell(2, 1))));
        t = table(id);
        assertEquals(2, t.getRows(), "deleting a merged cell's row deletes every row it spans");
        assertEquals(List.of("\n", "\n", "\n"), rowTexts(t, 0));
    }

    @Test
    void columnPropertiesAreStoredPerColumnAndMoveWithTheColumns() throws Exception {
        String id = document(2, 3);
        update(id, columnWidth(List.of(1), 100));
        List<TableColumnProperties> columns = table(id).getTableStyle().getTableColumnProperties();
        assertEquals("EVENLY_DISTRIBUTED", columns.get(0).getWidthType());
        assertEquals("FIXED_WIDTH", columns.get(1).getWidthType());
        assertEquals(100.0, columns.get(1).getWidth().getMagnitude());
        assertEquals("PT", columns.get(1).getWidth().getUnit());
        assertNull(columns.get(2).getWidth());

        update(id, insertColumn(0, 0, false));
        columns = table(id).getTableStyle().getTableColumnProperties();
        assertEquals(4, columns.size());
        assertEquals("FIXED_WIDTH", columns.get(2).getWidthType(), "the fixed column moved right with its cells");
        update(id, deleteColumn(0, 2));
        columns = table(id).getTableStyle().getTableColumnProperties();
        assertEquals(List.of("EVENLY_DISTRIBUTED", "EVENLY_DISTRIBUTED", "EVENLY_DISTRIBUTED"),
                columns.stream().map(TableColumnProperties::getWidthType).toList());

        update(id, columnWidth(List.of(), 60));
        table(id).getTableStyle().getTableColumnProperties()
                .forEach(c -> assertEquals(60.0, c.getWidth().getMagnitude(), "no indices: every column"));
    }

    @Test
    void columnPropertiesAreValidatedAsGoogleDoes() throws Exception {
        String id = document(1, 2);
        assertEquals("Invalid requests[0].updateTableColumnProperties: The column width must be at least 5 points.",
                message(id, columnWidth(List.of(0), 4.5)));
        assertEquals("Invalid requests[0].updateTableColumnProperties: Invalid column index. The column index 2 is "
                + "out of bounds.", message(id, columnWidth(List.of(2), 50)));
        assertEquals("Invalid requests[0].updateTableColumnProperties: At least one field must be listed in "
                + "'fields'. (Use '*' to indicate all fields.)", message(id, new Request().setUpdateTableColumnProperties(
                new UpdateTableColumnPropertiesRequest().setTableStartLocation(new Location().setIndex(S))
                        .setTableColumnProperties(new TableColumnProperties().setWidthType("FIXED_WIDTH")))));
        assertEquals("Invalid value at 'requests[0].update_table_column_properties.table_column_properties.width_type' "
                + "(type.googleapis.com/google.apps.docs.v1.TableColumnProperties.WidthType), \"WIDE\"",
                message(id, new Request().setUpdateTableColumnProperties(new UpdateTableColumnPropertiesRequest()
                        .setTableStartLocation(new Location().setIndex(S)).setFields("widthType")
                        .setTableColumnProperties(new TableColumnProperties().setWidthType("WIDE")))));
        assertEquals("Invalid requests[0].updateTableColumnProperties: Invalid table start location. Must specify the "
                + "start index of the table.", message(id, new Request().setUpdateTableColumnProperties(
                new UpdateTableColumnPropertiesRequest().setTableStartLocation(new Location().setIndex(S + 1))
                        .setFields("widthType").setTableColumnProperties(new TableColumnProperties()
                                .setWidthType("EVENLY_DISTRIBUTED")))));
    }

    @Test
    void cellLocationsAreValidatedAndWriteControlHolds() throws Exception {
        String id = document(2, 2, "A1");
        assertEquals("Invalid requests[0].insertTableColumn: Invalid table start location. Must specify the start "
                + "index of the table.", message(id, new Request().setInsertTableColumn(new InsertTableColumnRequest()
                .setTableCellLocation(new TableCellLocation().setTableStartLocation(new Location().setIndex(1))))));
        assertEquals("Invalid requests[0].deleteTableColumn: Invalid table cell location. The column index 2 is out "
                + "of bounds.", message(id, deleteColumn(0, 2)));
        assertEquals("Invalid requests[1].insertTableColumn: Invalid table cell location. The row index 5 is out of "
                + "bounds.", message(id, insertColumn(0, 0, true), insertColumn(5, 0, true)));
        assertEquals(2, table(id).getColumns(), "the valid first request was not applied either");

        String revision = get(id).getRevisionId();
        update(id, insertColumn(0, 1, true));
        GoogleJsonResponseException stale = GoogleWorld.error(() -> ada.documents().batchUpdate(id,
                new BatchUpdateDocumentRequest().setRequests(List.of(deleteColumn(0, 2)))
                        .setWriteControl(new WriteControl().setRequiredRevisionId(revision))).execute());
        assertEquals(400, stale.getStatusCode());
        assertEquals("FAILED_PRECONDITION", stale.getDetails().get("status"));
        assertEquals(3, table(id).getColumns());
    }
}

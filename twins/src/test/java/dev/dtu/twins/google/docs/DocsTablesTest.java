package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentResponse;
import com.google.api.services.docs.v1.model.CreateFooterRequest;
import com.google.api.services.docs.v1.model.CreateHeaderRequest;
import com.google.api.services.docs.v1.model.DeleteContentRangeRequest;
import com.google.api.services.docs.v1.model.DeleteTableRowRequest;
import com.google.api.services.docs.v1.model.Document;
import com.google.api.services.docs.v1.model.EndOfSegmentLocation;
import com.google.api.services.docs.v1.model.InsertTableRequest;
import com.google.api.services.docs.v1.model.InsertTableRowRequest;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.Range;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.StructuralElement;
import com.google.api.services.docs.v1.model.Table;
import com.google.api.services.docs.v1.model.TableCell;
import com.google.api.services.docs.v1.model.TableCellLocation;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables, headers and footers through the official Docs client, with the index offsets Google documents. */
class DocsTablesTest {
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

    private static String create(String title) throws Exception {
        return ada.documents().create(new Document().setTitle(title)).execute().getDocumentId();
    }

    private static Request insert(String segmentId, int index, String text) {
        return new Request().setInsertText(new InsertTextRequest().setText(text)
                .setLocation(new Location().setSegmentId(segmentId).setIndex(index)));
    }

    private static Request table(int index, int rows, int columns) {
        return new Request().setInsertTable(new InsertTableRequest().setRows(rows).setColumns(columns)
                .setLocation(new Location().setIndex(index)));
    }

    private static TableCellLocation cell(int tableStart, int row) {
        return new TableCellLocation().setTableStartLocation(new Location().setIndex(tableStart)).setRowIndex(row)
                .setColumnIndex(0);
    }

    private static String cellText(TableCell cell) {
        StringBuilder out = new StringBuilder();
        cell.getContent().forEach(e -> e.getParagraph().getElements().forEach(p -> out.append(p.getTextRun().getContent())));
        return out.toString();
    }

    @Test
    void aTwoByTwoTableHasGooglesIndexOffsets() throws Exception {
        String id = create("Table");
        update(id, table(1, 2, 2));
        List<StructuralElement> content = ada.documents().get(id).execute().getBody().getContent();
        assertEquals(4, content.size(), "section break, the newline inserted before the table, table, last paragraph");
        assertEquals(1, content.get(1).getStartIndex());
        StructuralElement t = content.get(2);
        int s = t.getStartIndex();
        assertEquals(2, s, "the table starts at the location index + 1");
        assertEquals(s + 12, t.getEndIndex());
        Table table = t.getTable();
        assertEquals(2, table.getRows());
        assertEquals(2, table.getColumns());
        assertEquals(s + 1, table.getTableRows().get(0).getStartIndex());
        assertEquals(s + 6, table.getTableRows().get(0).getEndIndex());
        TableCell c01 = table.getTableRows().get(0).getTableCells().get(1);
        assertEquals(s + 4, c01.getStartIndex());
        assertEquals(s + 6, c01.getEndIndex());
        assertEquals(s + 5, c01.getContent().get(0).getStartIndex());
        assertEquals(s + 6, table.getTableRows().get(1).getStartIndex());
        assertEquals(s + 11, table.getTableRows().get(1).getEndIndex());
        assertEquals(s + 12, content.get(3).getStartIndex());
        assertEquals(s + 13, content.get(3).getEndIndex());
    }

    @Test
    void cellsHoldTheirOwnParagraphsAndRowsComeAndGo() throws Exception {
        String id = create("Rows");
        update(id, table(1, 2, 2), insert(null, 12, "B2"), insert(null, 10, "A2"), insert(null, 7, "B1"),
                insert(null, 5, "A1\nmore"));
        Table t = ada.documents().get(id).execute().getBody().getContent().get(2).getTable();
        assertEquals("A1\nmore\n", cellText(t.getTableRows().get(0).getTableCells().get(0)));
        assertEquals(2, t.getTableRows().get(0).getTableCells().get(0).getContent().size());
        assertEquals("B2\n", cellText(t.getTableRows().get(1).getTableCells().get(1)));
        update(id, new Request().setInsertTableRow(new InsertTableRowRequest().setTableCellLocation(cell(2, 0))
                .setInsertBelow(true)));
        t = ada.documents().get(id).execute().getBody().getContent().get(2).getTable();
        assertEquals(3, t.getRows());
        assertEquals("\n", cellText(t.getTableRows().get(1).getTableCells().get(0)));
        assertEquals("A2\n", cellText(t.getTableRows().get(2).getTableCells().get(0)));
        update(id, new Request().setDeleteTableRow(new DeleteTableRowRequest().setTableCellLocation(cell(2, 0))));
        t = ada.documents().get(id).execute().getBody().getContent().get(2).getTable();
        assertEquals(2, t.getRows());
        assertEquals("\n", cellText(t.getTableRows().get(0).getTableCells().get(0)));
        assertEquals(2 + 2 + (1 + 2 + 2) + (1 + 4 + 4), ada.documents().get(id).execute().getBody().getContent().get(2).getEndIndex());
    }

    @Test
    void structureRulesGetGooglesErrors() throws Exception {
        String id = create("Rules");
        update(id, table(1, 1, 2));
        GoogleJsonResponseException atTable = GoogleWorld.error(() -> update(id, insert(null, 2, "x")));
        assertEquals("Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing "
                + "paragraph. You can still create new paragraphs by inserting newlines.", atTable.getDetails().getMessage());
        GoogleJsonResponseException partial = GoogleWorld.error(() -> update(id, new Request().setDeleteContentRange(
                new DeleteContentRangeRequest().setRange(new Range().setStartIndex(1).setEndIndex(5)))));
        assertEquals("Invalid requests[0].deleteContentRange: Invalid deletion range. Cannot delete the requested "
                + "range.", partial.getDetails().getMessage());
        assertEquals(400, GoogleWorld.error(() -> update(id, new Request().setDeleteTableRow(new DeleteTableRowRequest()
                .setTableCellLocation(cell(3, 0))))).getStatusCode());
        update(id, new Request().setDeleteContentRange(new DeleteContentRangeRequest()
                .setRange(new Range().setStartIndex(2).setEndIndex(9))));
        List<StructuralElement> content = ada.documents().get(id).execute().getBody().getContent();
        assertEquals(3, content.size(), "a whole table can be deleted by its range");
        update(id, table(1, 1, 1), new Request().setDeleteTableRow(new DeleteTableRowRequest()
                .setTableCellLocation(cell(2, 0))));
        assertNull(ada.documents().get(id).execute().getBody().getContent().get(2).getTable(),
                "deleting the last row deletes the table");
    }

    @Test
    void headersAndFootersAreSegmentsIndexedFromZero() throws Exception {
        String id = create("Letterhead");
        BatchUpdateDocumentResponse r = update(id, new Request().setCreateHeader(new CreateHeaderRequest().setType("DEFAULT")),
                new Request().setCreateFooter(new CreateFooterRequest().setType("DEFAULT")));
        String headerId = r.getReplies().get(0).getCreateHeader().getHeaderId();
        String footerId = r.getReplies().get(1).getCreateFooter().getFooterId();
        update(id, insert(headerId, 0, "ACME Corp"), new Request().setInsertTable(new InsertTableRequest().setRows(1)
                .setColumns(1).setEndOfSegmentLocation(new EndOfSegmentLocation().setSegmentId(footerId))),
                insert(null, 1, "Body"));
        Document d = ada.documents().get(id).execute();
        assertEquals(headerId, d.getDocumentStyle().getDefaultHeaderId());
        assertEquals(footerId, d.getDocumentStyle().getDefaultFooterId());
        StructuralElement first = d.getHeaders().get(headerId).getContent().get(0);
        assertNull(first.getStartIndex(), "Google leaves out a zero start index");
        assertEquals(10, first.getEndIndex());
        assertEquals("ACME Corp\n", first.getParagraph().getElements().get(0).getTextRun().getContent());
        List<StructuralElement> footer = d.getFooters().get(footerId).getContent();
        assertEquals(1, footer.get(1).getStartIndex());
        assertNotNull(footer.get(1).getTable());
        assertEquals(6, footer.get(2).getStartIndex());
        assertEquals(6, d.getBody().getContent().get(1).getEndIndex(), "the body keeps its own indexes");
        GoogleJsonResponseException twice = GoogleWorld.error(() -> update(id,
                new Request().setCreateHeader(new CreateHeaderRequest().setType("DEFAULT"))));
        assertEquals(400, twice.getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> update(id, insert("kix.nope", 0, "x"))).getStatusCode());
    }
}

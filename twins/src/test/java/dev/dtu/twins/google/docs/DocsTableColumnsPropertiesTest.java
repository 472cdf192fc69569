package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.docs.model.DocEditor;
import dev.dtu.twins.google.docs.model.DocNamedRange;
import dev.dtu.twins.google.docs.model.DocRequests;
import dev.dtu.twins.google.docs.model.Document;
import dev.dtu.twins.google.docs.model.Table;
import dev.dtu.twins.google.docs.model.TableCell;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Tables with text and merged cells under random column, row and merge requests: inserting a column and
 * deleting it again gives back the same document (every index and named range included), and the table always
 * stays a grid where every covered cell belongs to exactly one merged cell.
 */
class DocsTableColumnsPropertiesTest {
    private static final int TABLE = 2;

    record Merge(int row, int column, int rowSpan, int columnSpan) {}

    record Op(String kind, int row, int column, int a, int b, boolean flag) {}

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.of("", "", "a", "bc\nd", "😀").list().ofSize(16);
    }

    @Provide
    Arbitrary<List<Merge>> merges() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> span = Arbitraries.integers().between(1, 2);
        return Combinators.combine(at, at, span, span).as(Merge::new).list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<String> kind = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("mergeTableCells")),
                Tuple.of(1, Arbitraries.just("unmergeTableCells")), Tuple.of(2, Arbitraries.just("insertTableColumn")),
                Tuple.of(2, Arbitraries.just("insertTableRow")), Tuple.of(1, Arbitraries.just("deleteTableColumn")),
                Tuple.of(1, Arbitraries.just("deleteTableRow")));
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> span = Arbitraries.integers().between(1, 2);
        return Combinators.combine(kind, at, at, span, span, Arbitraries.of(true, false)).as(Op::new).list()
                .ofMaxSize(12);
    }

    @Property(tries = 300)
    void insertingAColumnThenDeletingItRestoresTheDocument(@ForAll @IntRange(min = 1, max = 4) int rows,
            @ForAll @IntRange(min = 2, max = 4) int columns, @ForAll("texts") List<String> texts,
            @ForAll("merges") List<Merge> merges, @ForAll @IntRange(min = 0, max = 4) int fixedColumn,
            @ForAll @IntRange(min = 0, max = 3) int row, @ForAll @IntRange(min = 0, max = 3) int column,
            @ForAll boolean insertRight) throws Exception {
        DocEditor doc = table(rows, columns, texts);
        merges.forEach(m -> tryApply(doc, merge("mergeTableCells", m.row(), m.column(), m.rowSpan(), m.columnSpan())));
        if (fixedColumn < columns) {
            ObjectNode widths = Json.object().put("fields", "widthType,width");
            widths.putArray("columnIndices").add(fixedColumn);
            widths.putObject("tableStartLocation").put("index", TABLE);
            widths.putObject("tableColumnProperties").put("widthType", "FIXED_WIDTH").putObject("width")
                    .put("magnitude", 50.5).put("unit", "PT");
            apply(doc, (ObjectNode) Json.object().set("updateTableColumnProperties", widths));
        }
        Document before = doc.freeze();
        int r = row % rows;
        int c = column % columns;
        int p = newColumn(table(before), r, c, insertRight);

        ObjectNode insert = cellRequest("insertTableColumn", r, c);
        ((ObjectNode) insert.get("insertTableColumn")).put("insertRight", insertRight);
        apply(doc, insert);
        Document inserted = doc.freeze();
        assertEquals(inserted, Json.MAPPER.readValue(Json.text(inserted), Document.class), "stored state reads back");
        assertEquals(before.body().stream().mapToInt(e -> e.size()).sum() + 2 * rows,
                inserted.body().stream().mapToInt(e -> e.size()).sum(), "one cell start and one newline per row");
        assertEquals(after(before).startIndex() + 2 * rows, after(inserted).startIndex());
        Table t = table(inserted);
        t.tableRows().forEach(tr -> assertEquals(columns + 1, tr.tableCells().size()));
        if (fixedColumn < columns) {
            int moved = fixedColumn < p ? fixedColumn : fixedColumn + 1;
            assertEquals(50.5, t.tableStyle().get("tableColumnProperties").get(moved).path("width").path("magnitude")
                    .asDouble(), "a column's properties move with its cells");
        }
        int plainRow = -1;
        for (int i = rows - 1; i >= 0; i--) {
            TableCell added = t.tableRows().get(i).tableCells().get(p);
            assertEquals("\n", added.text());
            plainRow = covered(added) ? plainRow : i;
        }
        Assume.that(plainRow >= 0);

        apply(doc, cellRequest("deleteTableColumn", plainRow, p));
        assertEquals(before, doc.freeze());
    }

    @Property(tries = 300)
    void tablesStayGridsOfWholeMergedCells(@ForAll @IntRange(min = 2, max = 4) int rows,
            @ForAll @IntRange(min = 2, max = 4) int columns, @ForAll("texts") List<String> texts,
            @ForAll("ops") List<Op> ops) {
        DocEditor doc = table(rows, columns, texts);
        for (Op op : ops) {
            ObjectNode request = op.kind().endsWith("TableCells")
                    ? merge(op.kind(), op.row(), op.column(), op.a(), op.b())
                    : cellRequest(op.kind(), op.row(), op.column());
            ((ObjectNode) request.get(op.kind())).put("insertRight", op.flag()).put("insertBelow", op.flag());
            tryApply(doc, request);
            Document d = doc.freeze();
            if (d.body().get(1).table() == null) {
                return;
            }
            assertWholeMergedCells(table(d));
        }
    }

    private static void assertWholeMergedCells(Table t) {
        int columns = t.columns();
        int[][] owners = new int[t.rows()][columns];
        for (int r = 0; r < t.rows(); r++) {
            assertEquals(columns, t.tableRows().get(r).tableCells().size(), "every row has every column's cell");
            for (int c = 0; c < columns; c++) {
                TableCell cell = t.tableRows().get(r).tableCells().get(c);
                if (!covered(cell)) {
                    int rowSpan = span(cell, "rowSpan");
                    int columnSpan = span(cell, "columnSpan");
                    assertTrue(r + rowSpan <= t.rows() && c + columnSpan <= columns, "a merged cell stays in the table");
                    for (int i = r; i < r + rowSpan; i++) {
                        for (int j = c; j < c + columnSpan; j++) {
                            owners[i][j]++;
                            TableCell under = t.tableRows().get(i).tableCells().get(j);
                            assertTrue(i == r && j == c || covered(under) && under.text().equals("\n"),
                                    "a merged cell covers empty covered cells");
                        }
                    }
                }
            }
        }
        for (int[] row : owners) {
            for (int owner : row) {
                assertEquals(1, owner, "every cell belongs to exactly one cell or merged cell");
            }
        }
    }

    // Where the column goes: beside the reference cell, or beside the merged cell that holds it.
    private static int newColumn(Table t, int row, int column, boolean insertRight) {
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                TableCell cell = t.tableRows().get(r).tableCells().get(c);
                int rowSpan = span(cell, "rowSpan");
                int columnSpan = span(cell, "columnSpan");
                if (!covered(cell) && row >= r && row < r + rowSpan && column >= c && column < c + columnSpan) {
                    return insertRight ? c + columnSpan : c;
                }
            }
        }
        throw new AssertionError("no cell holds " + row + "," + column);
    }

    private static boolean covered(TableCell cell) {
        return span(cell, "rowSpan") == 0;
    }

    private static int span(TableCell cell, String name) {
        JsonNode style = cell.tableCellStyle();
        return style == null ? 1 : style.path(name).asInt(1);
    }

    private static Table table(Document d) {
        return d.body().get(1).table();
    }

    private static DocNamedRange after(Document d) {
        return d.namedRanges().get(0);
    }

    /** A rows×columns table at index 1 with the given cell texts, then a paragraph "After" in a named range. */
    private static DocEditor table(int rows, int columns, List<String> texts) {
        DocEditor doc = DocEditor.open(DocEditor.blank("d", "t"));
        doc.insertTable(1, rows, columns);
        for (int cell = rows * columns - 1; cell >= 0; cell--) {
            int r = cell / columns;
            int c = cell % columns;
            String text = cell < texts.size() ? texts.get(cell) : "";
            if (!text.isEmpty()) {
                doc.insertText(TABLE + 1 + r * (1 + 2 * columns) + 1 + 2 * c + 1, text);
            }
        }
        doc.insertText(doc.endIndex() - 1, "After");
        apply(doc, (ObjectNode) Json.object().set("createNamedRange", Json.object().put("name", "after")
                .set("range", Json.object().put("startIndex", doc.endIndex() - 6).put("endIndex", doc.endIndex() - 1))));
        return doc;
    }

    private static ObjectNode cellRequest(String kind, int row, int column) {
        ObjectNode body = Json.object();
        body.putObject("tableCellLocation").put("rowIndex", row).put("columnIndex", column)
                .putObject("tableStartLocation").put("index", TABLE);
        return (ObjectNode) Json.object().set(kind, body);
    }

    private static ObjectNode merge(String kind, int row, int column, int rowSpan, int columnSpan) {
        ObjectNode range = Json.object().put("rowSpan", rowSpan).put("columnSpan", columnSpan);
        range.putObject("tableCellLocation").put("rowIndex", row).put("columnIndex", column)
                .putObject("tableStartLocation").put("index", TABLE);
        return (ObjectNode) Json.object().set(kind, Json.object().set("tableRange", range));
    }

    private static void apply(DocEditor doc, ObjectNode request) {
        new DocRequests(doc).apply(Json.array().add(request));
    }

    private static void tryApply(DocEditor doc, ObjectNode request) {
        try {
            apply(doc, request);
        } catch (GoogleException e) {
            assertEquals(400, e.code(), e.getMessage());
        }
    }
}

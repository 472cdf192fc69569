package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddChartRequest;
import com.google.api.services.sheets.v4.model.BasicChartSpec;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetResponse;
import com.google.api.services.sheets.v4.model.ChartSpec;
import com.google.api.services.sheets.v4.model.DeleteDimensionRequest;
import com.google.api.services.sheets.v4.model.DimensionRange;
import com.google.api.services.sheets.v4.model.EmbeddedChart;
import com.google.api.services.sheets.v4.model.EmbeddedObjectPosition;
import com.google.api.services.sheets.v4.model.GridCoordinate;
import com.google.api.services.sheets.v4.model.InsertDimensionRequest;
import com.google.api.services.sheets.v4.model.OverlayPosition;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.Sheet;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.UpdateEmbeddedObjectPositionRequest;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Charts' positions: overlay anchors with Google's default size, chart sheets, moves, and anchors following rows. */
class SheetsChartPositionsTest {
    static Sheets ada;

    @BeforeAll
    static void start() {
        ada = GoogleWorld.create().sheets("ada");
    }

    private static BatchUpdateSpreadsheetResponse batch(String id, Request... requests) throws Exception {
        return ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(requests)))
                .execute();
    }

    private static Request chartAt(EmbeddedObjectPosition position) {
        return new Request().setAddChart(new AddChartRequest().setChart(new EmbeddedChart().setPosition(position)
                .setSpec(new ChartSpec().setBasicChart(new BasicChartSpec().setChartType("COLUMN")))));
    }

    private static EmbeddedObjectPosition overlay(int row, int column) {
        return new EmbeddedObjectPosition().setOverlayPosition(new OverlayPosition().setAnchorCell(
                new GridCoordinate().setSheetId(0).setRowIndex(row).setColumnIndex(column)).setOffsetXPixels(10));
    }

    private static GridCoordinate anchor(String id) throws Exception {
        return ada.spreadsheets().get(id).execute().getSheets().get(0).getCharts().get(0).getPosition()
                .getOverlayPosition().getAnchorCell();
    }

    private static Request rows(boolean insert, int start, int end) {
        DimensionRange range = new DimensionRange().setSheetId(0).setDimension("ROWS").setStartIndex(start)
                .setEndIndex(end);
        return insert ? new Request().setInsertDimension(new InsertDimensionRequest().setRange(range))
                : new Request().setDeleteDimension(new DeleteDimensionRequest().setRange(range));
    }

    @Test
    void anOverlayChartGetsGooglesDefaultSizeAndItsAnchorFollowsItsCell() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet()).execute().getSpreadsheetId();
        OverlayPosition made = batch(id, chartAt(overlay(5, 2))).getReplies().get(0).getAddChart().getChart()
                .getPosition().getOverlayPosition();
        assertEquals(600, made.getWidthPixels());
        assertEquals(371, made.getHeightPixels());
        assertEquals(10, made.getOffsetXPixels());

        batch(id, rows(true, 0, 3));
        assertEquals(8, anchor(id).getRowIndex(), "three rows inserted above");
        batch(id, rows(false, 8, 9));
        assertEquals(8, anchor(id).getRowIndex(), "its row deleted: the next row takes its place");
        batch(id, rows(false, 0, 2));
        assertEquals(6, anchor(id).getRowIndex());
        assertEquals(2, anchor(id).getColumnIndex());
    }

    @Test
    void updateEmbeddedObjectPositionMovesTheAnchorOrGivesTheChartItsOwnSheet() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet()).execute().getSpreadsheetId();
        int chartId = batch(id, chartAt(overlay(0, 0))).getReplies().get(0).getAddChart().getChart().getChartId();
        EmbeddedObjectPosition moved = batch(id, new Request().setUpdateEmbeddedObjectPosition(
                new UpdateEmbeddedObjectPositionRequest().setObjectId(chartId).setFields("anchorCell,widthPixels")
                        .setNewPosition(new EmbeddedObjectPosition().setOverlayPosition(new OverlayPosition()
                                .setAnchorCell(new GridCoordinate().setSheetId(0).setRowIndex(3).setColumnIndex(4))
                                .setWidthPixels(300).setHeightPixels(50)))))
                .getReplies().get(0).getUpdateEmbeddedObjectPosition().getPosition();
        assertEquals(3, moved.getOverlayPosition().getAnchorCell().getRowIndex());
        assertEquals(300, moved.getOverlayPosition().getWidthPixels());
        assertEquals(371, moved.getOverlayPosition().getHeightPixels(), "a field the mask leaves out stays");
        assertEquals(10, moved.getOverlayPosition().getOffsetXPixels());

        EmbeddedObjectPosition own = batch(id, new Request().setUpdateEmbeddedObjectPosition(
                new UpdateEmbeddedObjectPositionRequest().setObjectId(chartId)
                        .setNewPosition(new EmbeddedObjectPosition().setNewSheet(true))))
                .getReplies().get(0).getUpdateEmbeddedObjectPosition().getPosition();
        List<Sheet> sheets = ada.spreadsheets().get(id).execute().getSheets();
        assertEquals(2, sheets.size());
        assertEquals(sheets.get(1).getProperties().getSheetId(), own.getSheetId());
        assertNull(sheets.get(0).getCharts(), "the chart left the grid");
        assertEquals(chartId, sheets.get(1).getCharts().get(0).getChartId());
    }

    @Test
    void anAnchorOutsideTheGridOrOnAMissingSheetIs400() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet()).execute().getSpreadsheetId();
        assertEquals(400, GoogleWorld.error(() -> batch(id, chartAt(overlay(5000, 0)))).getStatusCode());
        EmbeddedObjectPosition missing = new EmbeddedObjectPosition().setOverlayPosition(new OverlayPosition()
                .setAnchorCell(new GridCoordinate().setSheetId(77).setRowIndex(0).setColumnIndex(0)));
        assertEquals(400, GoogleWorld.error(() -> batch(id, chartAt(missing))).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setUpdateEmbeddedObjectPosition(
                new UpdateEmbeddedObjectPositionRequest().setObjectId(12345).setNewPosition(overlay(0, 0))
                        .setFields("*")))).getStatusCode());
        assertNull(ada.spreadsheets().get(id).execute().getSheets().get(0).getCharts());
    }
}

package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddBandingRequest;
import com.google.api.services.sheets.v4.model.AddChartRequest;
import com.google.api.services.sheets.v4.model.AddConditionalFormatRuleRequest;
import com.google.api.services.sheets.v4.model.AddFilterViewRequest;
import com.google.api.services.sheets.v4.model.BandedRange;
import com.google.api.services.sheets.v4.model.BandingProperties;
import com.google.api.services.sheets.v4.model.BasicChartSpec;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetResponse;
import com.google.api.services.sheets.v4.model.BooleanCondition;
import com.google.api.services.sheets.v4.model.BooleanRule;
import com.google.api.services.sheets.v4.model.CellFormat;
import com.google.api.services.sheets.v4.model.ChartSpec;
import com.google.api.services.sheets.v4.model.Color;
import com.google.api.services.sheets.v4.model.ConditionValue;
import com.google.api.services.sheets.v4.model.ConditionalFormatRule;
import com.google.api.services.sheets.v4.model.DeleteBandingRequest;
import com.google.api.services.sheets.v4.model.DeleteConditionalFormatRuleRequest;
import com.google.api.services.sheets.v4.model.DeleteEmbeddedObjectRequest;
import com.google.api.services.sheets.v4.model.DeleteFilterViewRequest;
import com.google.api.services.sheets.v4.model.DuplicateFilterViewRequest;
import com.google.api.services.sheets.v4.model.EmbeddedChart;
import com.google.api.services.sheets.v4.model.EmbeddedObjectPosition;
import com.google.api.services.sheets.v4.model.FilterView;
import com.google.api.services.sheets.v4.model.GridCoordinate;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.OverlayPosition;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.Sheet;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.UpdateChartSpecRequest;
import com.google.api.services.sheets.v4.model.UpdateConditionalFormatRuleRequest;
import com.google.api.services.sheets.v4.model.UpdateFilterViewRequest;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filter views, banding, charts and conditional format rules: stored and returned as Sheets does. */
class SheetsStoredObjectsTest {
    static Sheets ada;

    @BeforeAll
    static void start() {
        ada = GoogleWorld.create().sheets("ada");
    }

    private static String create() throws Exception {
        return ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties().setTitle("o")))
                .execute().getSpreadsheetId();
    }

    private static BatchUpdateSpreadsheetResponse batch(String id, Request... requests) throws Exception {
        return ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(requests)))
                .execute();
    }

    private static Sheet sheet(String id) throws Exception {
        return ada.spreadsheets().get(id).execute().getSheets().get(0);
    }

    private static GridRange range(int sheetId) {
        return new GridRange().setSheetId(sheetId).setStartRowIndex(0).setEndRowIndex(5).setStartColumnIndex(0)
                .setEndColumnIndex(2);
    }

    @Test
    void filterViewsAreAddedUpdatedDuplicatedAndDeleted() throws Exception {
        String id = create();
        int sheetId = sheet(id).getProperties().getSheetId();
        FilterView made = batch(id, new Request().setAddFilterView(new AddFilterViewRequest().setFilter(
                new FilterView().setTitle("Open").setRange(range(sheetId))))).getReplies().get(0).getAddFilterView()
                .getFilter();
        assertNotNull(made.getFilterViewId());
        assertEquals("Open", made.getTitle());
        batch(id, new Request().setUpdateFilterView(new UpdateFilterViewRequest().setFilter(new FilterView()
                .setFilterViewId(made.getFilterViewId()).setTitle("Still open")).setFields("title")));
        FilterView copy = batch(id, new Request().setDuplicateFilterView(new DuplicateFilterViewRequest()
                .setFilterId(made.getFilterViewId()))).getReplies().get(0).getDuplicateFilterView().getFilter();
        assertEquals("Copy of Still open", copy.getTitle());
        List<FilterView> views = sheet(id).getFilterViews();
        assertEquals(List.of("Still open", "Copy of Still open"), views.stream().map(FilterView::getTitle).toList());
        assertEquals(5, views.get(0).getRange().getEndRowIndex(), "fields outside the mask are kept");
        batch(id, new Request().setDeleteFilterView(new DeleteFilterViewRequest().setFilterId(made.getFilterViewId())));
        assertEquals(1, sheet(id).getFilterViews().size());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setDeleteFilterView(
                new DeleteFilterViewRequest().setFilterId(made.getFilterViewId())))).getStatusCode());
    }

    @Test
    void bandingChartsAndConditionalRulesAreKeptOnTheirSheet() throws Exception {
        String id = create();
        int sheetId = sheet(id).getProperties().getSheetId();
        BandedRange band = batch(id, new Request().setAddBanding(new AddBandingRequest().setBandedRange(
                new BandedRange().setRange(range(sheetId)).setRowProperties(new BandingProperties()
                        .setFirstBandColor(new Color().setRed(1f)))))).getReplies().get(0).getAddBanding()
                .getBandedRange();
        EmbeddedChart chart = batch(id, new Request().setAddChart(new AddChartRequest().setChart(new EmbeddedChart()
                .setSpec(new ChartSpec().setTitle("Sales").setBasicChart(new BasicChartSpec().setChartType("BAR")))
                .setPosition(new EmbeddedObjectPosition().setOverlayPosition(new OverlayPosition().setAnchorCell(
                        new GridCoordinate().setSheetId(sheetId).setRowIndex(0).setColumnIndex(3)))))))
                .getReplies().get(0).getAddChart().getChart();
        assertNotNull(chart.getChartId());
        batch(id, new Request().setUpdateChartSpec(new UpdateChartSpecRequest().setChartId(chart.getChartId())
                .setSpec(new ChartSpec().setTitle("Revenue").setBasicChart(new BasicChartSpec().setChartType("LINE")))));
        ConditionalFormatRule red = rule(sheetId, "NUMBER_GREATER", "10");
        ConditionalFormatRule blue = rule(sheetId, "NUMBER_LESS", "0");
        batch(id, new Request().setAddConditionalFormatRule(new AddConditionalFormatRuleRequest().setRule(red)
                .setIndex(0)), new Request().setAddConditionalFormatRule(new AddConditionalFormatRuleRequest()
                .setRule(blue).setIndex(0)));

        Sheet sheet = sheet(id);
        assertEquals(band.getBandedRangeId(), sheet.getBandedRanges().get(0).getBandedRangeId());
        assertEquals("Revenue", sheet.getCharts().get(0).getSpec().getTitle());
        assertEquals(List.of("NUMBER_LESS", "NUMBER_GREATER"), sheet.getConditionalFormats().stream()
                .map(r -> r.getBooleanRule().getCondition().getType()).toList(), "index 0 puts a rule first");

        var moved = batch(id, new Request().setUpdateConditionalFormatRule(new UpdateConditionalFormatRuleRequest()
                .setSheetId(sheetId).setIndex(0).setNewIndex(1))).getReplies().get(0).getUpdateConditionalFormatRule();
        assertEquals(1, moved.getNewIndex());
        assertEquals("NUMBER_LESS", moved.getOldRule().getBooleanRule().getCondition().getType());
        var deleted = batch(id, new Request().setDeleteConditionalFormatRule(new DeleteConditionalFormatRuleRequest()
                .setSheetId(sheetId).setIndex(0))).getReplies().get(0).getDeleteConditionalFormatRule();
        assertEquals("NUMBER_GREATER", deleted.getRule().getBooleanRule().getCondition().getType());
        batch(id, new Request().setDeleteBanding(new DeleteBandingRequest().setBandedRangeId(band.getBandedRangeId())),
                new Request().setDeleteEmbeddedObject(new DeleteEmbeddedObjectRequest().setObjectId(chart.getChartId())));
        Sheet after = sheet(id);
        assertNull(after.getBandedRanges());
        assertNull(after.getCharts());
        assertEquals(1, after.getConditionalFormats().size());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setDeleteConditionalFormatRule(
                new DeleteConditionalFormatRuleRequest().setSheetId(sheetId).setIndex(5)))).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setAddConditionalFormatRule(
                new AddConditionalFormatRuleRequest().setRule(new ConditionalFormatRule())))).getStatusCode());
    }

    @Test
    void getByDataFilterGivesTheGridDataTheFiltersName() throws Exception {
        String id = create();
        ada.spreadsheets().values().update(id, "A1:B2", new com.google.api.services.sheets.v4.model.ValueRange()
                .setValues(List.of(List.of("a", "b"), List.of("c", "d")))).setValueInputOption("RAW").execute();
        Spreadsheet got = ada.spreadsheets().getByDataFilter(id,
                new com.google.api.services.sheets.v4.model.GetSpreadsheetByDataFilterRequest().setIncludeGridData(true)
                        .setDataFilters(List.of(new com.google.api.services.sheets.v4.model.DataFilter()
                                .setA1Range("B1:B2")))).execute();
        var data = got.getSheets().get(0).getData().get(0);
        assertEquals(1, data.getStartColumn());
        assertEquals(List.of("b", "d"), data.getRowData().stream().map(r -> r.getValues().get(0).getFormattedValue())
                .toList());
    }

    @Test
    void developerMetadataIsCreatedFoundUpdatedAndDeleted() throws Exception {
        String id = create();
        int sheetId = sheet(id).getProperties().getSheetId();
        var made = batch(id, new Request().setCreateDeveloperMetadata(
                new com.google.api.services.sheets.v4.model.CreateDeveloperMetadataRequest().setDeveloperMetadata(
                        new com.google.api.services.sheets.v4.model.DeveloperMetadata().setMetadataKey("sync")
                                .setMetadataValue("v1").setVisibility("DOCUMENT").setLocation(
                                        new com.google.api.services.sheets.v4.model.DeveloperMetadataLocation()
                                                .setSheetId(sheetId)))),
                new Request().setCreateDeveloperMetadata(
                        new com.google.api.services.sheets.v4.model.CreateDeveloperMetadataRequest().setDeveloperMetadata(
                                new com.google.api.services.sheets.v4.model.DeveloperMetadata().setMetadataKey("owner")
                                        .setVisibility("PROJECT").setLocation(
                                                new com.google.api.services.sheets.v4.model.DeveloperMetadataLocation()
                                                        .setSpreadsheet(true)))))
                .getReplies();
        var sync = made.get(0).getCreateDeveloperMetadata().getDeveloperMetadata();
        assertEquals("SHEET", sync.getLocation().getLocationType());
        assertEquals("sync", ada.spreadsheets().developerMetadata().get(id, sync.getMetadataId()).execute()
                .getMetadataKey());
        Spreadsheet got = ada.spreadsheets().get(id).execute();
        assertEquals("owner", got.getDeveloperMetadata().get(0).getMetadataKey());
        assertEquals("v1", got.getSheets().get(0).getDeveloperMetadata().get(0).getMetadataValue());

        var byKey = new com.google.api.services.sheets.v4.model.DataFilter().setDeveloperMetadataLookup(
                new com.google.api.services.sheets.v4.model.DeveloperMetadataLookup().setMetadataKey("sync"));
        var found = ada.spreadsheets().developerMetadata().search(id,
                new com.google.api.services.sheets.v4.model.SearchDeveloperMetadataRequest()
                        .setDataFilters(List.of(byKey))).execute().getMatchedDeveloperMetadata();
        assertEquals(List.of(sync.getMetadataId()), found.stream().map(m -> m.getDeveloperMetadata().getMetadataId())
                .toList());
        batch(id, new Request().setUpdateDeveloperMetadata(
                new com.google.api.services.sheets.v4.model.UpdateDeveloperMetadataRequest().setDataFilters(List.of(byKey))
                        .setDeveloperMetadata(new com.google.api.services.sheets.v4.model.DeveloperMetadata()
                                .setMetadataValue("v2")).setFields("metadataValue")));
        assertEquals("v2", ada.spreadsheets().developerMetadata().get(id, sync.getMetadataId()).execute()
                .getMetadataValue());
        var deleted = batch(id, new Request().setDeleteDeveloperMetadata(
                new com.google.api.services.sheets.v4.model.DeleteDeveloperMetadataRequest().setDataFilter(byKey)))
                .getReplies().get(0).getDeleteDeveloperMetadata().getDeletedDeveloperMetadata();
        assertEquals(1, deleted.size());
        assertEquals(404, GoogleWorld.error(() -> ada.spreadsheets().developerMetadata().get(id, sync.getMetadataId())
                .execute()).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setCreateDeveloperMetadata(
                new com.google.api.services.sheets.v4.model.CreateDeveloperMetadataRequest().setDeveloperMetadata(
                        new com.google.api.services.sheets.v4.model.DeveloperMetadata().setMetadataKey("k")
                                .setLocation(new com.google.api.services.sheets.v4.model.DeveloperMetadataLocation()
                                        .setSpreadsheet(true)))))).getStatusCode(), "visibility is required");
    }

    private static ConditionalFormatRule rule(int sheetId, String type, String value) {
        return new ConditionalFormatRule().setRanges(List.of(range(sheetId))).setBooleanRule(new BooleanRule()
                .setCondition(new BooleanCondition().setType(type).setValues(List.of(new ConditionValue()
                        .setUserEnteredValue(value)))).setFormat(new CellFormat().setBackgroundColor(new Color()
                        .setRed(1f))));
    }
}

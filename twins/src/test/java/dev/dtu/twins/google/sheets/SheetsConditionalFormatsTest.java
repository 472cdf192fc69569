package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AddConditionalFormatRuleRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.BooleanCondition;
import com.google.api.services.sheets.v4.model.BooleanRule;
import com.google.api.services.sheets.v4.model.CellData;
import com.google.api.services.sheets.v4.model.CellFormat;
import com.google.api.services.sheets.v4.model.Color;
import com.google.api.services.sheets.v4.model.ConditionValue;
import com.google.api.services.sheets.v4.model.ConditionalFormatRule;
import com.google.api.services.sheets.v4.model.GridRange;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.RowData;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.TextFormat;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conditional format rules show in the cells' effectiveFormat, the first matching rule winning. */
class SheetsConditionalFormatsTest {
    static Sheets ada;
    static final Color RED = new Color().setRed(1f);
    static final Color GREEN = new Color().setGreen(1f);

    @BeforeAll
    static void start() {
        ada = GoogleWorld.create().sheets("ada");
    }

    private static Request rule(int index, String type, Color background, boolean bold, String... values) {
        BooleanCondition condition = new BooleanCondition().setType(type);
        if (values.length > 0) {
            condition.setValues(java.util.Arrays.stream(values).map(v -> new ConditionValue().setUserEnteredValue(v))
                    .toList());
        }
        return new Request().setAddConditionalFormatRule(new AddConditionalFormatRuleRequest().setIndex(index)
                .setRule(new ConditionalFormatRule().setRanges(List.of(new GridRange().setSheetId(0)
                        .setStartRowIndex(0).setEndRowIndex(4).setStartColumnIndex(0).setEndColumnIndex(1)))
                        .setBooleanRule(new BooleanRule().setCondition(condition).setFormat(new CellFormat()
                                .setBackgroundColor(background).setTextFormat(new TextFormat().setBold(bold))))));
    }

    private static List<CellData> column(String id) throws Exception {
        List<RowData> rows = ada.spreadsheets().get(id).setRanges(List.of("A1:A4")).setIncludeGridData(true).execute()
                .getSheets().get(0).getData().get(0).getRowData();
        return rows.stream().map(r -> r.getValues() == null ? new CellData() : r.getValues().get(0)).toList();
    }

    @Test
    void theFirstMatchingRuleFormatsTheCellAndOthersKeepTheirOwnFormat() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet()).execute().getSpreadsheetId();
        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(List.of(List.of("150"), List.of("50"),
                List.of("overdue invoice"), List.of("120")))).setValueInputOption("USER_ENTERED").execute();
        ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(
                rule(0, "NUMBER_GREATER", RED, true, "100"),
                rule(1, "NUMBER_BETWEEN", GREEN, false, "0", "130"),
                rule(2, "TEXT_CONTAINS", GREEN, true, "Overdue")))).execute();
        List<CellData> cells = column(id);
        CellFormat first = cells.get(0).getEffectiveFormat();
        assertEquals(1f, first.getBackgroundColor().getRed(), "150 > 100: the first rule");
        assertTrue(first.getTextFormat().getBold());
        assertEquals(1f, cells.get(1).getEffectiveFormat().getBackgroundColor().getGreen(), "50 is between 0 and 130");
        assertEquals(1f, cells.get(2).getEffectiveFormat().getBackgroundColor().getGreen(), "text, ignoring case");
        assertEquals(1f, cells.get(3).getEffectiveFormat().getBackgroundColor().getRed(), "120: the first rule wins");
        assertNull(cells.get(0).getUserEnteredFormat(), "a rule changes no user-entered format");

        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(List.of(List.of("5"))))
                .setValueInputOption("USER_ENTERED").execute();
        assertEquals(1f, column(id).get(0).getEffectiveFormat().getBackgroundColor().getGreen(),
                "rules follow the value");
    }

    @Test
    void aFormulaConditionFormatsNothingHere() throws Exception {
        String id = ada.spreadsheets().create(new Spreadsheet()).execute().getSpreadsheetId();
        ada.spreadsheets().values().update(id, "A1", new ValueRange().setValues(List.of(List.of("7"))))
                .setValueInputOption("RAW").execute();
        ada.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(
                rule(0, "NUMBER_GREATER", RED, true, "=B1")))).execute();
        CellFormat format = column(id).get(0).getEffectiveFormat();
        assertTrue(format == null || format.getBackgroundColor() == null, String.valueOf(format));
    }
}

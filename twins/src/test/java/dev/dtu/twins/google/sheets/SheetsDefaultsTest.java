package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ThemeColorPair;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/** spreadsheets.get's properties.defaultFormat and spreadsheetTheme, as recorded Google answers give them. */
class SheetsDefaultsTest {
    @Test
    void aNewSpreadsheetHasGooglesDefaultFormatAndTheme() throws Exception {
        Sheets ada = GoogleWorld.create().sheets("ada");
        String id = ada.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("t"))).execute().getSpreadsheetId();
        SpreadsheetProperties p = ada.spreadsheets().get(id).execute().getProperties();
        var format = p.getDefaultFormat();
        assertEquals("arial,sans,sans-serif", format.getTextFormat().getFontFamily());
        assertEquals(10, format.getTextFormat().getFontSize());
        assertEquals(false, format.getTextFormat().getBold());
        assertEquals(3, format.getPadding().getLeft());
        assertEquals(1f, format.getBackgroundColor().getRed());
        assertEquals(1f, format.getBackgroundColorStyle().getRgbColor().getBlue());
        var theme = p.getSpreadsheetTheme();
        assertEquals("Arial", theme.getPrimaryFontFamily());
        assertEquals(List.of("TEXT", "BACKGROUND", "ACCENT1", "ACCENT2", "ACCENT3", "ACCENT4", "ACCENT5", "ACCENT6",
                "LINK"), theme.getThemeColors().stream().map(ThemeColorPair::getColorType).toList());
        assertEquals(0.25882354f, theme.getThemeColors().get(2).getColor().getRgbColor().getRed());
        assertEquals(0.8f, theme.getThemeColors().get(8).getColor().getRgbColor().getBlue());
    }
}

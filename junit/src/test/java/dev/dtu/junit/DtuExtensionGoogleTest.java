package dev.dtu.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extension with Google's own Sheets client: the universe's root URL and token are all it needs. */
@DtuTest
class DtuExtensionGoogleTest {

    @Test
    void aSpreadsheetWrittenWithTheSdkIsInTheUniversesState(DtuUniverse universe) throws Exception {
        DtuUniverse.Google google = universe.google();
        Sheets sheets = new Sheets.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                r -> r.getHeaders().setAuthorization("Bearer " + google.accessToken()))
                .setRootUrl(google.rootUrl()).setApplicationName("dtu-junit-test").build();

        Spreadsheet made = sheets.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties().setTitle("Orders"))).execute();
        sheets.spreadsheets().values().update(made.getSpreadsheetId(), "A1:B1", new ValueRange().setValues(List.of(List.of("anvil", 3))))
                .setValueInputOption("RAW").execute();

        ValueRange read = sheets.spreadsheets().values().get(made.getSpreadsheetId(), "A1:B1").execute();
        assertEquals(List.of(List.of("anvil", "3")), read.getValues());
        assertEquals(1, universe.journal(java.util.Map.of("operation", "sheets.spreadsheets.create")).size(),
                "the journal names the operation: " + universe.journal());
    }
}

package dev.dtu.twins.google;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.InsertTableRequest;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.drive.model.File;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.H2Store;
import dev.dtu.server.state.KindCatalog;
import dev.dtu.server.state.State;
import dev.dtu.server.state.StateStore;
import dev.dtu.twins.Twins;
import dev.dtu.twins.google.docs.model.Documents;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.sheets.model.Spreadsheets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Google state (formulas, a table, uploaded bytes) survives H2 storage: JsonNode and byte[] fields included. */
class GoogleStateRoundTripTest {

    @Test
    void aUniversesGoogleStateReadsBackEqual(@TempDir Path dir) throws Exception {
        GoogleWorld world = GoogleWorld.create();
        String sheet = world.sheets("ada").spreadsheets().create(new Spreadsheet().setProperties(
                new SpreadsheetProperties().setTitle("Ledger"))).execute().getSpreadsheetId();
        world.sheets("ada").spreadsheets().values().update(sheet, "A1", new ValueRange().setValues(List.of(
                List.of("2", "=A1*3", "=SUM(A1:B1)"), List.of("1/2/2024", "=TEXT(A2,\"yyyy\")", "=1/0"))))
                .setValueInputOption("USER_ENTERED").execute();
        String doc = world.docs("ada").documents().create(new com.google.api.services.docs.v1.model.Document()
                .setTitle("Minutes")).execute().getDocumentId();
        world.docs("ada").documents().batchUpdate(doc, new BatchUpdateDocumentRequest().setRequests(List.of(
                new com.google.api.services.docs.v1.model.Request().setInsertTable(new InsertTableRequest().setRows(2)
                        .setColumns(2).setLocation(new Location().setIndex(1))),
                new com.google.api.services.docs.v1.model.Request().setInsertText(new InsertTextRequest()
                        .setText("Owner").setLocation(new Location().setIndex(5)))))).execute();
        byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n', 'x'};
        String file = world.drive("ada").files().create(new File().setName("blob.bin"),
                new ByteArrayContent("application/octet-stream", bytes)).execute().getId();

        State state = GoogleWorld.server().universes().require(world.universeId).state();
        try (H2Store store = new H2Store(dir)) {
            store.saveState(world.universeId, state);
            store.saveSnapshot("snap-1", world.universeId, state);
        }
        StateStore.Loaded loaded;
        try (H2Store store = new H2Store(dir)) {
            loaded = store.load(new KindCatalog(Twins.all().stream().flatMap(t -> t.kinds().stream()).toList()));
        }
        State back = loaded.snapshots().get(0).state();

        assertEquals(view(state), view(back));
        assertEquals(state.get(Spreadsheets.SPREADSHEETS, sheet), back.get(Spreadsheets.SPREADSHEETS, sheet));
        assertEquals(state.get(Documents.DOCUMENTS, doc), back.get(Documents.DOCUMENTS, doc));
        assertNotNull(back.get(Documents.DOCUMENTS, doc).orElseThrow().body().get(1).table());
        assertArrayEquals(bytes, back.get(DriveAccess.FILES, file).orElseThrow().content());
    }

    // The judges' view of a state: {kind: {id: entity as JSON}}. A kind whose last entity was removed (the
    // finished upload session) stays as an empty map in memory but has no rows to load, so empty kinds are left out.
    private static JsonNode view(State state) {
        ObjectNode root = Json.object();
        state.byKind().forEach((kind, entities) -> {
            if (entities.isEmpty()) {
                return;
            }
            ObjectNode k = root.putObject(kind);
            entities.forEach((id, entity) -> k.set(id, Json.tree(entity)));
        });
        return root;
    }
}

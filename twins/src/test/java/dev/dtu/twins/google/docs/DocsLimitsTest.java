package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.Document;
import com.google.api.services.docs.v1.model.InsertTableRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.StructuralElement;
import dev.dtu.twins.google.GoogleWorld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #15 item 5 for Docs: tables nest to a bound, and a request past it is Google's 400, not a stack overflow. */
class DocsLimitsTest {
    /** Each 1x1 table takes four indexes before its cell's paragraph: newline, table start, row, cell. */
    private static final int STEP = 4;
    static GoogleWorld world;
    static Docs ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.docs("ada");
    }

    private static List<Request> nestedTables(int depth) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            requests.add(new Request().setInsertTable(new InsertTableRequest().setRows(1).setColumns(1)
                    .setLocation(new Location().setIndex(1 + STEP * i))));
        }
        return requests;
    }

    private static int depthOf(List<StructuralElement> content) {
        int deepest = 0;
        for (StructuralElement e : content) {
            if (e.getTable() != null) {
                deepest = Math.max(deepest, 1 + depthOf(e.getTable().getTableRows().get(0).getTableCells().get(0).getContent()));
            }
        }
        return deepest;
    }

    @Test
    void tablesNestToTheBoundAndNoFurther() throws Exception {
        String id = ada.documents().create(new Document().setTitle("nested")).execute().getDocumentId();
        ada.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(nestedTables(20))).execute();
        assertEquals(20, depthOf(ada.documents().get(id).execute().getBody().getContent()));

        String other = ada.documents().create(new Document().setTitle("too deep")).execute().getDocumentId();
        GoogleJsonResponseException e = GoogleWorld.error(() -> ada.documents().batchUpdate(other,
                new BatchUpdateDocumentRequest().setRequests(nestedTables(21))).execute());
        assertEquals(400, e.getStatusCode(), e.getContent());
        assertEquals("INVALID_ARGUMENT", e.getDetails().get("status"));
        assertEquals(0, depthOf(ada.documents().get(other).execute().getBody().getContent()),
                "a failed batch changes nothing");
    }
}

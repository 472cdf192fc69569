package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.LabelFieldModification;
import com.google.api.services.drive.model.LabelModification;
import com.google.api.services.drive.model.ModifyLabelsRequest;
import com.google.api.services.drive.model.Permission;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** files.modifyLabels, files.listLabels and labelInfo through the Java client. */
class DriveLabelsTest {
    static GoogleWorld world;
    static Drive ada;
    static Drive linus;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.drive("ada");
        linus = world.drive("linus");
    }

    private static File file(String name) throws Exception {
        return ada.files().create(new File().setName(name), new ByteArrayContent("text/plain", new byte[] {1}))
                .execute();
    }

    private static ModifyLabelsRequest apply(String labelId, LabelFieldModification... fields) {
        return new ModifyLabelsRequest().setLabelModifications(List.of(new LabelModification().setLabelId(labelId)
                .setFieldModifications(List.of(fields))));
    }

    @Test
    void labelsAreAppliedChangedListedAndRemoved() throws Exception {
        File f = file("contract.txt");
        var modified = ada.files().modifyLabels(f.getId(), apply("legal-review",
                new LabelFieldModification().setFieldId("status").setSetSelectionValues(List.of("approved")),
                new LabelFieldModification().setFieldId("due").setSetDateValues(List.of(
                        new com.google.api.client.util.DateTime(true, java.time.LocalDate.parse("2026-12-31")
                                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(), 0))),
                new LabelFieldModification().setFieldId("reviewer").setSetUserValues(List.of(
                        "linus.pauling@northwind.example")))).execute().getModifiedLabels();
        assertEquals(1, modified.size());
        var label = modified.get(0);
        assertEquals("legal-review", label.getId());
        assertEquals(List.of("approved"), label.getFields().get("status").getSelection());
        assertEquals("selection", label.getFields().get("status").getValueType());
        assertEquals("2026-12-31", label.getFields().get("due").getDateString().get(0).toStringRfc3339());
        assertEquals("linus.pauling@northwind.example", label.getFields().get("reviewer").getUser().get(0)
                .getEmailAddress());

        ada.files().modifyLabels(f.getId(), apply("priority", new LabelFieldModification().setFieldId("level")
                .setSetIntegerValues(List.of(3L)))).execute();
        ada.files().modifyLabels(f.getId(), apply("legal-review", new LabelFieldModification().setFieldId("status")
                .setUnsetValues(true))).execute();
        var listed = ada.files().listLabels(f.getId()).execute().getLabels();
        assertEquals(List.of("legal-review", "priority"), listed.stream().map(l -> l.getId()).toList());
        assertTrue(!listed.get(0).getFields().containsKey("status"));
        assertEquals(List.of(3L), listed.get(1).getFields().get("level").getInteger());

        File withInfo = ada.files().get(f.getId()).setIncludeLabels("priority").setFields("labelInfo").execute();
        assertEquals(List.of("priority"), withInfo.getLabelInfo().getLabels().stream().map(l -> l.getId()).toList());

        ada.files().modifyLabels(f.getId(), new ModifyLabelsRequest().setLabelModifications(List.of(
                new LabelModification().setLabelId("priority").setRemoveLabel(true)))).execute();
        assertEquals(List.of("legal-review"), ada.files().listLabels(f.getId()).execute().getLabels().stream()
                .map(l -> l.getId()).toList());
    }

    @Test
    void aReaderListsButCannotModify() throws Exception {
        File f = file("shared.txt");
        ada.permissions().create(f.getId(), new Permission().setType("user").setRole("reader")
                .setEmailAddress("linus.pauling@northwind.example")).execute();
        ada.files().modifyLabels(f.getId(), apply("team", new LabelFieldModification().setFieldId("name")
                .setSetTextValues(List.of("core")))).execute();
        assertEquals(1, linus.files().listLabels(f.getId()).execute().getLabels().size());
        assertEquals(403, GoogleWorld.error(() -> linus.files().modifyLabels(f.getId(), apply("team")).execute())
                .getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.files().modifyLabels(f.getId(), new ModifyLabelsRequest())
                .execute()).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.files().modifyLabels(f.getId(), apply("team",
                new LabelFieldModification().setFieldId("n").setSetTextValues(List.of("a"))
                        .setSetIntegerValues(List.of(1L)))).execute()).getStatusCode());
        assertEquals(404, GoogleWorld.error(() -> ada.files().listLabels("no-such-file").execute()).getStatusCode());
    }
}

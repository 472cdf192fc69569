package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.GeneratedIds;
import dev.dtu.twins.google.GoogleWorld;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** files.generateIds and files.emptyTrash through the Java client. */
class DriveTrashAndIdsTest {
    static GoogleWorld world;
    static Drive ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.drive("ada");
    }

    @Test
    void generatedIdsAreUniqueAndCreateTakesThem() throws Exception {
        GeneratedIds ids = ada.files().generateIds().setCount(5).execute();
        assertEquals("drive", ids.getSpace());
        assertEquals(5, new HashSet<>(ids.getIds()).size());
        File created = ada.files().create(new File().setId(ids.getIds().get(0)).setName("planned.txt")).execute();
        assertEquals(ids.getIds().get(0), created.getId());
        assertEquals(409, GoogleWorld.error(() -> ada.files().create(new File().setId(ids.getIds().get(0))
                .setName("again.txt")).execute()).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.files().generateIds().setCount(1001).execute()).getStatusCode());
        assertEquals(10, ada.files().generateIds().execute().getIds().size());
    }

    @Test
    void emptyTrashDeletesOnlyTheCallersTrashedFiles() throws Exception {
        File kept = ada.files().create(new File().setName("kept.txt")).execute();
        File trashed = ada.files().create(new File().setName("trashed.txt")).execute();
        ada.files().update(trashed.getId(), new File().setTrashed(true)).execute();
        Drive grace = world.drive("grace");
        File theirs = grace.files().create(new File().setName("theirs.txt")).execute();
        grace.files().update(theirs.getId(), new File().setTrashed(true)).execute();

        ada.files().emptyTrash().execute();
        assertEquals(404, GoogleWorld.error(() -> ada.files().get(trashed.getId()).execute()).getStatusCode());
        assertEquals("kept.txt", ada.files().get(kept.getId()).execute().getName());
        assertTrue(grace.files().get(theirs.getId()).setFields("trashed").execute().getTrashed());

        var drive = ada.drives().create(UUID.randomUUID().toString(),
                new com.google.api.services.drive.model.Drive().setName("Bin")).execute();
        File item = ada.files().create(new File().setName("old.txt").setParents(List.of(drive.getId())))
                .setSupportsAllDrives(true).execute();
        ada.files().update(item.getId(), new File().setTrashed(true)).setSupportsAllDrives(true).execute();
        ada.files().emptyTrash().setDriveId(drive.getId()).execute();
        assertEquals(404, GoogleWorld.error(() -> ada.files().get(item.getId()).setSupportsAllDrives(true).execute())
                .getStatusCode());
        ada.drives().delete(drive.getId()).execute();
    }
}

package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.Permission;
import com.google.api.services.drive.model.Revision;
import com.google.api.services.drive.model.RevisionList;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.twins.google.GoogleWorld;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drive revisions through the Java client: one per content write, kept, purged, fetched and deleted as Drive does. */
class DriveRevisionsTest {

    private static ByteArrayContent text(String s) {
        return new ByteArrayContent("text/plain", s.getBytes(StandardCharsets.UTF_8));
    }

    private static String bytes(Drive drive, String fileId, String revisionId) throws Exception {
        return new String(drive.revisions().get(fileId, revisionId).executeMediaAsInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private static List<Revision> revisions(Drive drive, String fileId) throws Exception {
        return drive.revisions().list(fileId).setFields("*").execute().getRevisions();
    }

    @Test
    void everyContentWriteOfABinaryFileIsARevisionAndTheHeadIsTheFiles() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        Drive ada = world.drive("ada");
        File f = ada.files().create(new File().setName("notes.txt"), text("one")).execute();
        ada.files().update(f.getId(), new File(), text("two")).execute();
        ada.files().update(f.getId(), new File().setName("renamed.txt")).execute(); // metadata only: no revision
        ada.files().update(f.getId(), new File(), text("three")).execute();

        RevisionList page = ada.revisions().list(f.getId()).execute();
        assertEquals(3, page.getRevisions().size());
        Revision first = page.getRevisions().get(0);
        assertEquals("drive#revision", first.getKind());
        assertNotNull(first.getModifiedTime());
        assertNull(first.getMd5Checksum(), "list gives id, mimeType, kind and modifiedTime unless fields asks more");
        List<Revision> all = revisions(ada, f.getId());
        assertEquals(List.of(3L, 3L, 5L), all.stream().map(Revision::getSize).toList());
        assertEquals("notes.txt", all.get(0).getOriginalFilename());
        assertEquals("renamed.txt", all.get(2).getOriginalFilename());
        assertEquals(Boolean.FALSE, all.get(0).getKeepForever());
        assertEquals("Ada Lovelace", all.get(1).getLastModifyingUser().getDisplayName());
        File now = ada.files().get(f.getId()).setFields("headRevisionId,md5Checksum").execute();
        assertEquals(all.get(2).getId(), now.getHeadRevisionId());
        assertEquals(now.getMd5Checksum(), all.get(2).getMd5Checksum());
        assertEquals("one", bytes(ada, f.getId(), first.getId()), "a revision's content is what was written then");
        assertEquals("two", bytes(ada, f.getId(), all.get(1).getId()));
        assertEquals(all.get(1).getId(), ada.revisions().get(f.getId(), all.get(1).getId()).execute().getId());

        RevisionList one = ada.revisions().list(f.getId()).setPageSize(2).execute();
        assertEquals(2, one.getRevisions().size());
        assertEquals(all.get(2).getId(), ada.revisions().list(f.getId()).setPageToken(one.getNextPageToken()).execute()
                .getRevisions().get(0).getId());
    }

    @Test
    void keptRevisionsSurvivePurgingAndDeletingTheHeadRevertsTheFile() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        Drive ada = world.drive("ada");
        Instant t0 = Instant.parse("2026-04-01T08:00:00Z");
        world.setClock(Clock.fixed(t0, ZoneOffset.UTC));
        File f = ada.files().create(new File().setName("plan.txt"), text("v1")).execute();
        world.setClock(Clock.fixed(t0.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        ada.files().update(f.getId(), new File(), text("v2")).execute();
        world.setClock(Clock.fixed(t0.plus(Duration.ofDays(2)), ZoneOffset.UTC));
        ada.files().update(f.getId(), new File(), text("v3")).execute();
        List<Revision> three = revisions(ada, f.getId());
        Revision kept = ada.revisions().update(f.getId(), three.get(0).getId(), new Revision().setKeepForever(true))
                .setFields("id,keepForever").execute();
        assertTrue(kept.getKeepForever());

        world.setClock(Clock.fixed(t0.plus(Duration.ofDays(31)), ZoneOffset.UTC));
        assertEquals(3, revisions(ada, f.getId()).size(), "v2 was replaced 30 days ago less a day: still there");
        world.setClock(Clock.fixed(t0.plus(Duration.ofDays(33)), ZoneOffset.UTC));
        List<String> left = revisions(ada, f.getId()).stream().map(Revision::getId).toList();
        assertEquals(List.of(three.get(0).getId(), three.get(2).getId()), left,
                "30 days after newer content v2 is purged; v1 is kept forever, v3 is the head");
        assertEquals(404, GoogleWorld.error(() -> ada.revisions().get(f.getId(), three.get(1).getId()).execute())
                .getStatusCode());

        ada.files().update(f.getId(), new File(), text("v4")).setKeepRevisionForever(true).execute();
        List<Revision> after = revisions(ada, f.getId());
        assertEquals(3, after.size());
        assertTrue(after.get(2).getKeepForever(), "keepRevisionForever marks the new head");

        ada.revisions().delete(f.getId(), after.get(2).getId()).execute();
        assertEquals("v3", new String(ada.files().get(f.getId()).executeMediaAsInputStream().readAllBytes(),
                StandardCharsets.UTF_8), "deleting the head makes the one before it the file's content");
        assertEquals(after.get(1).getId(), ada.files().get(f.getId()).setFields("headRevisionId").execute()
                .getHeadRevisionId());
        ada.revisions().delete(f.getId(), after.get(0).getId()).execute();
        GoogleJsonResponseException only = GoogleWorld.error(() -> ada.revisions().delete(f.getId(),
                after.get(1).getId()).execute());
        assertEquals(403, only.getStatusCode());
        assertEquals("cannotDeleteOnlyRevision", only.getDetails().getErrors().get(0).getReason());
        GoogleJsonResponseException missing = GoogleWorld.error(() -> ada.revisions().get(f.getId(), "nope").execute());
        assertEquals(404, missing.getStatusCode());
        assertEquals("revisionNotFound", missing.getDetails().getErrors().get(0).getReason());
    }

    @Test
    void aFileKeepsAtMostAHundredPurgeableRevisions() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        Drive ada = world.drive("ada");
        File f = ada.files().create(new File().setName("busy.txt"), text("0")).execute();
        String firstId = revisions(ada, f.getId()).get(0).getId();
        ada.revisions().update(f.getId(), firstId, new Revision().setKeepForever(true)).execute();
        for (int i = 1; i <= 104; i++) {
            ada.files().update(f.getId(), new File(), text(Integer.toString(i))).execute();
        }
        RevisionList list = ada.revisions().list(f.getId()).setPageSize(1000).setFields("revisions(id,size)").execute();
        assertEquals(101, list.getRevisions().size(), "the kept one and the newest 100");
        assertEquals(firstId, list.getRevisions().get(0).getId());
        assertEquals("5", bytes(ada, f.getId(), list.getRevisions().get(1).getId()), "the oldest purgeable ones went");
    }

    @Test
    void sheetsWritesAreRevisionsThatOnlyExportAndNeverGo() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        Drive ada = world.drive("ada");
        String id = world.sheets("ada").spreadsheets().create(new Spreadsheet().setProperties(
                new SpreadsheetProperties().setTitle("budget"))).execute().getSpreadsheetId();
        world.sheets("ada").spreadsheets().values().update(id, "A1", new ValueRange().setValues(List.of(List.of("1"))))
                .setValueInputOption("RAW").execute();
        List<Revision> all = revisions(ada, id);
        assertEquals(2, all.size(), "created, then written");
        Revision head = all.get(1);
        assertEquals("application/vnd.google-apps.spreadsheet", head.getMimeType());
        assertFalse(head.getPublished());
        assertNull(head.getMd5Checksum());
        assertNotNull(head.getExportLinks().get("text/csv"));
        assertNull(ada.files().get(id).setFields("headRevisionId").execute().getHeadRevisionId(),
                "headRevisionId is given for binary files only");
        GoogleJsonResponseException delete = GoogleWorld.error(() -> ada.revisions().delete(id, head.getId()).execute());
        assertEquals(403, delete.getStatusCode());
        assertEquals("revisionDeletionNotSupported", delete.getDetails().getErrors().get(0).getReason());
        assertEquals(403, GoogleWorld.error(() -> ada.revisions().get(id, head.getId()).executeMedia()).getStatusCode());
        Revision published = ada.revisions().update(id, head.getId(), new Revision().setPublished(true))
                .setFields("published").execute();
        assertTrue(published.getPublished());
    }

    @Test
    void theHistoryTakesTheWriterRole() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        Drive ada = world.drive("ada");
        File f = ada.files().create(new File().setName("shared.txt"), text("x")).execute();
        ada.permissions().create(f.getId(), new Permission().setType("user").setRole("reader")
                .setEmailAddress("linus.pauling@northwind.example")).execute();
        GoogleJsonResponseException reader = GoogleWorld.error(() -> world.drive("linus").revisions().list(f.getId())
                .execute());
        assertEquals(403, reader.getStatusCode());
        assertEquals(404, GoogleWorld.error(() -> world.drive("grace").revisions().list(f.getId()).execute())
                .getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.revisions().list(f.getId()).setPageSize(0).execute())
                .getStatusCode());
        Drive again = GoogleWorld.create().drive("ada");
        File same = again.files().create(new File().setName("shared.txt"), text("x")).execute();
        assertEquals(revisions(ada, f.getId()).get(0).getId(), revisions(again, same.getId()).get(0).getId(),
                "revision ids come from the universe's state: equal histories, equal ids");
    }
}

package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;
import com.google.api.services.drive.model.Permission;
import dev.dtu.twins.google.GoogleWorld;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drive v3 files and permissions driven by the official Java client. */
class DriveFilesTest {
    static GoogleWorld world;
    static Drive ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.drive("ada");
    }

    private static File upload(Drive drive, String name, String text, boolean multipart, String... parents) throws Exception {
        File meta = new File().setName(name).setParents(parents.length == 0 ? null : List.of(parents));
        Drive.Files.Create create = drive.files().create(meta,
                new ByteArrayContent("text/plain", text.getBytes(StandardCharsets.UTF_8)));
        create.getMediaHttpUploader().setDirectUploadEnabled(multipart);
        return create.setFields("id,name,mimeType,parents,size,md5Checksum").execute();
    }

    private static String download(Drive drive, String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        drive.files().get(id).executeMediaAndDownloadTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** modifiedTime is writable on create and update (an app syncing files keeps their own times). */
    @Test
    void aClientSetsModifiedTimeOnCreateAndUpdate() throws Exception {
        com.google.api.client.util.DateTime then = new com.google.api.client.util.DateTime("2020-02-02T10:00:00.000Z");
        File made = ada.files().create(new File().setName("old.txt").setModifiedTime(then)).setFields("id,modifiedTime")
                .execute();
        assertEquals(then, made.getModifiedTime());
        com.google.api.client.util.DateTime later = new com.google.api.client.util.DateTime("2021-03-03T11:00:00.000Z");
        assertEquals(later, ada.files().update(made.getId(), new File().setModifiedTime(later))
                .setFields("modifiedTime").execute().getModifiedTime());
        dev.dtu.server.testing.Http.Reply bad = dev.dtu.server.testing.Http.send("PATCH", world.universeUrl
                + "drive/v3/files/" + made.getId(), "{\"modifiedTime\":\"yesterday\"}", "Content-Type", "application/json",
                "Authorization", "Bearer " + world.tokens.get("ada"));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("INVALID_ARGUMENT", bad.json().path("error").path("status").asText());
    }

    @Test
    void multipartAndResumableUploadsStoreTheBytes() throws Exception {
        File multipart = upload(ada, "notes.txt", "hello drive", true);
        File resumable = upload(ada, "more.txt", "resumed bytes", false);
        assertEquals("notes.txt", multipart.getName());
        assertEquals("text/plain", multipart.getMimeType());
        assertEquals(11L, multipart.getSize());
        assertEquals("hello drive", download(ada, multipart.getId()));
        assertEquals("resumed bytes", download(ada, resumable.getId()));
        assertEquals(1, multipart.getParents().size(), "a file without parents goes to My Drive");
        assertEquals(ada.files().get("root").execute().getId(), multipart.getParents().get(0));
    }

    @Test
    void folderMoveRenameTrashAndQueries() throws Exception {
        File folder = ada.files().create(new File().setName("Quarterly").setMimeType("application/vnd.google-apps.folder"))
                .execute();
        File report = upload(ada, "q1 report.txt", "numbers", true);
        File moved = ada.files().update(report.getId(), new File().setName("Q1 report.txt"))
                .setAddParents(folder.getId()).setRemoveParents(report.getParents().get(0))
                .setFields("id,name,parents").execute();
        assertEquals("Q1 report.txt", moved.getName());
        assertEquals(List.of(folder.getId()), moved.getParents());

        FileList inFolder = ada.files().list().setQ("'" + folder.getId() + "' in parents and trashed = false")
                .setFields("files(id,name)").execute();
        assertEquals(List.of("Q1 report.txt"), inFolder.getFiles().stream().map(File::getName).toList());
        assertEquals(1, ada.files().list().setQ("name contains 'q1' and not mimeType = 'application/vnd.google-apps.folder'")
                .execute().getFiles().size());
        assertEquals(1, ada.files().list().setQ("fullText contains 'numbers'").execute().getFiles().size());

        ada.files().update(moved.getId(), new File().setTrashed(true)).execute();
        assertTrue(ada.files().get(moved.getId()).setFields("trashed").execute().getTrashed());
        assertTrue(ada.files().list().setQ("'" + folder.getId() + "' in parents and trashed = false").execute()
                .getFiles().isEmpty());
    }

    @Test
    void listPagesInOrderWithFieldMasks() throws Exception {
        Drive alan = world.drive("alan");
        for (String name : List.of("c.txt", "a.txt", "b.txt")) {
            upload(alan, name, name, true);
        }
        FileList first = alan.files().list().setPageSize(2).setOrderBy("name").setQ("mimeType = 'text/plain'")
                .setFields("nextPageToken,files(id,name)").execute();
        assertEquals(List.of("a.txt", "b.txt"), first.getFiles().stream().map(File::getName).toList());
        assertNull(first.getFiles().get(0).getMimeType(), "the fields mask leaves mimeType out");
        FileList second = alan.files().list().setPageSize(2).setOrderBy("name").setQ("mimeType = 'text/plain'")
                .setPageToken(first.getNextPageToken()).execute();
        assertEquals(List.of("c.txt"), second.getFiles().stream().map(File::getName).toList());
        assertNull(second.getNextPageToken());
        FileList desc = alan.files().list().setOrderBy("name desc").setQ("mimeType = 'text/plain'").execute();
        assertEquals("c.txt", desc.getFiles().get(0).getName());
    }

    @Test
    void copyAndDelete() throws Exception {
        File original = upload(ada, "template.txt", "body", true);
        File copy = ada.files().copy(original.getId(), new File()).setFields("id,name").execute();
        assertEquals("Copy of template.txt", copy.getName());
        assertEquals("body", download(ada, copy.getId()));
        ada.files().delete(copy.getId()).execute();
        GoogleJsonResponseException e = GoogleWorld.error(() -> ada.files().get(copy.getId()).execute());
        assertEquals(404, e.getStatusCode());
        assertEquals("File not found: " + copy.getId() + ".", e.getDetails().getMessage());
        assertEquals("notFound", e.getDetails().getErrors().get(0).getReason());
        assertEquals("fileId", e.getDetails().getErrors().get(0).getLocation());
    }

    @Test
    void permissionsAreHonouredOnEveryAccess() throws Exception {
        File secret = upload(ada, "secret.txt", "for ada only", true);
        Drive linus = world.drive("linus");
        assertEquals(404, GoogleWorld.error(() -> linus.files().get(secret.getId()).execute()).getStatusCode());
        assertTrue(linus.files().list().setQ("name = 'secret.txt'").execute().getFiles().isEmpty());

        Permission shared = ada.permissions().create(secret.getId(), new Permission().setType("user").setRole("reader")
                .setEmailAddress("linus.pauling@northwind.example")).execute();
        assertEquals("reader", shared.getRole());
        assertEquals("for ada only", download(linus, secret.getId()));
        GoogleJsonResponseException denied = GoogleWorld.error(() ->
                linus.files().update(secret.getId(), new File().setName("mine.txt")).execute());
        assertEquals(403, denied.getStatusCode());
        assertEquals("insufficientFilePermissions", denied.getDetails().getErrors().get(0).getReason());

        ada.permissions().update(secret.getId(), shared.getId(), new Permission().setRole("writer")).execute();
        assertEquals("mine.txt", linus.files().update(secret.getId(), new File().setName("mine.txt")).execute().getName());
        List<Permission> all = ada.permissions().list(secret.getId()).setFields("permissions(id,role,emailAddress)")
                .execute().getPermissions();
        assertEquals(List.of("owner", "writer"), all.stream().map(Permission::getRole).toList());

        ada.permissions().delete(secret.getId(), shared.getId()).execute();
        assertEquals(404, GoogleWorld.error(() -> linus.files().get(secret.getId()).execute()).getStatusCode());
    }

    @Test
    void seededFolderIsSharedWithTheDomain() throws Exception {
        Drive margaret = world.drive("margaret");
        File folder = margaret.files().get("support-folder").setFields("id,name,capabilities").execute();
        assertEquals("Support", folder.getName());
        assertFalse(folder.getCapabilities().getCanEdit(), "the domain may only read");
        FileList inside = margaret.files().list().setQ("'support-folder' in parents").setOrderBy("name")
                .setFields("files(name,mimeType)").execute();
        assertEquals(List.of("Support handbook", "Support tickets"), inside.getFiles().stream().map(File::getName).toList());
    }

    @Test
    void theServerRootIsRoutedByTheToken() throws Exception {
        Drive atRoot = world.driveAt(world.rootUrl, world.appToken);
        File f = atRoot.files().create(new File().setName("from root")).execute();
        assertNotNull(ada.files().get(f.getId()).execute(), "the app acts as ada, in this universe");
        GoogleWorld other = GoogleWorld.create();
        Drive wrongUniverse = world.driveAt(world.universeUrl, other.appToken);
        GoogleJsonResponseException e = GoogleWorld.error(() -> wrongUniverse.files().list().execute());
        assertEquals(401, e.getStatusCode());
        assertEquals("UNAUTHENTICATED", e.getDetails().get("status"));
        Drive unknown = world.driveAt(world.rootUrl, "ya29.nobody");
        GoogleJsonResponseException refused = GoogleWorld.error(() -> unknown.files().list().execute());
        assertEquals(401, refused.getStatusCode());
        assertEquals("Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"",
                refused.getHeaders().getAuthenticate());
        Drive anonymous = world.driveAt(world.rootUrl, null);
        GoogleJsonResponseException none = GoogleWorld.error(() -> anonymous.files().list().execute());
        assertEquals("Bearer realm=\"https://accounts.google.com/\"", none.getHeaders().getAuthenticate(),
                "no token sent, no invalid_token");
    }

    @Test
    void badQueriesAndExports() throws Exception {
        GoogleJsonResponseException q = GoogleWorld.error(() -> ada.files().list().setQ("name = ").execute());
        assertEquals(400, q.getStatusCode());
        assertEquals("Invalid Value", q.getDetails().getMessage());
        assertEquals("q", q.getDetails().getErrors().get(0).getLocation());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ada.files().export("support-tickets", "text/csv").executeMediaAndDownloadTo(csv);
        assertEquals("Ticket,Customer,Subject,Status,Opened,Priority", csv.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ada.files().export("support-handbook", "text/plain").executeMediaAndDownloadTo(text);
        assertTrue(text.toString(StandardCharsets.UTF_8).startsWith("\uFEFFSupport handbook\r\n"));
        File binary = upload(ada, "plain.txt", "x", true);
        GoogleJsonResponseException notExportable = GoogleWorld.error(() -> ada.files().export(binary.getId(),
                "text/plain").executeMedia());
        assertEquals(403, notExportable.getStatusCode(), notExportable.getMessage());
        assertEquals(403, GoogleWorld.error(() -> ada.files().get("support-tickets").executeMedia()).getStatusCode());
    }
}

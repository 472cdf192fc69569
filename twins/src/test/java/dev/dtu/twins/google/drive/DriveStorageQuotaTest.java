package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.About;
import com.google.api.services.drive.model.File;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import dev.dtu.server.universe.StorageQuota;
import dev.dtu.twins.Twins;
import dev.dtu.twins.google.GoogleWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Drive's storage quota (issue 15: a client storing 10 MiB files in a loop filled the heap): uploads past the
 * universe's quota get Drive's 403 storageQuotaExceeded and store nothing, and about.storageQuota says what is used.
 */
class DriveStorageQuotaTest {
    static final int KIB = 1024;
    static final DtuServer server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 8, 8 << 20)
            .withStorage(new StorageQuota(1 << 20, 64 << 20)), Twins.all()).start();

    @AfterAll
    static void close() {
        server.close();
    }

    /** Ada's bearer token in a new default-seeded universe. */
    static String ada() {
        String id = Http.post(server.url() + "/_dtu/universes", "{}", "Content-Type", "application/json").json()
                .path("id").asText();
        return "Bearer " + Http.get(server.url() + "/_dtu/universes/" + id + "/google/tokens").json().path("tokens")
                .path("ada").asText();
    }

    /** The Drive client of a bearer token (the server finds the universe by the token). */
    static Drive drive(String bearer) {
        return new Drive.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                r -> r.getHeaders().setAuthorization(bearer))
                .setRootUrl(server.url() + "/").setApplicationName("dtu-test").build();
    }

    static Drive drive() {
        return drive(ada());
    }

    static File upload(Drive drive, String name, int bytes) throws Exception {
        return drive.files().create(new File().setName(name),
                new ByteArrayContent("application/octet-stream", new byte[bytes])).setFields("id,size").execute();
    }

    static long usage(Drive drive) throws Exception {
        return drive.about().get().setFields("storageQuota").execute().getStorageQuota().getUsage();
    }

    static void assertQuotaExceeded(GoogleJsonResponseException e) {
        assertEquals(403, e.getStatusCode());
        GoogleJsonError.ErrorInfo info = e.getDetails().getErrors().get(0);
        assertEquals("storageQuotaExceeded", info.getReason());
        assertEquals("usageLimits", info.getDomain());
        assertEquals("The user's Drive storage quota has been exceeded.", e.getDetails().getMessage());
    }

    @Test
    void aboutReportsTheQuotaAndWhatFilesAndTrashUse() throws Exception {
        Drive ada = drive();
        long before = usage(ada);
        File f = upload(ada, "report.bin", 300 * KIB);
        About.StorageQuota q = ada.about().get().setFields("storageQuota").execute().getStorageQuota();
        assertEquals(1 << 20, q.getLimit());
        assertEquals(before + 300 * KIB, q.getUsage());
        assertEquals(before + 300 * KIB, q.getUsageInDrive());
        assertEquals(0, q.getUsageInDriveTrash());
        ada.files().update(f.getId(), new File().setTrashed(true)).execute();
        assertEquals(300 * KIB, ada.about().get().setFields("storageQuota").execute().getStorageQuota()
                .getUsageInDriveTrash(), "trashed files still count, as in Drive");
        ada.files().delete(f.getId()).execute();
        assertEquals(before, usage(ada));
    }

    @Test
    void anUploadPastTheQuotaIsStorageQuotaExceededAndStoresNothing() throws Exception {
        Drive ada = drive();
        File kept = upload(ada, "first.bin", 600 * KIB);
        long used = usage(ada);
        assertQuotaExceeded(GoogleWorld.error(() -> upload(ada, "second.bin", 600 * KIB)));
        assertEquals(used, usage(ada));
        assertTrue(ada.files().list().setQ("name = 'second.bin'").execute().getFiles().isEmpty());
        ada.files().delete(kept.getId()).execute();
        assertEquals(600 * KIB, upload(ada, "second.bin", 600 * KIB).getSize(), "deleting made room");
    }

    /** Each content update keeps the old bytes as a revision (Drive's guide), so they count until purged. */
    @Test
    void revisionsCountSoUpdatingInPlaceCannotGrowWithoutBound() throws Exception {
        Drive ada = drive();
        File f = upload(ada, "log.bin", 400 * KIB);
        ada.files().update(f.getId(), null, new ByteArrayContent("application/octet-stream", filled(400 * KIB, 1)))
                .execute();
        assertQuotaExceeded(GoogleWorld.error(() -> ada.files().update(f.getId(), null,
                new ByteArrayContent("application/octet-stream", filled(400 * KIB, 2))).execute()));
        ada.revisions().delete(f.getId(), ada.revisions().list(f.getId()).execute().getRevisions().get(0).getId())
                .execute();
        ada.files().update(f.getId(), null, new ByteArrayContent("application/octet-stream", filled(400 * KIB, 2)))
                .execute();
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void resumableChunksCountWhileTheUploadIsOpen() throws Exception {
        String auth = ada();
        Http.Reply start = Http.send("POST", server.url() + "/upload/drive/v3/files?uploadType=resumable", "{\"name\":\"r.bin\"}",
                "Content-Type", "application/json", "Authorization", auth);
        assertEquals(200, start.status(), start.body());
        String session = start.header("Location");
        assertEquals(308, put(session, 900 * KIB, "bytes 0-" + (900 * KIB - 1) + "/*", auth).statusCode());
        var refused = put(session, 200 * KIB, "bytes " + 900 * KIB + "-" + (1100 * KIB - 1) + "/*", auth);
        assertEquals(403, refused.statusCode(), refused.body());
        JsonNode error = dev.dtu.server.http.Json.parse(refused.body().getBytes()).path("error");
        assertEquals("storageQuotaExceeded", error.path("errors").path(0).path("reason").asText());
    }

    @Test
    void aFullUniverseLeavesOthersTheirOwnQuota() throws Exception {
        Drive full = drive();
        upload(full, "a.bin", 1 << 20);
        assertQuotaExceeded(GoogleWorld.error(() -> upload(full, "b.bin", 1)));
        assertEquals(512 * KIB, upload(drive(), "c.bin", 512 * KIB).getSize());
    }

    private static java.net.http.HttpResponse<String> put(String url, int bytes, String range, String auth)
            throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Range", range).header("Authorization", auth)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[bytes])).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}

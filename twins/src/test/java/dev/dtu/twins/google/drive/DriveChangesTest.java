package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.Change;
import com.google.api.services.drive.model.ChangeList;
import com.google.api.services.drive.model.Channel;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.Permission;
import com.sun.net.httpserver.HttpServer;
import dev.dtu.twins.google.GoogleWorld;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drive's changes feed and push notifications, through the Java client and an app's own HTTP endpoint. */
class DriveChangesTest {
    static GoogleWorld world;
    static Drive ada;
    static Drive linus;
    static HttpServer app;
    static final LinkedBlockingQueue<Map<String, String>> received = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() throws Exception {
        world = GoogleWorld.create();
        ada = world.drive("ada");
        linus = world.drive("linus");
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/drive-hook", exchange -> {
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            received.add(headers);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        app.start();
    }

    @AfterAll
    static void stop() {
        app.stop(0);
    }

    static String hook() {
        return "http://127.0.0.1:" + app.getAddress().getPort() + "/drive-hook";
    }

    static List<Change> all(Drive drive, String token) throws Exception {
        List<Change> out = new ArrayList<>();
        String page = token;
        while (page != null) {
            ChangeList list = drive.changes().list(page).setPageSize(2).setFields("*").execute();
            out.addAll(list.getChanges());
            page = list.getNextPageToken();
            if (page == null) {
                assertNotNull(list.getNewStartPageToken());
            }
        }
        return out;
    }

    @Test
    void everyChangeIsListedOnceWithRemovalsAndOnlyToThoseWhoSawTheFile() throws Exception {
        String start = ada.changes().getStartPageToken().execute().getStartPageToken();
        String linusStart = linus.changes().getStartPageToken().execute().getStartPageToken();
        File a = ada.files().create(new File().setName("a.txt")).execute();
        File b = ada.files().create(new File().setName("b.txt")).execute();
        ada.files().update(a.getId(), new File().setName("a2.txt")).execute();
        ada.permissions().create(b.getId(), new Permission().setType("user").setRole("reader")
                .setEmailAddress("linus.pauling@northwind.example")).execute();
        ada.files().delete(b.getId()).execute();

        List<Change> changes = all(ada, start);
        assertEquals(List.of(a.getId(), b.getId()), changes.stream().map(Change::getFileId).toList(),
                "each file once, at its latest change: " + changes);
        assertEquals("a2.txt", changes.get(0).getFile().getName(), "a change carries the file as it is now");
        assertFalse(changes.get(0).getRemoved());
        assertTrue(changes.get(1).getRemoved());
        assertNull(changes.get(1).getFile());
        assertEquals(1, ada.changes().list(start).setIncludeRemoved(false).execute().getChanges().size());
        String afterCreate = String.valueOf(Long.parseLong(start) + 1);
        assertEquals(List.of(a.getId(), b.getId()), ada.changes().list(afterCreate).execute().getChanges().stream()
                .map(Change::getFileId).toList(), "a later token still lists what changed after it");

        List<Change> linusChanges = all(linus, linusStart);
        assertEquals(List.of(b.getId()), linusChanges.stream().map(Change::getFileId).toList(),
                "linus hears only of the file shared with him, which is gone now");
        assertTrue(linusChanges.get(0).getRemoved());

        String next = ada.changes().list(start).setPageSize(1000).execute().getNewStartPageToken();
        assertTrue(ada.changes().list(next).execute().getChanges().isEmpty());
        GoogleJsonResponseException bad = GoogleWorld.error(() -> ada.changes().list("not-a-token").execute());
        assertEquals(400, bad.getStatusCode());
        assertEquals("pageToken", bad.getDetails().getErrors().get(0).getLocation());
    }

    /** Drive's change log holds one entry per item: a file changed many times is one entry, and old tokens list it. */
    @Test
    void theFeedHoldsOneEntryPerItemAndEveryOldTokenStillListsIt() throws Exception {
        String start = ada.changes().getStartPageToken().execute().getStartPageToken();
        File f = ada.files().create(new File().setName("pruned.txt")).execute();
        String mid = ada.changes().getStartPageToken().execute().getStartPageToken();
        for (int i = 0; i < 20; i++) {
            ada.files().update(f.getId(), new File().setName("pruned-" + i + ".txt")).execute();
        }
        long entries = world.state().all(dev.dtu.twins.google.drive.changes.ChangeFeed.CHANGES).values().stream()
                .filter(c -> c.itemId().equals(f.getId())).count();
        assertEquals(1, entries, "21 changes of one file are one entry of the feed");
        for (String token : List.of(start, mid)) {
            List<Change> listed = all(ada, token).stream().filter(c -> f.getId().equals(c.getFileId())).toList();
            assertEquals(1, listed.size(), "token " + token);
            assertEquals("pruned-19.txt", listed.get(0).getFile().getName());
        }
    }

    /** The log is each account's: one that lost sight of a file keeps its removal, whatever happens to the file later. */
    @Test
    void anAccountThatLostSightOfAFileStillListsTheRemovalAfterLaterChanges() throws Exception {
        String linusStart = linus.changes().getStartPageToken().execute().getStartPageToken();
        File f = ada.files().create(new File().setName("shared-then-not.txt")).execute();
        Permission p = ada.permissions().create(f.getId(), new Permission().setType("user").setRole("reader")
                .setEmailAddress("linus.pauling@northwind.example")).execute();
        ada.permissions().delete(f.getId(), p.getId()).execute();
        ada.files().update(f.getId(), new File().setName("renamed-in-private.txt")).execute();
        List<Change> heard = all(linus, linusStart).stream().filter(c -> f.getId().equals(c.getFileId())).toList();
        assertEquals(1, heard.size(), "linus hears of the file once: " + heard);
        assertTrue(heard.get(0).getRemoved(), "as removed from his view");
        assertNull(heard.get(0).getFile());
        List<Change> adas = ada.changes().list(linusStart).setPageSize(1000).execute().getChanges().stream()
                .filter(c -> f.getId().equals(c.getFileId())).toList();
        assertEquals("renamed-in-private.txt", adas.get(0).getFile().getName());
        assertEquals(1, adas.size());
    }

    @Test
    void sharedDriveChangesNeedTheirParameters() throws Exception {
        var drive = ada.drives().create(UUID.randomUUID().toString(),
                new com.google.api.services.drive.model.Drive().setName("Feed")).execute();
        String start = ada.changes().getStartPageToken().execute().getStartPageToken();
        File inDrive = ada.files().create(new File().setName("team.txt").setParents(List.of(drive.getId())))
                .setSupportsAllDrives(true).execute();
        File mine = ada.files().create(new File().setName("mine.txt")).execute();
        assertEquals(List.of(mine.getId()), ada.changes().list(start).execute().getChanges().stream()
                .map(Change::getFileId).toList());
        assertEquals(List.of(inDrive.getId(), mine.getId()), ada.changes().list(start).setIncludeItemsFromAllDrives(true)
                .setSupportsAllDrives(true).execute().getChanges().stream().map(Change::getFileId).toList());
        ChangeList onlyDrive = ada.changes().list(start).setDriveId(drive.getId()).setSupportsAllDrives(true)
                .setIncludeItemsFromAllDrives(true).execute();
        assertEquals(List.of(inDrive.getId()), onlyDrive.getChanges().stream().map(Change::getFileId).toList());
        assertEquals(drive.getId(), onlyDrive.getChanges().get(0).getDriveId());
        assertEquals(404, GoogleWorld.error(() -> linus.changes().list(start).setDriveId(drive.getId())
                .setSupportsAllDrives(true).execute()).getStatusCode());
    }

    @Test
    void channelsNotifyWithGooglesHeadersUntilStopped() throws Exception {
        received.clear();
        File watched = ada.files().create(new File().setName("watched.txt")).execute();
        String start = ada.changes().getStartPageToken().execute().getStartPageToken();
        Channel changes = ada.changes().watch(start, new Channel().setId("changes-" + UUID.randomUUID())
                .setType("web_hook").setAddress(hook()).setToken("app-token")).execute();
        assertEquals("api#channel", changes.getKind());
        assertNotNull(changes.getResourceId());
        assertNotNull(changes.getExpiration());
        Map<String, String> sync = next();
        assertEquals("sync", sync.get("X-Goog-Resource-State"));
        assertEquals("1", sync.get("X-Goog-Message-Number"));
        assertEquals(changes.getId(), sync.get("X-Goog-Channel-ID"));
        assertEquals("app-token", sync.get("X-Goog-Channel-Token"));
        assertEquals(changes.getResourceId(), sync.get("X-Goog-Resource-ID"));
        assertNotNull(sync.get("X-Goog-Channel-Expiration"));

        Channel file = ada.files().watch(watched.getId(), new Channel().setId("file-" + UUID.randomUUID())
                .setType("web_hook").setAddress(hook())).execute();
        assertEquals("sync", next().get("X-Goog-Resource-State"));

        ada.files().update(watched.getId(), new File().setName("renamed.txt")).execute();
        Map<String, Map<String, String>> byChannel = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            Map<String, String> n = next();
            byChannel.put(n.get("X-Goog-Channel-ID"), n);
        }
        assertEquals("change", byChannel.get(changes.getId()).get("X-Goog-Resource-State"));
        assertEquals("2", byChannel.get(changes.getId()).get("X-Goog-Message-Number"));
        assertEquals("update", byChannel.get(file.getId()).get("X-Goog-Resource-State"));
        assertEquals("properties", byChannel.get(file.getId()).get("X-Goog-Changed"));

        ada.channels().stop(new Channel().setId(changes.getId()).setResourceId(changes.getResourceId())).execute();
        ada.files().update(watched.getId(), new File().setTrashed(true)).execute();
        Map<String, String> trash = next();
        assertEquals(file.getId(), trash.get("X-Goog-Channel-ID"));
        assertEquals("trash", trash.get("X-Goog-Resource-State"));
        assertEquals("3", trash.get("X-Goog-Message-Number"));
        assertNull(received.poll(300, TimeUnit.MILLISECONDS), "the stopped channel hears nothing more");

        assertEquals(404, GoogleWorld.error(() -> ada.channels().stop(new Channel().setId(changes.getId())
                .setResourceId(changes.getResourceId())).execute()).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.files().watch(watched.getId(), new Channel().setId(file.getId())
                .setType("web_hook").setAddress(hook())).execute()).getStatusCode(), "channel ids are unique");
        assertEquals(400, GoogleWorld.error(() -> ada.files().watch(watched.getId(), new Channel().setId("x")
                .setType("carrier_pigeon").setAddress(hook())).execute()).getStatusCode());
        assertFalse(world.serverUrl().isEmpty());
    }

    private static Map<String, String> next() throws InterruptedException {
        Map<String, String> n = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(n, "no notification arrived");
        return n;
    }
}

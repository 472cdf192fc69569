package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.Permission;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dev.dtu.twins.google.GoogleWorld;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application data folder through the Java client with tokens the twin grants the universe's service account:
 * {@code drive.appdata} reaches the folder only, {@code drive} everything else.
 */
class DriveAppDataTest {
    static final String APPDATA = "https://www.googleapis.com/auth/drive.appdata";
    static final String DRIVE = "https://www.googleapis.com/auth/drive";
    static GoogleWorld world;
    static Drive appData;
    static Drive full;

    @BeforeAll
    static void start() throws Exception {
        world = GoogleWorld.create();
        appData = drive(APPDATA);
        full = drive(DRIVE);
    }

    private static Drive drive(String... scopes) throws Exception {
        ServiceAccountCredentials sa = (ServiceAccountCredentials) ServiceAccountCredentials.fromStream(
                new ByteArrayInputStream(world.serviceAccountKey.toString().getBytes(StandardCharsets.UTF_8)))
                .createScoped(List.of(scopes));
        return new Drive.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(sa)).setRootUrl(world.universeUrl).setApplicationName("t").build();
    }

    private static File config(Drive client, String name) throws Exception {
        return client.files().create(new File().setName(name).setParents(List.of("appDataFolder")),
                        new ByteArrayContent("application/json", "{\"theme\":\"dark\"}".getBytes(StandardCharsets.UTF_8)))
                .setFields("id,name,parents,spaces").execute();
    }

    private static String reason(GoogleJsonResponseException e) {
        return e.getDetails().getErrors().get(0).getReason();
    }

    @Test
    void aFileCreatedInAppDataFolderIsListedOnlyInThatSpace() throws Exception {
        File created = config(appData, "settings.json");
        assertEquals(List.of("appDataFolder"), created.getSpaces());
        File folder = appData.files().get("appDataFolder").setFields("id,mimeType,spaces").execute();
        assertEquals(List.of(folder.getId()), created.getParents());
        assertNotEquals("appDataFolder", folder.getId());
        assertEquals("application/vnd.google-apps.folder", folder.getMimeType());

        List<String> listed = appData.files().list().setSpaces("appDataFolder").setFields("files(id,name)")
                .execute().getFiles().stream().map(File::getName).toList();
        assertTrue(listed.contains("settings.json"), listed.toString());
        String content = new String(appData.files().get(created.getId()).executeMediaAsInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals("{\"theme\":\"dark\"}", content);

        File mine = full.files().create(new File().setName("report.txt"), new ByteArrayContent("text/plain",
                new byte[] {1})).execute();
        List<String> inDrive = drive(DRIVE, APPDATA).files().list().setFields("files(id)").execute().getFiles().stream()
                .map(File::getId).toList();
        assertTrue(inDrive.contains(mine.getId()));
        assertTrue(!inDrive.contains(created.getId()), "the default space is drive");
        List<String> both = drive(DRIVE, APPDATA).files().list().setSpaces("drive,appDataFolder")
                .setFields("files(id)").execute().getFiles().stream().map(File::getId).toList();
        assertTrue(both.containsAll(List.of(mine.getId(), created.getId())), both.toString());
    }

    @Test
    void eachSpaceTakesItsScope() throws Exception {
        File created = config(appData, "state.json");
        GoogleJsonResponseException noAppData = GoogleWorld.error(() -> full.files().list().setSpaces("appDataFolder")
                .execute());
        assertEquals(403, noAppData.getStatusCode());
        assertEquals("insufficientScopes", reason(noAppData));
        GoogleJsonResponseException onlyAppData = GoogleWorld.error(() -> appData.files().list().execute());
        assertEquals(403, onlyAppData.getStatusCode());
        assertEquals("insufficientScopes", reason(onlyAppData));
        assertEquals(404, GoogleWorld.error(() -> full.files().get(created.getId()).execute()).getStatusCode());
        File mine = full.files().create(new File().setName("elsewhere.txt"), new ByteArrayContent("text/plain",
                new byte[] {2})).execute();
        assertEquals(404, GoogleWorld.error(() -> appData.files().get(mine.getId()).execute()).getStatusCode());
        GoogleJsonResponseException create = GoogleWorld.error(() -> config(full, "nope.json"));
        assertEquals(403, create.getStatusCode());
        assertEquals("insufficientScopes", reason(create));
        assertEquals(400, GoogleWorld.error(() -> appData.files().list().setSpaces("attic").execute())
                .getStatusCode());
    }

    @Test
    void itemsOfTheFolderCannotBeSharedTrashedOrMovedOut() throws Exception {
        File created = config(appData, "cache.json");
        GoogleJsonResponseException share = GoogleWorld.error(() -> appData.permissions().create(created.getId(),
                new Permission().setType("anyone").setRole("reader")).execute());
        assertEquals(403, share.getStatusCode());
        assertEquals("notSupportedForAppDataFolderFiles", reason(share));
        GoogleJsonResponseException trash = GoogleWorld.error(() -> appData.files().update(created.getId(),
                new File().setTrashed(true)).execute());
        assertEquals("notSupportedForAppDataFolderFiles", reason(trash));
        Drive both = drive(DRIVE, APPDATA);
        GoogleJsonResponseException move = GoogleWorld.error(() -> both.files().update(created.getId(), new File())
                .setAddParents("root").execute());
        assertEquals(403, move.getStatusCode());
        assertEquals("notSupportedForAppDataFolderFiles", reason(move));
        assertEquals(List.of("appDataFolder"), appData.files().get(created.getId()).setFields("spaces").execute()
                .getSpaces());
        appData.files().delete(created.getId()).execute();
        assertEquals(404, GoogleWorld.error(() -> appData.files().get(created.getId()).execute()).getStatusCode());
    }

    @Test
    void changesOfTheFolderAreListedWithItsSpace() throws Exception {
        String start = drive(DRIVE, APPDATA).changes().getStartPageToken().execute().getStartPageToken();
        File created = config(appData, "journal.json");
        List<String> inAppData = appData.changes().list(start).setSpaces("appDataFolder").execute().getChanges()
                .stream().map(ch -> ch.getFileId()).toList();
        assertTrue(inAppData.contains(created.getId()), inAppData.toString());
        List<String> inDrive = drive(DRIVE, APPDATA).changes().list(start).execute().getChanges().stream()
                .map(ch -> ch.getFileId()).toList();
        assertTrue(!inDrive.contains(created.getId()), inDrive.toString());
    }
}

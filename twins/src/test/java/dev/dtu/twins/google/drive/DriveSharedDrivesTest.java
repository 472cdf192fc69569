package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.Permission;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.google.GoogleWorld;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shared drives, their members and roles, and the parameters that reach their items, through the Java client. */
class DriveSharedDrivesTest {
    static GoogleWorld world;
    static Drive ada;
    static Drive linus;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.drive("ada");
        linus = world.drive("linus");
    }

    private static com.google.api.services.drive.model.Drive newDrive(String name) throws Exception {
        return ada.drives().create(UUID.randomUUID().toString(), new com.google.api.services.drive.model.Drive()
                .setName(name)).setFields("id,name,capabilities,restrictions,hidden").execute();
    }

    private static File upload(Drive drive, String name, String parent) throws Exception {
        return drive.files().create(new File().setName(name).setParents(List.of(parent)),
                        new ByteArrayContent("text/plain", name.getBytes(StandardCharsets.UTF_8)))
                .setSupportsAllDrives(true).setFields("id,name,parents,driveId,owners").execute();
    }

    private static String reason(GoogleJsonResponseException e) {
        return e.getDetails().getErrors().get(0).getReason();
    }

    private static void share(String driveId, String email, String role) throws Exception {
        ada.permissions().create(driveId, new Permission().setType("user").setRole(role).setEmailAddress(email))
                .setSupportsAllDrives(true).execute();
    }

    @Test
    void createIsIdempotentByRequestIdAndTheCreatorIsOrganizer() throws Exception {
        String requestId = UUID.randomUUID().toString();
        var created = ada.drives().create(requestId, new com.google.api.services.drive.model.Drive().setName("Team"))
                .execute();
        assertEquals("Team", created.getName());
        assertEquals("drive#drive", created.getKind());
        GoogleJsonResponseException again = GoogleWorld.error(() -> ada.drives().create(requestId,
                new com.google.api.services.drive.model.Drive().setName("Team")).execute());
        assertEquals(409, again.getStatusCode());
        assertEquals(1, ada.drives().list().execute().getDrives().stream()
                .filter(d -> d.getId().equals(created.getId())).count());
        var got = ada.drives().get(created.getId()).setFields("capabilities,createdTime,hidden").execute();
        assertTrue(got.getCapabilities().getCanManageMembers());
        assertFalse(got.getHidden());
        List<Permission> members = ada.permissions().list(created.getId()).setSupportsAllDrives(true)
                .setFields("permissions(role,emailAddress)").execute().getPermissions();
        assertEquals(List.of("organizer"), members.stream().map(Permission::getRole).toList());
        assertEquals("ada.lovelace@northwind.example", members.get(0).getEmailAddress());

        Http.Reply noRequestId = Http.post(world.universeUrl + "drive/v3/drives", "{\"name\":\"x\"}",
                "Authorization", "Bearer " + world.tokens.get("ada"), "Content-Type", "application/json");
        assertEquals(400, noRequestId.status());
        assertEquals("requestId", noRequestId.json().path("error").path("errors").path(0).path("location").asText());
    }

    @Test
    void nonMembersDoNotSeeTheDriveAndMembersGetTheirRole() throws Exception {
        var drive = newDrive("Research");
        assertEquals(404, GoogleWorld.error(() -> linus.drives().get(drive.getId()).execute()).getStatusCode());
        assertTrue(linus.drives().list().execute().getDrives().stream().noneMatch(d -> d.getId().equals(drive.getId())));
        share(drive.getId(), "linus.pauling@northwind.example", "writer");
        var seen = linus.drives().get(drive.getId()).setFields("name,capabilities").execute();
        assertEquals("Research", seen.getName());
        assertFalse(seen.getCapabilities().getCanManageMembers());

        GoogleJsonResponseException rename = GoogleWorld.error(() -> linus.drives().update(drive.getId(),
                new com.google.api.services.drive.model.Drive().setName("Mine")).execute());
        assertEquals(403, rename.getStatusCode());
        assertEquals("insufficientFilePermissions", reason(rename));
        GoogleJsonResponseException addMember = GoogleWorld.error(() -> linus.permissions().create(drive.getId(),
                new Permission().setType("user").setRole("reader").setEmailAddress("alan.turing@northwind.example"))
                .setSupportsAllDrives(true).execute());
        assertEquals(403, addMember.getStatusCode());
        assertEquals("insufficientFilePermissions", reason(addMember));

        assertEquals("Renamed", ada.drives().update(drive.getId(), new com.google.api.services.drive.model.Drive()
                .setName("Renamed")).execute().getName());
        assertEquals("Renamed", ada.files().get(drive.getId()).setSupportsAllDrives(true).execute().getName());
    }

    @Test
    void itemsBelongToTheDriveAndNeedSupportsAllDrives() throws Exception {
        var drive = newDrive("Ops");
        File doc = upload(ada, "runbook.txt", drive.getId());
        assertEquals(drive.getId(), doc.getDriveId());
        assertNull(doc.getOwners(), "a shared drive's items have no owners");

        GoogleJsonResponseException hidden = GoogleWorld.error(() -> ada.files().get(doc.getId()).execute());
        assertEquals(404, hidden.getStatusCode());
        assertEquals("File not found: " + doc.getId() + ".", hidden.getDetails().getMessage());
        assertEquals("notFound", reason(hidden));
        assertEquals(404, GoogleWorld.error(() -> ada.files().create(new File().setName("x")
                .setParents(List.of(drive.getId()))).execute()).getStatusCode());
        assertEquals("runbook.txt", ada.files().get(doc.getId()).setSupportsAllDrives(true).execute().getName());

        assertTrue(ada.files().list().setQ("name = 'runbook.txt'").execute().getFiles().isEmpty(),
                "corpora=user leaves shared drives out");
        assertEquals(List.of("runbook.txt"), ada.files().list().setCorpora("drive").setDriveId(drive.getId())
                .setIncludeItemsFromAllDrives(true).setSupportsAllDrives(true).execute().getFiles().stream()
                .map(File::getName).toList());
        assertEquals(1, ada.files().list().setCorpora("allDrives").setIncludeItemsFromAllDrives(true)
                .setSupportsAllDrives(true).setQ("name = 'runbook.txt'").execute().getFiles().size());
        assertEquals(1, ada.files().list().setIncludeItemsFromAllDrives(true).setSupportsAllDrives(true)
                .setQ("'" + drive.getId() + "' in parents").execute().getFiles().size());
        GoogleJsonResponseException noDriveId = GoogleWorld.error(() -> ada.files().list().setCorpora("drive")
                .setIncludeItemsFromAllDrives(true).execute());
        assertEquals(400, noDriveId.getStatusCode());
        GoogleJsonResponseException notIncluded = GoogleWorld.error(() -> ada.files().list().setCorpora("allDrives")
                .execute());
        assertEquals(400, notIncluded.getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.files().list().setCorpora("everything").execute()).getStatusCode());
    }

    @Test
    void rolesDecideWhoMayTrashDeleteAndShare() throws Exception {
        var drive = newDrive("Roles");
        share(drive.getId(), "linus.pauling@northwind.example", "writer");
        File a = upload(linus, "a.txt", drive.getId());
        GoogleJsonResponseException trash = GoogleWorld.error(() -> linus.files().update(a.getId(),
                new File().setTrashed(true)).setSupportsAllDrives(true).execute());
        assertEquals(403, trash.getStatusCode());
        assertEquals("insufficientFilePermissions", reason(trash));

        Permission linusMember = ada.permissions().list(drive.getId()).setSupportsAllDrives(true)
                .setFields("permissions(id,emailAddress)").execute().getPermissions().stream()
                .filter(p -> "linus.pauling@northwind.example".equals(p.getEmailAddress())).findFirst().orElseThrow();
        ada.permissions().update(drive.getId(), linusMember.getId(), new Permission().setRole("fileOrganizer"))
                .setSupportsAllDrives(true).execute();
        assertTrue(linus.files().update(a.getId(), new File().setTrashed(true)).setSupportsAllDrives(true)
                .setFields("trashed").execute().getTrashed());
        GoogleJsonResponseException delete = GoogleWorld.error(() -> linus.files().delete(a.getId())
                .setSupportsAllDrives(true).execute());
        assertEquals(403, delete.getStatusCode());

        List<Permission> inherited = ada.permissions().list(a.getId()).setSupportsAllDrives(true)
                .setFields("permissions(id,role,permissionDetails)").execute().getPermissions();
        assertEquals(2, inherited.size());
        assertTrue(inherited.get(0).getPermissionDetails().get(0).getInherited());
        GoogleJsonResponseException onItem = GoogleWorld.error(() -> ada.permissions().delete(a.getId(),
                linusMember.getId()).setSupportsAllDrives(true).execute());
        assertEquals(403, onItem.getStatusCode());
        assertEquals("cannotModifyInheritedTeamDrivePermission", reason(onItem));
        GoogleJsonResponseException owner = GoogleWorld.error(() -> ada.permissions().create(a.getId(),
                new Permission().setType("user").setRole("owner").setEmailAddress("alan.turing@northwind.example"))
                .setSupportsAllDrives(true).setTransferOwnership(true).execute());
        assertEquals("ownerOnTeamDriveItemNotSupported", reason(owner));
        File mine = ada.files().create(new File().setName("mine.txt")).execute();
        GoogleJsonResponseException organizer = GoogleWorld.error(() -> ada.permissions().create(mine.getId(),
                new Permission().setType("user").setRole("organizer").setEmailAddress("alan.turing@northwind.example"))
                .execute());
        assertEquals("organizerOnNonTeamDriveItemNotSupported", reason(organizer));

        ada.files().delete(a.getId()).setSupportsAllDrives(true).execute();
        ada.drives().delete(drive.getId()).execute();
        assertEquals(404, GoogleWorld.error(() -> ada.drives().get(drive.getId()).execute()).getStatusCode());
    }

    @Test
    void aDriveWithItemsCannotBeDeletedAndHidingIsPerUser() throws Exception {
        var drive = newDrive("Full");
        share(drive.getId(), "linus.pauling@northwind.example", "reader");
        upload(ada, "keep.txt", drive.getId());
        GoogleJsonResponseException full = GoogleWorld.error(() -> ada.drives().delete(drive.getId()).execute());
        assertEquals(403, full.getStatusCode());
        assertEquals("cannotDeleteResourceWithChildren", reason(full));

        assertTrue(ada.drives().hide(drive.getId()).setFields("hidden").execute().getHidden());
        assertTrue(ada.drives().get(drive.getId()).setFields("hidden").execute().getHidden());
        assertFalse(linus.drives().get(drive.getId()).setFields("hidden").execute().getHidden());
        assertTrue(ada.drives().list().setQ("hidden = true").execute().getDrives().stream()
                .anyMatch(d -> d.getId().equals(drive.getId())));
        assertFalse(ada.drives().unhide(drive.getId()).setFields("hidden").execute().getHidden());
        assertEquals(400, GoogleWorld.error(() -> ada.drives().list().setQ("owner = 'x'").execute()).getStatusCode());
    }

    @Test
    void filesMoveIntoAndOutOfASharedDrive() throws Exception {
        var drive = newDrive("Moves");
        File mine = ada.files().create(new File().setName("draft.txt")).setFields("id,parents").execute();
        File moved = ada.files().update(mine.getId(), new File()).setAddParents(drive.getId())
                .setRemoveParents(mine.getParents().get(0)).setSupportsAllDrives(true)
                .setFields("parents,driveId,owners").execute();
        assertEquals(drive.getId(), moved.getDriveId());
        assertNull(moved.getOwners());
        File back = ada.files().update(mine.getId(), new File()).setAddParents("root").setRemoveParents(drive.getId())
                .setSupportsAllDrives(true).setFields("driveId,owners(emailAddress)").execute();
        assertNull(back.getDriveId());
        assertEquals("ada.lovelace@northwind.example", back.getOwners().get(0).getEmailAddress());
        File twoParents = ada.files().create(new File().setName("f").setMimeType("application/vnd.google-apps.folder"))
                .execute();
        GoogleJsonResponseException limit = GoogleWorld.error(() -> ada.files().update(mine.getId(), new File())
                .setAddParents(drive.getId() + "," + twoParents.getId()).setSupportsAllDrives(true).execute());
        assertEquals("teamDrivesParentLimit", reason(limit));
    }
}

package dev.dtu.twins.google;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.seed.Person;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.auth.GoogleAccount;
import dev.dtu.twins.google.auth.GoogleApp;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.auth.ServiceAccount;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.Revisions;
import dev.dtu.twins.google.drive.model.Permission;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the seed's {@code google} section: one account (and My Drive) per person, the app's account,
 * folders, files, spreadsheets and documents with their sharing.
 */
final class GoogleSeed {
    /** Seeded files are dated at a fixed instant, so seeding is deterministic. */
    static final Instant SEEDED_AT = Instant.parse("2026-01-05T09:00:00Z");

    /** Writes the content of a seeded spreadsheet or document. */
    interface ContentSeeder {
        void seed(Tx tx, String id, String title, JsonNode spec, String path);
    }

    private final Map<String, ContentSeeder> content;

    GoogleSeed(Map<String, ContentSeeder> content) {
        this.content = content;
    }

    void seed(SeedDocument doc, Tx tx) {
        JsonNode section = doc.section("google");
        for (Person p : doc.people()) {
            tx.put(GoogleAuth.ACCOUNTS, p.id(), new GoogleAccount(p.id(), p.email(), p.name(), p.isActive()));
            String root = FileIds.rootOf(p.id());
            tx.put(DriveAccess.FILES, root, new DriveFile(root, "My Drive", DriveFile.FOLDER, List.of(), p.id(), false,
                    false, null, SEEDED_AT, SEEDED_AT, p.id(), 1, null, List.of(), Map.of(), true));
        }
        String app = section.path("app").asText(doc.people().isEmpty() ? "" : doc.people().get(0).id());
        if (!app.isEmpty() && doc.person(app).isEmpty()) {
            throw new SeedException("google.app", "no person '" + app + "'");
        }
        tx.put(GoogleAuth.APP, GoogleApp.ID, new GoogleApp(GoogleApp.ID, app, doc.company().domain()));
        serviceAccount(doc, tx);
        files(doc, tx, section.path("folders"), "google.folders", DriveFile.FOLDER);
        files(doc, tx, section.path("files"), "google.files", null);
        files(doc, tx, section.path("spreadsheets"), "google.spreadsheets", DriveFile.SPREADSHEET);
        files(doc, tx, section.path("documents"), "google.documents", DriveFile.DOCUMENT);
    }

    /**
     * The app's service account: an account of its own (with a My Drive), named after the company's domain
     * ("dtu-app@acme-example.iam.gserviceaccount.com"); its key is minted per universe.
     */
    private static void serviceAccount(SeedDocument doc, Tx tx) {
        String project = doc.company().domain().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        project = project.isEmpty() ? "dtu-project" : project;
        String email = "dtu-app@" + project + ".iam.gserviceaccount.com";
        String id = ServiceAccount.ID;
        tx.put(GoogleAuth.ACCOUNTS, id, new GoogleAccount(id, email, "dtu-app", true));
        tx.put(GoogleAuth.SERVICE_ACCOUNT, id, new ServiceAccount(id, id, email, project));
        String root = FileIds.rootOf(id);
        tx.put(DriveAccess.FILES, root, new DriveFile(root, "My Drive", DriveFile.FOLDER, List.of(), id, false,
                false, null, SEEDED_AT, SEEDED_AT, id, 1, null, List.of(), Map.of(), true));
    }

    private void files(SeedDocument doc, Tx tx, JsonNode list, String path, String mimeType) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode spec = list.get(i);
            String at = path + "[" + i + "]";
            String owner = spec.path("owner").asText(tx.get(GoogleAuth.APP, GoogleApp.ID).orElseThrow().accountId());
            if (doc.person(owner).isEmpty()) {
                throw new SeedException(at + ".owner", "no person '" + owner + "'");
            }
            String id = spec.has("id") ? spec.get("id").asText() : FileIds.next(tx);
            if (tx.get(DriveAccess.FILES, id).isPresent()) {
                throw new SeedException(at + ".id", "duplicate file id '" + id + "'");
            }
            String parent = spec.has("folder") ? spec.get("folder").asText() : FileIds.rootOf(owner);
            if (tx.get(DriveAccess.FILES, parent).filter(DriveFile::isFolder).isEmpty()) {
                throw new SeedException(at + ".folder", "no folder '" + parent + "' (folders are listed before use)");
            }
            String type = mimeType != null ? mimeType : spec.path("mimeType").asText("text/plain");
            String name = spec.has("title") ? spec.get("title").asText() : spec.path("name").asText("Untitled");
            byte[] bytes = spec.has("content") && mimeType == null
                    ? spec.get("content").asText().getBytes(StandardCharsets.UTF_8) : null;
            tx.put(DriveAccess.FILES, id, new DriveFile(id, name, type, List.of(parent), owner, false, false,
                    spec.path("description").asText(null), SEEDED_AT, SEEDED_AT, owner, 1, bytes,
                    sharing(doc, spec.path("sharing"), at + ".sharing"), Map.of(), false));
            ContentSeeder seeder = content.get(type);
            if (seeder != null) {
                seeder.seed(tx, id, name, spec, at);
            }
            if (!DriveFile.FOLDER.equals(type)) {
                Revisions.add(tx, tx.get(DriveAccess.FILES, id).orElseThrow(), SEEDED_AT, owner, false);
            }
        }
    }

    private static List<Permission> sharing(SeedDocument doc, JsonNode list, String path) {
        List<Permission> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String at = path + "[" + i + "].person";
            String role = s.path("role").asText("reader");
            if (s.has("person")) {
                Person p = doc.person(s.get("person").asText()).orElseThrow(() -> new SeedException(
                        at, "no person '" + s.get("person").asText() + "'"));
                out.add(new Permission(GoogleAccount.numericId(p.email()), "user", role, p.email().toLowerCase(),
                        null, null));
            } else if (s.has("email")) {
                String email = s.get("email").asText();
                out.add(new Permission(GoogleAccount.numericId(email), "user", role, email.toLowerCase(), null, null));
            } else if (s.has("domain")) {
                String domain = s.get("domain").asText();
                out.add(new Permission(GoogleAccount.numericId("domain:" + domain), "domain", role, null, domain, true));
            } else {
                out.add(new Permission("anyoneWithLink", "anyone", role, null, null, false));
            }
        }
        return out;
    }
}

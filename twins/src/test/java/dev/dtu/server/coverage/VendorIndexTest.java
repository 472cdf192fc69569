package dev.dtu.server.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.VendorSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps each twin's operation index ({@code coverage/<twin>.tsv}: tag, method, path, operation id) equal to the
 * operations of the vendor's published spec. The specs are not in the repository (shared/vendor-specs), so the
 * check runs where they are; Google's index comes from our openapi/google-*.yaml (no spec file is kept for it).
 * A stale index is rewritten and the test fails, so the fresh one gets committed.
 */
class VendorIndexTest {
    static final Path DIR = Path.of("src/main/resources/coverage");
    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void okta() throws IOException {
        check("okta", "okta-management.openapi3.yaml and okta-oauth.openapi3.yaml (shared/vendor-specs)", "",
                "okta-management.openapi3.yaml", "okta-oauth.openapi3.yaml");
    }

    @Test
    void jira() throws IOException {
        check("jira", "jira-platform-v3.openapi3.json (shared/vendor-specs)", "", "jira-platform-v3.openapi3.json");
    }

    @Test
    void slack() throws IOException {
        check("slack", "slack-web-api.openapi2.json (shared/vendor-specs)", "/api", "slack-web-api.openapi2.json");
    }

    @Test
    void google() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String file : List.of("google-sheets.yaml", "google-docs.yaml", "google-drive.yaml")) {
            lines.addAll(operations(Json.parseYaml(Files.readString(Path.of("../openapi", file))), "", file.replace(".yaml", "")));
        }
        write("google", "openapi/google-sheets.yaml, google-docs.yaml and google-drive.yaml (Google's discovery documents are not kept)", lines);
    }

    @Test
    void aConcretePathIsNamedByTheVendorsOperation() {
        VendorIndex okta = VendorIndex.of("okta");
        assertEquals("getUser", okta.find("GET", "/api/v1/users/00u1abc").orElseThrow().operationId());
        assertEquals("UserType", okta.find("GET", "/api/v1/meta/types/user/oty1").orElseThrow().tag());
        assertEquals(Optional.empty(), okta.find("GET", "/api/v1/no/such/thing"));
        assertEquals(Optional.empty(), okta.find("PATCH", "/api/v1/groups/00g1"), "method counts");
    }

    @Test
    void theMostLiteralTemplateWins() {
        VendorIndex jira = VendorIndex.of("jira");
        assertEquals("getIssuePickerResource", jira.find("GET", "/rest/api/3/issue/picker").orElseThrow().operationId());
        assertEquals("getIssue", jira.find("GET", "/rest/api/3/issue/PROJ-1").orElseThrow().operationId());
    }

    @Test
    void googleCustomMethodsAreMatchedAfterTheColon() {
        VendorIndex google = VendorIndex.of("google");
        assertEquals("docs.documents.batchUpdate", google.find("POST", "/v1/documents/1abc:batchUpdate").orElseThrow().operationId());
        assertEquals("docs.documents.get", google.find("GET", "/v1/documents/1abc").orElseThrow().operationId());
    }

    private void check(String twin, String source, String base, String... files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String file : files) {
            Optional<JsonNode> doc = VendorSpecs.document(file);
            assumeTrue(doc.isPresent(), "vendor spec " + file + " not found");
            lines.addAll(operations(doc.get(), base, null));
        }
        write(twin, source, lines);
    }

    private static List<String> operations(JsonNode doc, String base, String defaultTag) {
        List<String> out = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                JsonNode op = m.getValue();
                String tag = op.path("tags").path(0).asText(defaultTag == null ? "untagged" : defaultTag);
                String id = op.path("operationId").asText(m.getKey() + " " + p.getKey());
                out.add(new VendorOperation(clean(tag), m.getKey().toUpperCase(Locale.ROOT), base + p.getKey(), clean(id)).line());
            }
        }));
        return out;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace("|", "/");
    }

    private static void write(String twin, String source, List<String> lines) throws IOException {
        String text = "# " + source + "\n" + String.join("\n", lines) + "\n";
        Path file = DIR.resolve(twin + ".tsv");
        String current = Files.exists(file) ? Files.readString(file) : "";
        if (!current.equals(text)) {
            Files.writeString(file, text);
        }
        assertEquals(text, current, file + " was stale and has been regenerated; commit it");
    }
}

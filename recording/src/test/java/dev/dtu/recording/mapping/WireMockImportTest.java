package dev.dtu.recording.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.redact.Placeholders;
import dev.dtu.recording.redact.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WireMockImportTest {
    @TempDir
    Path tmp;
    final WireMockImport importer = new WireMockImport(new Redactor(new Placeholders(), false));

    @Test
    void importsTagsVendorsInlinesBodyFilesAndRedacts() throws IOException {
        Path wm = tmp.resolve("wm");
        Files.createDirectories(wm.resolve("mappings"));
        Files.createDirectories(wm.resolve("__files"));
        Files.writeString(wm.resolve("__files/b.json"), "{\"ok\":true,\"access_token\":\"xoxp-1-2-3-abcdefabcdef\"}");
        Files.writeString(wm.resolve("mappings/oauth.json"), "{\"request\":{\"method\":\"POST\",\"url\":\"/api/oauth.v2.access\"},"
                + "\"response\":{\"status\":200,\"bodyFileName\":\"b.json\",\"headers\":{\"Set-Cookie\":\"b=abc123\"}}}");
        int n = importer.run(wm, tmp.resolve("rec"), null);
        assertEquals(1, n);
        Exchange e = RecordingFolder.read(tmp.resolve("rec"), null).exchanges().get(0);
        assertEquals(Vendor.SLACK, e.vendor());
        assertTrue(e.json().path("access_token").asText().startsWith("xoxp-REDACTED-"));
        assertTrue(e.responseHeader("Set-Cookie").orElseThrow().startsWith("REDACTED-"));
    }

    @Test
    void anUnknownVendorStopsTheImportBeforeAnythingIsWritten() throws IOException {
        Path wm = tmp.resolve("wm");
        Files.createDirectories(wm);
        Files.writeString(wm.resolve("x.json"), "{\"request\":{\"method\":\"GET\",\"url\":\"/v2/accounts\"},\"response\":{\"status\":200}}");
        RecordingException e = assertThrows(RecordingException.class, () -> importer.run(wm, tmp.resolve("rec"), null));
        assertTrue(e.getMessage().contains("--twin"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("rec")));
        assertEquals(1, importer.run(wm, tmp.resolve("rec"), Vendor.OKTA));
    }
}

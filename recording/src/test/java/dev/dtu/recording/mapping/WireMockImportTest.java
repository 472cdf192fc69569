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
    @Test
    void requestMatchersBodiesMetadataAndCookiesAreRedactedLikeARecording() throws IOException {
        Path wm = tmp.resolve("wm");
        Files.createDirectories(wm.resolve("mappings"));
        Files.writeString(wm.resolve("mappings/token.json"), """
                {"request": {"method": "POST", "urlPath": "/oauth2/v1/token",
                   "headers": {"Authorization": {"equalTo": "Basic c3ludGhldGljOnNlY3JldC1hYmMxMjM="},
                               "Cookie": {"contains": "sid=synthetic-session-77"}},
                   "queryParameters": {"access_token": {"equalTo": "synthetic-qs-token-55"}, "limit": {"equalTo": "5"}},
                   "bodyPatterns": [{"equalTo": "grant_type=client_credentials&client_secret=synthetic-client-secret-1&client_assertion=synthetic.assertion.66"}]},
                 "response": {"status": 200, "jsonBody": {"token_type": "Bearer", "access_token": "synthetic-access-88"}},
                 "metadata": {"dtu": {"credential": "SSWS synthetic-okta-api-token-99"}}}""");
        Files.writeString(wm.resolve("mappings/users.json"), """
                {"request": {"method": "POST", "url": "/api/v1/users?activate=true",
                   "bodyPatterns": [{"equalToJson": {"profile": {"login": "a@b.example"},
                      "credentials": {"password": {"value": "synthetic-password-12"}},
                      "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIsyntheticPEM\\n-----END PRIVATE KEY-----"}},
                     {"binaryEqualTo": "cGFzc3dvcmQ9c3ludGhldGljLWJpbmFyeS0zNA=="}]},
                 "response": {"status": 200, "jsonBody": {"id": "00u1"}}}""");
        importer.run(wm, tmp.resolve("rec"), null);
        try (var files = Files.walk(tmp.resolve("rec"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(p);
                for (String secret : java.util.List.of("c3ludGhldGljOnNlY3JldC1hYmMxMjM=", "synthetic-session-77",
                        "synthetic-qs-token-55", "synthetic-client-secret-1", "synthetic.assertion.66", "synthetic-access-88",
                        "synthetic-okta-api-token-99", "synthetic-password-12", "MIIsyntheticPEM", "cGFzc3dvcmQ9c3ludGhldGljLWJpbmFyeS0zNA==")) {
                    assertFalse(text.contains(secret), p.getFileName() + " still holds " + secret + ":\n" + text);
                }
            }
        }
        var token = RecordingFolder.read(tmp.resolve("rec"), null).exchanges().get(0);
        assertEquals("5", token.queryParam("limit").orElseThrow());
        assertTrue(token.credential().startsWith("SSWS REDACTED-"), token.credential());
        String form = new String(token.requestBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(form.startsWith("grant_type=client_credentials&client_secret=REDACTED-"), form);
    }
}

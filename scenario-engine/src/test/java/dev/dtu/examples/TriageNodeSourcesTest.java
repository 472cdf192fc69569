package dev.dtu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Node reference app talks to Slack, Jira, Okta and Google only through their official SDKs: its sources (not
 * node_modules) hold no hand-written HTTP client call and no vendor API path, and import each SDK.
 */
class TriageNodeSourcesTest {
    static final Path APP = Path.of("..", "examples", "triage-node").toAbsolutePath().normalize();

    /** An HTTP client call written by hand: fetch, node's http(s).request/get, axios, got, undici, XMLHttpRequest. */
    static final Pattern HAND_WRITTEN_CALL = Pattern.compile(
            "\\bfetch\\s*\\(|\\bhttps?\\.(request|get)\\s*\\(|\\brequest\\s*\\(\\s*\\{|from\\s+['\"](axios|got|undici|node-fetch)['\"]"
                    + "|require\\(\\s*['\"](axios|got|undici|node-fetch)['\"]|XMLHttpRequest");

    /** The vendors' API paths and hosts, which only an SDK should know (an OAuth scope is a name, not a host). */
    static final Pattern VENDOR_PATH = Pattern.compile(
            "/api/(chat|conversations|users|reactions|auth|apps)\\.|slack\\.com/api|/rest/api/[23]/|/api/v1/(groups|users)"
                    + "|/v4/spreadsheets|/drive/v3/|googleapis\\.com(?!/auth/)|\\.okta\\.com|\\.atlassian\\.net");

    @Test
    void noVendorIsCalledByHand() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (HAND_WRITTEN_CALL.matcher(line).find() || VENDOR_PATH.matcher(line).find()) {
                    found.add(APP.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertEquals(List.of(), found, "hand-written HTTP to a vendor in examples/triage-node");
    }

    @Test
    void everyVendorIsReachedThroughItsSdk() {
        String all = String.join("\n", sources().stream().flatMap(f -> lines(f).stream()).toList());
        for (String sdk : List.of("@slack/bolt", "jira.js", "@okta/okta-sdk-nodejs", "@googleapis/sheets", "@googleapis/drive",
                "google-auth-library")) {
            assertTrue(all.contains("from '" + sdk + "'"), "examples/triage-node imports " + sdk);
        }
        assertTrue(all.contains("new JWT("), "Google is reached as the universe's service account (google-auth-library's JWT)");
    }

    @Test
    void thePatternsCatchWhatTheyAreFor() {
        for (String bad : List.of("const r = await fetch(`${host}/rest/api/3/issue`, {method: 'POST'});",
                "https.request({ host, path })", "import axios from 'axios';", "const got = require('got');",
                "await client.post('/api/chat.postMessage')", "url: 'https://sheets.googleapis.com/v4/spreadsheets/x'",
                "url: 'https://oauth2.googleapis.com/token'")) {
            assertTrue(HAND_WRITTEN_CALL.matcher(bad).find() || VENDOR_PATH.matcher(bad).find(), bad);
        }
        for (String fine : List.of("await this.jira.issues.createIssue({ fields })", "createServer(async (req, res) => {",
                "await this.client.chat.postMessage({ channel, text })", "new URL(req.url, 'http://127.0.0.1')",
                "const SCOPES = ['https://www.googleapis.com/auth/spreadsheets'];")) {
            assertFalse(HAND_WRITTEN_CALL.matcher(fine).find() || VENDOR_PATH.matcher(fine).find(), fine);
        }
    }

    /** The app's own JavaScript: every .js/.mjs/.cjs/.ts outside node_modules. */
    static List<Path> sources() {
        try (Stream<Path> walk = Files.walk(APP)) {
            List<Path> files = walk.filter(f -> !APP.relativize(f).startsWith("node_modules"))
                    .filter(f -> f.toString().matches(".*\\.(m|c)?(js|ts)$")).sorted().toList();
            assertTrue(files.size() >= 5, "the app's sources: " + files);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

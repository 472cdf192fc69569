package dev.dtu.examples.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference app models what we tell users: talk to a vendor through the vendor's own SDK. A source file that
 * uses a hand-written HTTP client ({@code java.net.http}, {@code HttpURLConnection}, OkHttp) must not name a Slack,
 * Okta or Google path; Jira alone is exempt, as Atlassian publishes no Java client for Jira Cloud on Maven Central.
 */
class VendorSdkSourcesTest {
    static final Path SOURCES = Path.of("src", "main", "java");
    static final Pattern HAND_WRITTEN_HTTP = Pattern.compile(
            "java\\.net\\.http|HttpURLConnection|\\bokhttp3\\.|openConnection\\(");
    /** Paths and names only a Slack, Okta or Google client writes. */
    static final Map<String, Pattern> VENDOR_PATHS = Map.of(
            "slack", Pattern.compile("chat\\.postMessage|conversations\\.|users\\.info|apps\\.connections|/api/auth\\.|slack\\.com|X-Slack-"),
            "okta", Pattern.compile("/api/v1/|SSWS|okta\\.com"),
            "google", Pattern.compile("v4/spreadsheets|drive/v3|googleapis\\.com|oauth2|/token\\b"));

    @Test
    void noSourceTalksToSlackOktaOrGoogleOverHandWrittenHttp() throws IOException {
        Map<Path, List<String>> offenders = new TreeMap<>();
        for (Path file : sources()) {
            List<String> vendors = handWrittenVendors(Files.readString(file));
            if (!vendors.isEmpty()) {
                offenders.put(file, vendors);
            }
        }
        assertEquals(Map.of(), offenders, "use the vendor's SDK");
    }

    @Test
    void theVendorsSdksAreWhatTheAppUses() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : sources()) {
            all.append(Files.readString(file));
        }
        for (String sdk : List.of("com.slack.api.bolt.App", "com.slack.api.bolt.socket_mode.SocketModeApp",
                "com.slack.api.methods.MethodsClient", "com.okta.sdk.resource.api.GroupApi",
                "com.google.api.services.sheets.v4.Sheets", "com.google.api.services.drive.Drive",
                "com.google.auth.oauth2.ServiceAccountCredentials")) {
            assertTrue(all.toString().contains("import " + sdk + ";"), sdk + " is not used");
        }
    }

    @Test
    void theCheckFindsAHandWrittenSlackClient() {
        String old = """
                import java.net.http.HttpRequest;
                final class SlackClient {
                    Optional<String> postMessage(String channel, String text) {
                        return call("chat.postMessage", body);
                    }
                }
                """;
        assertEquals(List.of("slack"), handWrittenVendors(old));
        assertEquals(List.of("google", "okta"), handWrittenVendors(
                "import java.net.HttpURLConnection; get(\"/api/v1/groups\"); get(\"v4/spreadsheets/\" + id);"));
        assertEquals(List.of(), handWrittenVendors("import java.net.http.HttpClient; post(\"/rest/api/3/issue\");"),
                "Jira over plain HTTP is allowed");
        assertEquals(List.of(), handWrittenVendors("methods.chatPostMessage(r -> r.channel(c)); // chat.postMessage"),
                "naming a method is fine without a hand-written client");
    }

    static List<String> handWrittenVendors(String source) {
        if (!HAND_WRITTEN_HTTP.matcher(source).find()) {
            return List.of();
        }
        return VENDOR_PATHS.entrySet().stream().filter(e -> e.getValue().matcher(source).find())
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertTrue(list.size() >= 5, "the app's sources are found: " + list);
            return list;
        }
    }
}

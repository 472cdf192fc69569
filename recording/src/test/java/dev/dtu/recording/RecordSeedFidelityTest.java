package dev.dtu.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.fidelity.Fidelity;
import dev.dtu.recording.fidelity.FidelityReport;
import dev.dtu.recording.fidelity.MarkdownReport;
import dev.dtu.recording.mapping.MappingWriter;
import dev.dtu.recording.mapping.RecordingFolder;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.recording.proxy.Recorder;
import dev.dtu.recording.proxy.RecordingProxy;
import dev.dtu.recording.redact.Placeholders;
import dev.dtu.recording.redact.Redactor;
import dev.dtu.recording.seeding.RecordingSeeder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record through the proxy against the stand-in vendors, infer a seed, replay against the twins. */
class RecordSeedFidelityTest {
    @TempDir
    static Path tmp;
    static Path recordings;
    static Recordings read;
    static RecordingSeeder.InferredSeed seed;
    static FidelityReport report;

    @BeforeAll
    static void recordThroughTheProxy() throws Exception {
        recordings = tmp.resolve("rec");
        try (VendorStandIn vendor = new VendorStandIn();
             RecordingProxy proxy = new RecordingProxy(vendor.url(), 0, new Recorder(new MappingWriter(recordings),
                     new Redactor(new Placeholders(), false), null, 256 * 1024, Clock.systemUTC()),
                     new PrintStream(System.err)).start()) {
            VendorStandIn.sendTraffic(URI.create("http://127.0.0.1:" + proxy.port()));
        }
        read = RecordingFolder.read(recordings, null);
        seed = RecordingSeeder.infer(read);
        report = Fidelity.measure(read, seed.seed(), seed.notes());
    }

    @AfterAll
    static void printReport() {
        System.out.println(MarkdownReport.render(report));
    }

    @Test
    void everyExchangeIsRecordedInOrderWithItsVendor() {
        assertEquals(VendorStandIn.TRAFFIC.size(), read.exchanges().size());
        assertEquals("/api/users.list", read.exchanges().get(0).path());
        assertEquals(List.of(3, 4, 3, 4), Stream.of(Vendor.values()).map(v -> read.of(v).size()).toList());
    }

    @Test
    void noSecretReachesTheRecordings() throws IOException {
        String all = allFiles(recordings);
        for (String secret : List.of(VendorStandIn.SLACK_BOT, VendorStandIn.OKTA_TOKEN, VendorStandIn.JIRA_BASIC.substring(6),
                VendorStandIn.GOOGLE_TOKEN)) {
            assertFalse(all.contains(secret), secret + " was recorded");
        }
        String slack = read.of(Vendor.SLACK).get(0).credential();
        assertTrue(slack.startsWith("Bearer xoxb-REDACTED-"), slack);
        assertEquals(slack, read.of(Vendor.SLACK).get(2).credential(), "one secret, one placeholder");
        assertTrue(read.of(Vendor.OKTA).get(0).credential().startsWith("SSWS REDACTED-"));
    }

    @Test
    void theSeedHoldsEveryVendorsData() {
        JsonNode s = seed.seed();
        assertEquals(List.of("Egon Spengler", "Peter Venkman", "Ray Stantz"),
                s.path("people").findValuesAsText("name"));
        assertEquals("ghostbusters.example", s.path("company").path("domain").asText());
        assertEquals("[\"field-team\"]", s.path("people").get(1).path("groups").toString());
        JsonNode general = s.path("slack").path("channels").get(0);
        assertEquals("general", general.path("name").asText());
        assertEquals("1512085950.000216", general.path("messages").get(0).path("ts").asText(), "oldest first");
        assertEquals("Ecto Dispatch", s.path("okta").path("apps").get(0).path("label").asText());
        JsonNode issue = s.path("jira").path("issues").get(0);
        assertEquals("Containment unit pressure alarm", issue.path("summary").asText());
        assertEquals("In Progress", issue.path("history").get(0).path("transition").asText());
        assertTrue(issue.path("history").get(1).has("comment"));
        JsonNode sheet = s.path("google").path("spreadsheets").get(0);
        assertEquals("Dana Barrett", sheet.path("sheets").get(0).path("rows").get(1).get(0).asText());
        assertEquals("1dIxFolderOps", sheet.path("folder").asText());
        assertEquals("Never cross the streams.", s.path("google").path("documents").get(0).path("content").get(1)
                .path("paragraph").asText());
    }

    @Test
    void everyTwinAndOperationIsScored() {
        for (Vendor v : Vendor.values()) {
            assertTrue(report.twin(v.twin()).isPresent(), v + " scored");
        }
        assertTrue(report.operation("slack", "users.list").isPresent(), report.byOperation().toString());
        assertTrue(report.overall().value() > 0.5, report.overall().percent());
        assertTrue(report.results().stream().allMatch(r -> r.twinStatus() == 200), "every read succeeds on the twin");
    }

    @Test
    void recordedDataComesBackFromTheTwin() {
        List<String> paths = report.differences().stream().map(d -> d.path()).toList();
        for (String same : List.of("$.members[0].real_name", "$.members[1].profile.title", "$.channels[0].name",
                "$.channels[1].topic.value", "$.messages[0].text", "$.messages[1].user", "$[0].profile.login",
                "$.values[1][0]", "$.values", "$.properties.title", "$.issues[0].fields.summary",
                "$.issues[0].fields.status.name", "$.comments[0].author.accountId", "$.title")) {
            assertFalse(paths.contains(same), same + " differs: " + report.differences());
        }
    }

    @Test
    void aTwinThatDiffersOnPurposeIsNamedByPath() {
        ObjectNode changed = seed.seed().deepCopy();
        ((ObjectNode) changed.path("people").get(1)).put("title", "Ghost whisperer");
        FidelityReport differing = Fidelity.measure(read, changed, List.of());
        var diff = differing.differences().stream().filter(d -> d.path().equals("$.members[1].profile.title")).findFirst();
        assertTrue(diff.isPresent(), differing.differences().toString());
        assertEquals("\"Psychologist\"", diff.get().recorded());
        assertEquals("\"Ghost whisperer\"", diff.get().twin());
        assertTrue(differing.operation("slack", "users.list").get().value()
                < report.operation("slack", "users.list").get().value());
        assertTrue(MarkdownReport.render(differing).contains("`$.members[1].profile.title`"));
    }

    static String allFiles(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }
    @Test
    void replayingTwiceGivesTheSameReport() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        dev.dtu.recording.fidelity.FidelityReports.write(report, first);
        dev.dtu.recording.fidelity.FidelityReports.write(
                Fidelity.measure(RecordingFolder.read(recordings, null), RecordingSeeder.infer(read).seed(), seed.notes()), second);
        for (String f : List.of("fidelity.json", "fidelity.md", "fidelity.html")) {
            assertEquals(Files.readString(first.resolve(f)), Files.readString(second.resolve(f)), f);
        }
    }
}

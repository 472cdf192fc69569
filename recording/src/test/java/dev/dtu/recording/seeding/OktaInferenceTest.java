package dev.dtu.recording.seeding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.VendorStandIn;
import dev.dtu.recording.fidelity.Difference;
import dev.dtu.recording.fidelity.Fidelity;
import dev.dtu.recording.fidelity.FidelityReport;
import dev.dtu.recording.mapping.MappingWriter;
import dev.dtu.recording.mapping.RecordingFolder;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.recording.proxy.Recorder;
import dev.dtu.recording.proxy.RecordingProxy;
import dev.dtu.recording.redact.Placeholders;
import dev.dtu.recording.redact.Redactor;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Okta apps recorded with and without {@code settings.oauthClient.consent_method}, seeded and replayed. */
class OktaInferenceTest {
    @TempDir
    static Path tmp;
    static Recordings read;
    static RecordingSeeder.InferredSeed seed;

    @BeforeAll
    static void recordTheApps() throws Exception {
        Path recordings = tmp.resolve("rec");
        try (VendorStandIn okta = new VendorStandIn("okta-consent");
             RecordingProxy proxy = new RecordingProxy(okta.url(), 0, new Recorder(new MappingWriter(recordings),
                     new Redactor(new Placeholders(), false), null, 256 * 1024, Clock.systemUTC()),
                     new PrintStream(System.err)).start()) {
            String token = "SSWS " + VendorStandIn.OKTA_TOKEN;
            VendorStandIn.sendTraffic(URI.create("http://127.0.0.1:" + proxy.port()),
                    List.of(new String[] {token, "/api/v1/users?limit=200"}, new String[] {token, "/api/v1/apps"}));
        }
        read = RecordingFolder.read(recordings, null);
        seed = RecordingSeeder.infer(read);
    }

    @Test
    void aRecordedConsentMethodIsCarriedAndAnAbsentOneLeftOut() {
        JsonNode apps = seed.seed().path("okta").path("apps");
        assertEquals(2, apps.size(), apps.toString());
        assertEquals("Containment Console", apps.get(0).path("label").asText());
        assertEquals("REQUIRED", apps.get(0).path("consentMethod").asText(), apps.get(0).toString());
        assertEquals("Ecto Dispatch", apps.get(1).path("label").asText());
        assertFalse(apps.get(1).has("consentMethod"), apps.get(1).toString());
    }

    @Test
    void theTwinSeededFromTheRecordingAnswersTheRecordedConsentMethod() {
        FidelityReport report = Fidelity.measure(read, seed.seed(), seed.notes());
        assertTrue(report.operation("okta", "listApplications").isPresent(), report.byOperation().toString());
        assertEquals(Optional.empty(), consentDifference(report, 0));
        Difference defaulted = consentDifference(report, 1).orElseThrow();
        assertEquals("only in twin", defaulted.kind(), "nothing recorded: the seed's default applies");
        assertEquals("\"TRUSTED\"", defaulted.twin());
    }

    private static Optional<Difference> consentDifference(FidelityReport report, int app) {
        String path = "$[" + app + "].settings.oauthClient.consent_method";
        return report.differences().stream().filter(d -> d.path().equals(path)).findFirst();
    }
}

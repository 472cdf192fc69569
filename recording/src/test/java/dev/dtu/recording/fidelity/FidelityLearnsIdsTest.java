package dev.dtu.recording.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.RecordedBody;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.recording.seeding.RecordingSeeder;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ids the replay learns from the answers to writes (created objects, upload sessions) translate later requests. */
class FidelityLearnsIdsTest {
    private final List<Exchange> exchanges = new ArrayList<>();

    private void record(String method, String path, String request, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchanges.add(new Exchange("m" + exchanges.size() + ".json", exchanges.size(), Vendor.JIRA, method, path, Map.of(),
                request == null ? null : "application/json",
                request == null ? new byte[0] : request.getBytes(StandardCharsets.UTF_8), null, status,
                Map.of("Content-Type", List.of("application/json")), new RecordedBody.Inline(bytes, Json.parse(bytes))));
    }

    @Test
    void anIssueCreatedInTheReplayIsFoundByItsRecordedKey() {
        record("GET", "/rest/api/3/search/jql", null, 200, "{\"issues\":[{\"id\":\"10001\",\"key\":\"OPS-1\",\"fields\":{"
                + "\"summary\":\"Old\",\"project\":{\"key\":\"OPS\",\"name\":\"Ops\"},\"issuetype\":{\"name\":\"Task\"},"
                + "\"status\":{\"name\":\"To Do\",\"statusCategory\":{\"key\":\"new\"}}}}]}");
        // the recorded site had made six issues more than the seed holds: the twin numbers this one OPS-2
        record("POST", "/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"OPS\"},\"summary\":\"New\","
                + "\"issuetype\":{\"name\":\"Task\"}}}", 201, "{\"id\":\"10007\",\"key\":\"OPS-7\",\"self\":\"https://acme.atlassian.net/rest/api/3/issue/10007\"}");
        record("GET", "/rest/api/3/issue/OPS-7", null, 200, "{\"id\":\"10007\",\"key\":\"OPS-7\",\"fields\":{\"summary\":\"New\"}}");
        Recordings recordings = new Recordings(List.copyOf(exchanges), List.of());
        RecordingSeeder.InferredSeed seed = RecordingSeeder.infer(recordings);
        FidelityReport report = Fidelity.measure(recordings, seed.seed(), seed.notes());
        assertEquals(201, report.results().get(1).twinStatus(), report.results().get(1).toString());
        assertEquals(200, report.results().get(2).twinStatus(), "OPS-7 is the twin's new issue: " + report.results().get(2));
    }

    @Test
    void anUploadSessionIsLearntFromTheLocationHeader() {
        IdMap ids = new IdMap(VendorRules.of(Vendor.GOOGLE));
        ids.learnLocation("https://www.googleapis.com/upload/drive/v3/files?uploadType=resumable&upload_id=ADPycdvRecorded1",
                "http://127.0.0.1:18080/upload/drive/v3/files?uploadType=resumable&upload_id=twinSession42");
        assertEquals("uploadType=resumable&upload_id=twinSession42", ids.translate("uploadType=resumable&upload_id=ADPycdvRecorded1"));
    }
}

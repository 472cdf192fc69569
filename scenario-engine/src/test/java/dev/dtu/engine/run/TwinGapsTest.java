package dev.dtu.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.faults.FaultRule;
import dev.dtu.server.journal.JournalEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwinGapsTest {
    static JournalEntry request(String twin, String operation, String method, String path, int status) {
        return new JournalEntry(1, Instant.EPOCH, "request", twin, operation, method, path, "", status, 1, "", "");
    }

    static FaultRule error(String twin, String operation, int status) {
        return new FaultRule(twin, operation, null, null, "error", status, null, null, null, null, null, null);
    }

    @Test
    void unservedOperationsOfEveryTwinAreGaps() {
        List<JournalEntry> journal = List.of(
                request("slack", "unknown_method", "POST", "/api/conversations.nope", 404),
                request("okta", "unknown", "GET", "/api/v1/nope", 404),
                request("jira", "GET /rest/api/3/nope", "GET", "/rest/api/3/nope", 404),
                request("jira", "getIssue", "GET", "/rest/api/3/issue/SUP-9", 404));
        assertEquals(List.of(
                "slack POST /api/conversations.nope: the twin does not serve this operation (404)",
                "okta GET /api/v1/nope: the twin does not serve this operation (404)",
                "jira GET /rest/api/3/nope: the twin does not serve this operation (404)"), TwinGaps.of(journal, List.of()));
    }

    @Test
    void aTwinsOwn5xxIsAGapAnInjectedOneIsNot() {
        List<JournalEntry> journal = List.of(
                request("jira", "createIssue", "POST", "/rest/api/3/issue", 503),
                request("slack", "chat.postMessage", "POST", "/api/chat.postMessage", 500));
        assertEquals(List.of("slack chat.postMessage: the twin answered 500 by itself (no injected fault)"),
                TwinGaps.of(journal, List.of(error("jira", "createIssue", 503))));
    }
}

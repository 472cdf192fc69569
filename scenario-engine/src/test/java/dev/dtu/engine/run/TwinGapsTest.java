package dev.dtu.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.journal.JournalEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwinGapsTest {
    static JournalEntry request(String twin, String operation, String method, String path, int status) {
        return new JournalEntry(1, Instant.EPOCH, "request", twin, operation, method, path, "", status, 1, "", "");
    }

    static JournalEntry faulted(JournalEntry e, String action) {
        return new JournalEntry(e.seq(), e.at(), e.type(), e.twin(), e.operation(), e.method(), e.path(), e.query(),
                e.status(), e.durationMs(), e.requestHeaders(), e.requestBody(), null, e.responseBody(), null,
                new JournalEntry.Fault(action, "latency".equals(action) ? 500L : null));
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
                "jira GET /rest/api/3/nope: the twin does not serve this operation (404)"), TwinGaps.of(journal));
    }

    @Test
    void aTwinsOwn5xxIsAGapAnInjectedOneIsNot() {
        List<JournalEntry> journal = List.of(
                faulted(request("jira", "createIssue", "POST", "/rest/api/3/issue", 503), "error"),
                request("slack", "chat.postMessage", "POST", "/api/chat.postMessage", 500));
        assertEquals(List.of("slack chat.postMessage: the twin answered 500 by itself (no injected fault)"),
                TwinGaps.of(journal));
    }

    @Test
    void aRuleInForceThatDidNotMeetTheRequestExplainsNothing() {
        // e.g. a 503 rule with probability 0.5 for jira createIssue: this request it let through, and the twin failed
        List<JournalEntry> journal = List.of(request("jira", "createIssue", "POST", "/rest/api/3/issue", 503),
                faulted(request("google", "spreadsheets.get", "GET", "/v4/spreadsheets/x", 500), "latency"));
        assertEquals(List.of("jira createIssue: the twin answered 503 by itself (no injected fault)",
                "google spreadsheets.get: the twin answered 500 by itself (no injected fault)"), TwinGaps.of(journal));
    }
}

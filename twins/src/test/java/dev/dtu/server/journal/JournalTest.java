package dev.dtu.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalTest {
    private final Redactor redactor = new Redactor(Map.of("xoxb-secret", "[slack:bot]"));

    private RawEntry raw(String requestBody) {
        return new RawEntry(Instant.EPOCH, "slack", "chat.postMessage", "POST", "/api/chat.postMessage",
                "token=xoxb-secret", 200, 1.5, requestBody.getBytes(StandardCharsets.UTF_8),
                "{\"ok\":true}".getBytes(StandardCharsets.UTF_8), redactor);
    }

    @Test
    void rawEntriesAreNumberedInOrderAndRedactedWhenRead() {
        Journal journal = new Journal(() -> 10);
        journal.append(raw("token=xoxb-secret&text=hi"));
        journal.append(new JournalEntry(0, Instant.EPOCH, "delivery", "slack", "message", "POST", "/events", "", 200,
                1, "{}", "{}"));
        List<JournalEntry> all = journal.since(0);
        assertEquals(List.of(1L, 2L), all.stream().map(JournalEntry::seq).toList());
        assertEquals("token=[slack:bot]&text=hi", all.get(0).requestBody());
        assertEquals("token=[slack:bot]", all.get(0).query());
        assertEquals("{\"ok\":true}", all.get(0).responseBody());
        assertEquals(all.get(0), journal.since(0).get(0));
    }

    @Test
    void bodiesAreClippedAndTheOldestEntriesDrop() {
        Journal journal = new Journal(() -> 2);
        journal.append(raw("a".repeat(RawEntry.BODY_LIMIT + 10)));
        journal.append(raw("b"));
        journal.append(raw("c"));
        List<JournalEntry> all = journal.since(0);
        assertEquals(List.of(2L, 3L), all.stream().map(JournalEntry::seq).toList());
        Journal one = new Journal(() -> 1);
        one.append(raw("a".repeat(RawEntry.BODY_LIMIT + 10)));
        assertEquals(RawEntry.BODY_LIMIT, one.since(0).get(0).requestBody().length());
    }
}

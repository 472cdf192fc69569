package dev.dtu.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private RawEntry sized(int bytes) {
        return RawEntry.of(Instant.EPOCH, "slack", "chat.postMessage", "POST", "/api/chat.postMessage", "", 200, 1,
                Map.of(), new byte[bytes], true, new byte[0], redactor);
    }

    @Test
    void aUniversesJournalIsBoundedInBytesNotOnlyInCount() {
        Journal journal = new Journal(() -> 1_000_000, () -> { }, 1 << 20, new Journal.Budget(1L << 40));
        for (int i = 0; i < 200; i++) {
            journal.append(sized(RawEntry.BODY_LIMIT));
        }
        assertTrue(journal.bytes() <= 1 << 20, "bytes " + journal.bytes());
        assertTrue(journal.size() < 20 && journal.size() > 0, "size " + journal.size());
        assertEquals(200L, journal.since(0).get(journal.size() - 1).seq(), "the newest entries stay");
    }

    @Test
    void journalsTogetherStayWithinTheirSharedBudgetAndGiveBytesBackWhenCleared() {
        Journal.Budget budget = new Journal.Budget(1 << 20);
        Journal a = new Journal(() -> 1_000_000, () -> { }, 1L << 30, budget);
        Journal b = new Journal(() -> 1_000_000, () -> { }, 1L << 30, budget);
        for (int i = 0; i < 100; i++) {
            a.append(sized(RawEntry.BODY_LIMIT));
            b.append(sized(RawEntry.BODY_LIMIT));
        }
        assertTrue(budget.used() <= (1 << 20) + 2L * (RawEntry.BODY_LIMIT + 1024), "used " + budget.used());
        assertEquals(a.bytes() + b.bytes(), budget.used());
        a.clear();
        b.clear();
        assertEquals(0, budget.used());
    }

    @Test
    void aBodyLargerThanTheLimitIsStoredCutWithItsSizeAndDigest() throws Exception {
        byte[] body = new byte[RawEntry.BODY_LIMIT * 4];
        java.util.Arrays.fill(body, (byte) 'a');
        RawEntry raw = RawEntry.of(Instant.EPOCH, "slack", "op", "POST", "/p", "", 200, 1, Map.of(), body, true,
                new byte[0], redactor);
        assertEquals(RawEntry.BODY_LIMIT, raw.requestBody().length, "only the start is held");
        Journal journal = new Journal(() -> 10);
        journal.append(raw);
        JournalEntry e = journal.since(0).get(0);
        assertEquals(RawEntry.BODY_LIMIT, e.requestBody().length());
        assertEquals(body.length, e.requestBodyCut().bytes());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body)),
                e.requestBodyCut().sha256());
        assertNull(e.responseBodyCut());
    }

    @Test
    void aRequestNoCredentialVouchedForKeepsNoBody() {
        RawEntry raw = RawEntry.of(Instant.EPOCH, "slack", "op", "POST", "/p", "", 401, 1,
                Map.of("authorization", List.of("Bearer xoxb-secret"), "cookie", List.of("a=b c")),
                "text=hello".getBytes(StandardCharsets.UTF_8), false, new byte[0], redactor);
        assertEquals(0, raw.requestBody().length);
        Journal journal = new Journal(() -> 10);
        journal.append(raw);
        JournalEntry e = journal.since(0).get(0);
        assertEquals("", e.requestBody());
        assertEquals(10, e.requestBodyCut().bytes());
        assertEquals("Bearer [slack:bot]", e.requestHeaders().get("authorization"));
        assertEquals("[redacted]", e.requestHeaders().get("cookie"));
    }
}

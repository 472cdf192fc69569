package dev.dtu.examples.triage;

/** A support ticket: filed from a bug report in the support channel, closed by a check mark. */
record Ticket(String key, String channel, String threadTs, String reporter, String summary, String status) {
    Ticket closed() {
        return new Ticket(key, channel, threadTs, reporter, summary, "closed");
    }
}

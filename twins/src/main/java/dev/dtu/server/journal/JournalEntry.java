package dev.dtu.server.journal;

import java.time.Instant;

/**
 * One exchange a universe saw: a request the app sent to a twin ({@code type = "request"}), or a delivery
 * the twin made to the app (an event or webhook: {@code type = "delivery"}). Secrets are already redacted.
 */
public record JournalEntry(
        long seq,
        Instant at,
        String type,
        String twin,
        String operation,
        String method,
        String path,
        String query,
        int status,
        double durationMs,
        String requestBody,
        String responseBody) {}

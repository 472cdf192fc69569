package dev.dtu.twins.okta.model;

import java.time.Instant;
import java.util.List;

/**
 * One System Log event. {@code uuid} is the state key; the twin's uuids start with a zero-padded counter so
 * that id order is publication order.
 */
public record LogEvent(String uuid, Instant published, String eventType, String displayMessage, String severity,
        String result, String reason, LogActor actor, List<LogActor> target, String requestId) {

    public LogEvent {
        target = target == null ? List.of() : List.copyOf(target);
    }
}

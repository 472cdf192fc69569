package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.Tx;
import java.util.Arrays;
import java.util.Objects;

/** Appends System Log events: every management and authentication action of the twin leaves one. */
public final class SystemLog {
    public static final Kind<LogEvent> EVENTS = Kind.of("okta", "logEvents", LogEvent.class);

    private final Tx tx;
    private final Audit audit;

    public SystemLog(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
    }

    public LogEvent success(String eventType, String displayMessage, LogActor... targets) {
        return append(eventType, displayMessage, "SUCCESS", null, audit.actor(), targets);
    }

    public LogEvent by(LogActor actor, String eventType, String displayMessage, LogActor... targets) {
        return append(eventType, displayMessage, "SUCCESS", null, actor, targets);
    }

    public LogEvent failure(LogActor actor, String eventType, String displayMessage, String reason, LogActor... targets) {
        return append(eventType, displayMessage, "FAILURE", reason, actor, targets);
    }

    private LogEvent append(String eventType, String message, String result, String reason, LogActor actor,
            LogActor... targets) {
        long n = tx.next("okta.logEvent");
        String uuid = String.format("%08x-%04x-11ef-8000-%012x", n >>> 16, n & 0xffff, n);
        LogActor who = actor == null ? audit.actor() : actor;
        LogEvent event = new LogEvent(uuid, audit.now(), eventType, message, "INFO", result, reason, who,
                Arrays.stream(targets).filter(Objects::nonNull).toList(), audit.requestId());
        return tx.put(EVENTS, uuid, event);
    }
}

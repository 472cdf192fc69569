package dev.dtu.server.resource;

import dev.dtu.server.state.Tx;
import java.time.Instant;

/**
 * One write to declared resources: the transaction, the universe's time, and who acts (the id the vendor
 * records in {@code createdBy}/{@code lastUpdatedBy}; may be null).
 */
public record Write(Tx tx, Instant now, String actor, EventLog events) {
    public Write {
        events = events == null ? EventLog.NONE : events;
    }

    public Write(Tx tx, Instant now, String actor) {
        this(tx, now, actor, EventLog.NONE);
    }
}

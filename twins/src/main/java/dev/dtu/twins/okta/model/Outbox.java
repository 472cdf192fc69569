package dev.dtu.twins.okta.model;

import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The messages Okta would have sent to people (see {@link OutboxMessage}), newest last. */
public final class Outbox {
    private Outbox() {
    }

    static void deliver(Tx tx, User user, String channel, String purpose, String factorId, String value, Instant now) {
        String id = OktaIds.next(tx, "msg");
        tx.put(Factors.OUTBOX, id, new OutboxMessage(id, user.id(), user.login(), channel, purpose, factorId, value, now));
    }

    public static List<OutboxMessage> of(State state, String userId) {
        return state.all(Factors.OUTBOX).values().stream()
                .filter(m -> userId == null || m.userId().equals(userId))
                .sorted(Comparator.comparing(OutboxMessage::id)).toList();
    }
}

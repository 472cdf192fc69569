package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;
import java.time.Instant;

/**
 * What Okta would have delivered to a person (an SMS, a voice call, an email) and the twin keeps instead: the
 * one-time passcode or recovery token, readable through the admin API ({@code GET /_dtu/universes/{id}/okta/outbox}).
 */
public record OutboxMessage(String id, String userId, String login, String channel, String purpose,
        String factorId, String value, Instant sentAt) implements Confidential {

    @Override
    public Object shown() {
        return new OutboxMessage(id, userId, login, channel, purpose, factorId, "[okta:" + purpose + "]", sentAt);
    }
}

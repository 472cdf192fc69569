package dev.dtu.twins.jira.model;

import dev.dtu.server.state.Confidential;
import java.util.List;

/**
 * A webhook: dynamic ones are registered over REST by the app (numeric id, JQL filter required); admin ones
 * come from the seed and may carry a secret, in which case Jira signs deliveries.
 */
public record Webhook(String id, String name, String url, List<String> events, String jqlFilter,
        List<String> fieldIdsFilter, String secret, boolean dynamic, String ownerAccountId, long expirationDate)
        implements Confidential {

    public Webhook {
        events = List.copyOf(events);
        fieldIdsFilter = fieldIdsFilter == null ? List.of() : List.copyOf(fieldIdsFilter);
    }

    /** The state dump shows that deliveries are signed, not the secret. */
    @Override
    public Object shown() {
        return secret == null || secret.isEmpty() ? this : new Webhook(id, name, url, events, jqlFilter,
                fieldIdsFilter, "[jira:webhook_secret]", dynamic, ownerAccountId, expirationDate);
    }
}

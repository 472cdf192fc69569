package dev.dtu.twins.jira.model;

import java.util.List;

/**
 * A webhook: dynamic ones are registered over REST by the app (numeric id, JQL filter required); admin ones
 * come from the seed and may carry a secret, in which case Jira signs deliveries.
 */
public record Webhook(String id, String name, String url, List<String> events, String jqlFilter,
        List<String> fieldIdsFilter, String secret, boolean dynamic, String ownerAccountId, long expirationDate) {

    public Webhook {
        events = List.copyOf(events);
        fieldIdsFilter = fieldIdsFilter == null ? List.of() : List.copyOf(fieldIdsFilter);
    }
}

package dev.dtu.server.resource;

import dev.dtu.server.state.Tx;

/**
 * Where a declared write leaves the entry its vendor writes for it (Okta's System Log), given by the twin per
 * request. The declaration names the vendor's event type per operation ({@code events: {create: zone.create}});
 * the twin's log decides the entry's shape, inside the write's transaction.
 */
@FunctionalInterface
public interface EventLog {
    EventLog NONE = (tx, declaration, eventType, target) -> { };

    /**
     * @param declaration the written resource's declaration (its schema name is the vendor's type name)
     * @param target the resource as written (for a delete: as it was)
     */
    void append(Tx tx, Declaration declaration, String eventType, Resource target);
}

package dev.dtu.server.state;

/**
 * An entity holding a secret its twin needs in full (a private signing key, a client secret, a password
 * hash). Durable storage keeps it whole; the state dump and judges see {@link #shown()} instead, and only
 * {@code GET /_dtu/universes/{id}/secrets} exports the whole entity.
 */
public interface Confidential {
    /** What the state dump shows: the entity without its secret parts. */
    Object shown();

    /** The entity as the state dump shows it. */
    static Object shown(Object entity) {
        return entity instanceof Confidential c ? c.shown() : entity;
    }
}

package dev.dtu.server.state;

/**
 * An entity holding stored bytes a client sent (a file's content, an attachment, an upload in progress): what a
 * universe's storage quota counts. {@link State} keeps the sum per kind as entities come and go, so forks,
 * snapshots and restores carry their usage with them.
 */
public interface Stored {
    /** The bytes this entity keeps, as the vendor counts them (a file's size). */
    long storedBytes();
}

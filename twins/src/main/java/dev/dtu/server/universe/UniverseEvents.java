package dev.dtu.server.universe;

/** What the registry tells observers (metrics): universes coming and going, snapshots and forks. */
public interface UniverseEvents {
    UniverseEvents NONE = new UniverseEvents() { };

    default void created(Universe universe) { }

    default void deleted(Universe universe) { }

    default void snapshotted(Universe universe) { }

    default void forked(Universe universe) { }

    default void restored(Universe universe) { }
}

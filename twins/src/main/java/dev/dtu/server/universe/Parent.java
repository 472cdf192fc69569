package dev.dtu.server.universe;

import java.time.Instant;

/**
 * Where a universe's state came from: the universe it was forked from ({@code snapshot} null), or the snapshot
 * restored into it ({@code universe} the one the snapshot was taken of). With these the universes and their
 * snapshots form a tree.
 *
 * @param at when the fork or restore was made (server time)
 */
public record Parent(String universe, String snapshot, Instant at) {}

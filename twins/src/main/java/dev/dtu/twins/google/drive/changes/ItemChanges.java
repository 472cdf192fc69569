package dev.dtu.twins.google.drive.changes;

import java.util.List;

/**
 * The entries the changes feed holds for one item ("file:ID" or "drive:ID"), by sequence number: at most one per
 * account that heard of the item, since a newer change of the item replaces its entry for everyone it reaches.
 */
public record ItemChanges(String item, List<Long> seqs) {
    public ItemChanges {
        seqs = seqs == null ? List.of() : List.copyOf(seqs);
    }
}

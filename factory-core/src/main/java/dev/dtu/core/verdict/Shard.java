package dev.dtu.core.verdict;

/** Which part of a sharded sweep a result covers: shard {@code index} of {@code count}. */
public record Shard(int index, int count) {

    /** A run done in one place, and what merging every shard of a sweep yields. */
    public static final Shard WHOLE = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("need 0 <= index < count, got shard " + index + " of " + count);
        }
    }
}

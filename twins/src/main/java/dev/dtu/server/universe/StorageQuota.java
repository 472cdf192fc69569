package dev.dtu.server.universe;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many bytes of clients' files the server keeps: at most {@link #perUniverse()} in one universe (every twin's
 * {@link dev.dtu.server.state.Stored} entities together — Drive files and their revisions, Slack files, Jira
 * attachments), and at most {@link #total()} added by requests over every universe. The vendors do the same
 * (Drive's storage quota, Slack's workspace storage, Jira's site storage); here it is what keeps one universe
 * from filling the heap and stalling every other with GC pauses (issue 15).
 *
 * <p>A universe starts with what its seed or its fork source holds for free (those bytes are shared, not copied);
 * the total counts what requests added on top, and gives it back when files are deleted, the universe restored or
 * deleted. Snapshots keep old versions alive without counting them: they are the operator's, not a client's.
 */
public final class StorageQuota {
    /** Environment variables that set the limits of {@link #fromEnvironment()}: bytes, or with KiB, MiB, GiB. */
    public static final String PER_UNIVERSE_ENV = "DTU_STORAGE_PER_UNIVERSE";
    public static final String TOTAL_ENV = "DTU_STORAGE_TOTAL";
    /** One universe: 256 MiB. */
    public static final long DEFAULT_PER_UNIVERSE = 256L << 20;

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|kib|k|mib|m|gib|g)", Pattern.CASE_INSENSITIVE);

    private final long perUniverse;
    private final long total;
    private final AtomicLong used = new AtomicLong();

    public StorageQuota(long perUniverse, long total) {
        if (perUniverse < 0 || total < 0) {
            throw new IllegalArgumentException("storage limits must not be negative: " + perUniverse + ", " + total);
        }
        this.perUniverse = perUniverse;
        this.total = total;
    }

    /** 256 MiB a universe; over all universes a quarter of the heap, at most 2 GiB; either changed by environment. */
    public static StorageQuota fromEnvironment() {
        return of(PER_UNIVERSE_ENV, System.getenv(PER_UNIVERSE_ENV), TOTAL_ENV, System.getenv(TOTAL_ENV));
    }

    /**
     * The limits given as sizes ("256MiB", "2 GiB", bytes), each named as the user set it for the error; an unset
     * one takes its default (256 MiB a universe; a quarter of the heap, at most 2 GiB, in all).
     */
    public static StorageQuota of(String perUniverseName, String perUniverse, String totalName, String total) {
        long defaultTotal = Math.min(2L << 30, Runtime.getRuntime().maxMemory() / 4);
        return new StorageQuota(size(perUniverseName, perUniverse, DEFAULT_PER_UNIVERSE), size(totalName, total, defaultTotal));
    }

    /** "256MiB", "1 GiB", "1048576": a size in bytes; {@code fallback} when unset. */
    static long size(String name, String text, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new dev.dtu.server.StartupException(name + ": not a size in bytes (e.g. 268435456, 256MiB, 2GiB): "
                    + text, null);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k", "kib" -> n << 10;
            case "m", "mib" -> n << 20;
            case "g", "gib" -> n << 30;
            default -> n;
        };
    }

    public long perUniverse() {
        return perUniverse;
    }

    public long total() {
        return total;
    }

    /** What requests have added over every universe. */
    public long used() {
        return used.get();
    }

    /** The account of a universe whose state holds {@code startBytes} when it is made. */
    public Account open(long startBytes) {
        return new Account(startBytes);
    }

    /** One universe's use; its owner calls it under the universe's write lock. */
    public final class Account {
        private long baseline;
        private long charged;

        private Account(long baseline) {
            this.baseline = baseline;
        }

        /**
         * A write takes the universe from {@code before} to {@code after} stored bytes: refused if it grows past a
         * limit, otherwise counted. Shrinking is always allowed, so deleting makes room even over the quota.
         */
        public void admit(long before, long after) {
            if (after > before && after > perUniverse) {
                throw new StorageQuotaExceeded(StorageQuotaExceeded.Scope.UNIVERSE, perUniverse, before, after - before);
            }
            long delta = Math.max(0, after - baseline) - charged;
            if (delta > 0 && !claim(delta)) {
                throw new StorageQuotaExceeded(StorageQuotaExceeded.Scope.SERVER, total, before, after - before);
            }
            if (delta < 0) {
                used.addAndGet(delta);
            }
            charged += delta;
        }

        /** The universe's whole state was replaced (restore, reset): it starts over from what it now holds. */
        public void rebase(long bytes) {
            used.addAndGet(-charged);
            charged = 0;
            baseline = bytes;
        }

        /** The universe is gone. */
        public void close() {
            rebase(0);
        }

        private boolean claim(long bytes) {
            while (true) {
                long now = used.get();
                if (now + bytes > total) {
                    return false;
                }
                if (used.compareAndSet(now, now + bytes)) {
                    return true;
                }
            }
        }
    }
}

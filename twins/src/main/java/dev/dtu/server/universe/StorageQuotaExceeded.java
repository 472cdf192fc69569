package dev.dtu.server.universe;

/**
 * A write would store more than the {@link StorageQuota} allows; nothing of it is kept. The gateway asks the twin
 * for its vendor's answer ({@link dev.dtu.server.twin.VendorErrors#storageQuotaExceeded}).
 */
public final class StorageQuotaExceeded extends RuntimeException {
    /** Whose limit: the universe's own, or the server's over every universe. */
    public enum Scope { UNIVERSE, SERVER }

    private final Scope scope;
    private final long limit;
    private final long usage;

    StorageQuotaExceeded(Scope scope, long limit, long usage, long requested) {
        super((scope == Scope.UNIVERSE ? "the universe's storage quota of " + limit + " bytes is used ("
                : "the server's storage budget of " + limit + " bytes over all universes is used (this universe: ")
                + usage + " bytes stored, " + requested + " more asked)", null, false, false);
        this.scope = scope;
        this.limit = limit;
        this.usage = usage;
    }

    public Scope scope() {
        return scope;
    }

    public long limit() {
        return limit;
    }

    /** What the universe stored before the refused write. */
    public long usage() {
        return usage;
    }
}

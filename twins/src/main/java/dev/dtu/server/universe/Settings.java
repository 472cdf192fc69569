package dev.dtu.server.universe;

/**
 * Per-universe switches.
 *
 * @param rateLimits whether each twin enforces its vendor's rate limits (off by default: the point of a twin)
 * @param retryDelayScale multiplies the vendors' webhook/event retry delays (1.0 = real delays)
 * @param journalLimit how many journal entries a universe keeps (oldest dropped first)
 */
public record Settings(boolean rateLimits, double retryDelayScale, int journalLimit) {
    public static final Settings DEFAULT = new Settings(false, 1.0, 10_000);

    public Settings {
        if (retryDelayScale < 0 || Double.isNaN(retryDelayScale)) {
            throw new IllegalArgumentException("retryDelayScale must be >= 0");
        }
        if (journalLimit < 0) {
            throw new IllegalArgumentException("journalLimit must be >= 0");
        }
    }
}

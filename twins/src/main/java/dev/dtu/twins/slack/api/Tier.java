package dev.dtu.twins.slack.api;

/**
 * Slack's rate-limit tiers (https://api.slack.com/docs/rate-limits), per method and token, per minute.
 * chat.postMessage is "special": about one message per second per channel.
 */
public enum Tier {
    TIER1(1, 60_000),
    TIER2(20, 60_000),
    TIER3(50, 60_000),
    TIER4(100, 60_000),
    POST_MESSAGE(1, 1_000);

    private final int permits;
    private final long windowMillis;

    Tier(int permits, long windowMillis) {
        this.permits = permits;
        this.windowMillis = windowMillis;
    }

    public int permits() {
        return permits;
    }

    public long windowMillis() {
        return windowMillis;
    }
}

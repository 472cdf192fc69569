package dev.dtu.server.faults;

import dev.dtu.server.twin.RateLimitPolicy.Limit;
import java.util.concurrent.ConcurrentHashMap;

/** Fixed-window request counting per rate-limit bucket of one universe. */
public final class RateCounter {
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts the request; returns 0 when allowed, else the seconds until the window resets (at least 1). */
    public long acquire(String twin, Limit limit, long nowMillis) {
        Window w = windows.compute(twin + "|" + limit.bucket(), (k, old) ->
                old == null || nowMillis >= old.start + limit.windowMillis()
                        ? new Window(nowMillis, 1)
                        : new Window(old.start, old.count + 1));
        if (w.count <= limit.permits()) {
            return 0;
        }
        long remaining = w.start + limit.windowMillis() - nowMillis;
        return Math.max(1, (remaining + 999) / 1000);
    }

    public void clear() {
        windows.clear();
    }

    private record Window(long start, int count) {}
}

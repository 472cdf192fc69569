package dev.dtu.bench.serving;

import java.time.Duration;

/** How hard and how long a serving comparison loads each server: the same for our generator and for wrk. */
record Rounds(int connections, int count, Duration measure) {

    static Rounds of(boolean quick) {
        return quick ? new Rounds(8, 1, Duration.ofSeconds(1))
                : new Rounds(ServingBench.CONNECTIONS, 3, Duration.ofSeconds(5));
    }
}

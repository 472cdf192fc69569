package dev.dtu.bench.universes;

import org.HdrHistogram.Histogram;

/** Times operations into a histogram of nanoseconds; reports microseconds. */
final class Micros {
    private final Histogram nanos = new Histogram(10_000_000_000L, 3);

    void time(Runnable op) {
        long t0 = System.nanoTime();
        op.run();
        nanos.recordValue(Math.max(1, System.nanoTime() - t0));
    }

    double p(double percentile) {
        return nanos.getValueAtPercentile(percentile) / 1000.0;
    }

    long count() {
        return nanos.getTotalCount();
    }
}

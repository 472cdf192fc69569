package dev.dtu.bench.serving;

import org.HdrHistogram.Histogram;

/** What one measured phase produced: completed requests, failures, seconds and the latency histogram (µs). */
public record LoadResult(long requests, long failures, double seconds, Histogram micros) {

    public double throughput() {
        return requests / seconds;
    }

    public double percentileMillis(double p) {
        return micros.getValueAtPercentile(p) / 1000.0;
    }

    public LoadResult plus(LoadResult other) {
        Histogram merged = micros.copy();
        merged.add(other.micros);
        return new LoadResult(requests + other.requests, failures + other.failures, seconds + other.seconds, merged);
    }

    public static Histogram histogram() {
        return new Histogram(60_000_000L, 3);
    }
}

package dev.dtu.server.faults;

import java.util.Random;

/**
 * Added latency: {@code fixed} (ms), {@code uniform} (minMs..maxMs), {@code exponential} (meanMs) or
 * {@code normal} (meanMs, stddevMs, never below zero).
 */
public record Latency(String distribution, Double ms, Double minMs, Double maxMs, Double meanMs, Double stddevMs) {
    public Latency {
        distribution = distribution == null ? "fixed" : distribution;
        switch (distribution) {
            case "fixed" -> require(ms, "ms");
            case "uniform" -> {
                require(minMs, "minMs");
                require(maxMs, "maxMs");
                if (maxMs < minMs) {
                    throw new IllegalArgumentException("latency.maxMs must be >= latency.minMs");
                }
            }
            case "exponential" -> require(meanMs, "meanMs");
            case "normal" -> {
                require(meanMs, "meanMs");
                require(stddevMs, "stddevMs");
            }
            default -> throw new IllegalArgumentException(
                    "latency.distribution must be fixed, uniform, exponential or normal, not '" + distribution + "'");
        }
    }

    private static void require(Double value, String field) {
        if (value == null || value < 0 || value.isNaN() || value.isInfinite()) {
            throw new IllegalArgumentException("latency." + field + " must be a number >= 0");
        }
    }

    public long drawMillis(Random random) {
        double value = switch (distribution) {
            case "uniform" -> minMs + random.nextDouble() * (maxMs - minMs);
            case "exponential" -> -meanMs * Math.log(1 - random.nextDouble());
            case "normal" -> meanMs + random.nextGaussian() * stddevMs;
            default -> ms;
        };
        return Math.max(0, Math.round(value));
    }
}

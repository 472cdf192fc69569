package dev.dtu.core.stats;

/** One point of a pass^k curve: the chance that k independent trajectories all satisfy the user. */
public record PassK(int k, double value) {
}

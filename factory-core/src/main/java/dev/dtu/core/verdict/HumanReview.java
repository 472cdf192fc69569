package dev.dtu.core.verdict;

/** A trajectory a person has to look at, and why. */
public record HumanReview(long seed, String reason) {
}

package dev.dtu.recording.fidelity;

import java.util.List;

/**
 * One family of a vendor's operations (its spec's tag) as the recordings exercised it: how many recorded pairs,
 * how many of them the twin serves, and the score over all of them.
 */
public record FamilyScore(String twin, String family, int served, Score score) {
    static FamilyScore of(String twin, String family, List<ExchangeResult> results) {
        return new FamilyScore(twin, family, (int) results.stream().filter(ExchangeResult::served).count(),
                Score.of(twin, family, results));
    }

    public int pairs() {
        return score.exchanges();
    }
}

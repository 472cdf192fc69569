package dev.dtu.recording.fidelity;

import java.util.List;

/** The fidelity of a group of exchanges (a twin, or one operation of it): passed checks over all checks. */
public record Score(String twin, String operation, int exchanges, int checks, int differences) {
    static Score of(String twin, String operation, List<ExchangeResult> results) {
        return new Score(twin, operation, results.size(), results.stream().mapToInt(ExchangeResult::checks).sum(),
                results.stream().mapToInt(r -> r.differences().size()).sum());
    }

    public double value() {
        return checks == 0 ? 1.0 : (checks - differences) / (double) checks;
    }

    public String percent() {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * value());
    }
}

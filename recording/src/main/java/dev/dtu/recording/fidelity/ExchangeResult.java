package dev.dtu.recording.fidelity;

import java.util.List;

/** How one replayed exchange fared: its checks and the differences among them. */
public record ExchangeResult(
        String source,
        String twin,
        String operation,
        String method,
        String path,
        int recordedStatus,
        int twinStatus,
        int checks,
        List<Difference> differences) {

    public double score() {
        return checks == 0 ? 1.0 : (checks - differences.size()) / (double) checks;
    }
}

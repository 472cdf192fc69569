package dev.dtu.recording.fidelity;

import java.util.List;

/**
 * How one replayed exchange fared: its checks and the differences among them.
 *
 * @param operation the twin's name for it, or the vendor's operationId where the twin does not serve it
 * @param family the vendor spec's tag for the operation ("Issue worklogs", "chat", "google-drive")
 * @param served whether the twin serves the operation
 */
public record ExchangeResult(
        String source,
        String twin,
        String operation,
        String family,
        boolean served,
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

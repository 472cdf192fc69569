package dev.dtu.recording.fidelity;

import java.util.ArrayList;
import java.util.List;

/** Checks made while comparing one exchange, and the ones that failed. */
final class Comparison {
    private int checks;
    private final List<Difference> differences = new ArrayList<>();

    void pass() {
        checks++;
    }

    void fail(String path, String kind, String recorded, String twin) {
        checks++;
        differences.add(new Difference(path, kind, recorded, twin));
    }

    int checks() {
        return checks;
    }

    List<Difference> differences() {
        return List.copyOf(differences);
    }
}

package dev.dtu.core.stats;

final class Confidence {

    private Confidence() {
    }

    static void check(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
        }
    }
}

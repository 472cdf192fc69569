package dev.dtu.core.trajectory;

final class Require {

    private Require() {
    }

    static void text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    static void unitInterval(double value, String what) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(what + " must lie in [0, 1], got " + value);
        }
    }
}

package dev.dtu.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** Tools a test needs from outside Maven (node, npm packages): CI installs them, so there a missing one fails. */
public final class Prerequisites {
    private Prerequisites() {
    }

    /** On CI ({@code CI=true}) a missing prerequisite is a failure; elsewhere the test is skipped, saying why. */
    public static void requireOrSkip(boolean present, String why) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI=true: .ci/run installs it, so this test must run)");
        }
        Assumptions.assumeTrue(false, "skipped: " + why);
    }
}

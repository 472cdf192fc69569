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

    /** libfaketime, for apps run at a universe's time scale (Debian's {@code faketime}, or {@code DTU_LIBFAKETIME}). */
    public static void requireLibfaketime() {
        boolean installed;
        try {
            dev.dtu.engine.run.FakeTime.library();
            installed = true;
        } catch (dev.dtu.engine.run.FakeTime.Missing e) {
            installed = false;
        }
        requireOrSkip(installed, "libfaketime is not installed");
    }

    /** A program on the PATH (node, say). */
    public static void requireOnPath(String program) {
        requireOrSkip(java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))),
                program + " is not on the PATH");
    }
}

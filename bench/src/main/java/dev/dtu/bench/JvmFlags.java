package dev.dtu.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flags for the JVMs the benchmarks start: GraalVM's Truffle uses sun.misc.Unsafe, which JDK 24+ warns about;
 * {@code DTU_BENCH_CHILD_OPTS} adds more (a profiler, say: {@code -XX:StartFlightRecording=filename=/tmp/c%p.jfr}).
 */
public final class JvmFlags {
    private JvmFlags() {}

    public static List<String> child() {
        List<String> flags = new ArrayList<>();
        if (Runtime.version().feature() >= 24) {
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        String extra = System.getenv("DTU_BENCH_CHILD_OPTS");
        if (extra != null && !extra.isBlank()) {
            flags.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        return flags;
    }
}

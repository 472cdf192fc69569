package dev.dtu.bench;

import java.util.List;

/** Flags for the JVMs the benchmarks start: GraalVM's Truffle uses sun.misc.Unsafe, which JDK 24+ warns about. */
public final class JvmFlags {
    private JvmFlags() {}

    public static List<String> child() {
        return Runtime.version().feature() >= 24 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }
}

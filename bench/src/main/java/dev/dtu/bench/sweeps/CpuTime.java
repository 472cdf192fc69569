package dev.dtu.bench.sweeps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds from Linux's /proc/self/stat: this JVM's own (engine and twins) and that of the children it has
 * reaped (the apps under test, once their lanes closed).
 */
record CpuTime(double self, double children) {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on Linux
    static final CpuTime UNKNOWN = new CpuTime(-1, -1);

    /** Now, or {@link #UNKNOWN} where /proc is not there. */
    static CpuTime now() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which is in parentheses and may hold spaces): state is field 3.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new CpuTime((Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND,
                    (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    boolean known() {
        return self >= 0;
    }

    double total() {
        return self + children;
    }

    /** What was spent between {@code before} and this, or {@link #UNKNOWN}. */
    CpuTime since(CpuTime before) {
        return known() && before.known() ? new CpuTime(self - before.self, children - before.children) : UNKNOWN;
    }
}

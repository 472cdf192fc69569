package dev.dtu.bench.sweeps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds used by this process and the children it has reaped, from Linux's /proc/self/stat. */
final class CpuTime {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on Linux

    private CpuTime() {}

    /** utime + stime + cutime + cstime in seconds, or -1 where /proc is not there. */
    static double selfAndReapedChildren() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which is in parentheses and may hold spaces): state is field 3.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}

package dev.dtu.bench.universes;

import java.lang.management.ManagementFactory;

/** Used heap after a full collection, in bytes: what live objects really take. */
final class Heap {
    private Heap() {}

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            ManagementFactory.getMemoryMXBean().gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

package dev.dtu.bench.report;

import java.time.Instant;

/** Where and when a benchmark ran: results are only comparable on the same kind of machine. */
public record Machine(int cores, String jdk, String vm, String os, long maxHeapMiB, String date) {
    public static Machine current() {
        Runtime rt = Runtime.getRuntime();
        return new Machine(rt.availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                rt.maxMemory() / (1024 * 1024), Instant.now().toString());
    }

    public String line() {
        return cores + " cores, JDK " + jdk + " (" + vm + "), " + os + ", max heap " + maxHeapMiB + " MiB, " + date;
    }
}

package dev.dtu.bench.report;

/** One target of the issue, what was measured against it, and whether it was met. */
public record Target(String name, String goal, String measured, boolean met) {
    public String cell() {
        return met ? "met" : "**missed**";
    }
}

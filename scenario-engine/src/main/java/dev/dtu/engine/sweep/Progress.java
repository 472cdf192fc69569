package dev.dtu.engine.sweep;

import dev.dtu.core.stats.Interval;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A live progress line per scenario: done, satisfied, the running estimate and its interval (thread-safe). In a
 * terminal the latest line is redrawn in place; elsewhere (CI logs, pipes) only finished scenarios print, and a
 * heartbeat line every few seconds tells that the sweep is alive: scenarios settled, trajectories, rate, and an
 * estimate of the time left. {@link #heartbeatOnly} prints the heartbeat alone (what {@code converge} shows).
 */
public final class Progress implements AutoCloseable {
    public static final Progress SILENT = new Progress(null, false);
    /** Outside a terminal, at most this long passes without a line. */
    public static final long HEARTBEAT_MS = 10_000;

    private final PrintStream out;
    private final boolean terminal;
    private final boolean lines;
    private final long heartbeatMs;
    private final Map<String, Integer> done = new HashMap<>();
    private final Map<String, Boolean> settled = new HashMap<>();
    private long startedNanos = System.nanoTime();
    private int scenarios;
    private ScheduledExecutorService beat;

    public Progress(PrintStream out, boolean terminal) {
        this(out, terminal, true, HEARTBEAT_MS);
    }

    Progress(PrintStream out, boolean terminal, boolean lines, long heartbeatMs) {
        this.out = out;
        this.terminal = terminal;
        this.lines = lines;
        this.heartbeatMs = heartbeatMs;
    }

    public static Progress to(PrintStream out) {
        return new Progress(out, System.console() != null);
    }

    /** Only the start line and the heartbeat, never per-scenario lines. */
    public static Progress heartbeatOnly(PrintStream out) {
        return new Progress(out, false, false, HEARTBEAT_MS);
    }

    /** For tests: a progress that beats every {@code heartbeatMs}. */
    static Progress withHeartbeat(PrintStream out, long heartbeatMs) {
        return new Progress(out, false, true, heartbeatMs);
    }

    /** The sweep starts: prints what it will do and, outside a terminal, starts the heartbeat. */
    synchronized void start(int scenarioCount, String what) {
        if (out == null) {
            return;
        }
        scenarios = scenarioCount;
        startedNanos = System.nanoTime();
        out.println(what);
        out.flush();
        if (!terminal && beat == null) {
            beat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dtu-heartbeat");
                t.setDaemon(true);
                return t;
            });
            beat.scheduleAtFixedRate(this::heartbeat, heartbeatMs, heartbeatMs, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void update(String scenario, int done, int limit, int satisfied, double estimate, Interval interval, boolean last) {
        this.done.put(scenario, done);
        this.settled.put(scenario, last);
        if (out == null || !lines) {
            return;
        }
        int width = 20;
        int filled = limit == 0 ? width : Math.min(width, done * width / limit);
        String line = String.format(Locale.ROOT, "%-28s [%s%s] %4d/%-4d satisfied %4d  est %.3f [%.3f, %.3f]",
                clip(scenario), "#".repeat(filled), ".".repeat(width - filled), done, limit, satisfied, estimate,
                interval.lower(), interval.upper());
        // Scenarios run side by side: a terminal shows the latest line in place, and every finished one stays.
        if (terminal) {
            out.print("\r\033[K" + line + (last ? "\n" : ""));
        } else if (last) {
            out.println(line);
        }
        out.flush();
    }

    synchronized void heartbeat() {
        if (out == null) {
            return;
        }
        out.println(heartbeatLine());
        out.flush();
    }

    /** Scenarios settled, trajectories so far, their rate and a rough estimate of the time left. */
    synchronized String heartbeatLine() {
        int trajectories = done.values().stream().mapToInt(Integer::intValue).sum();
        long finished = settled.values().stream().filter(b -> b).count();
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        double rate = trajectories / seconds;
        String left = "unknown";
        if (finished > 0 && rate > 0) {
            double perScenario = settled.entrySet().stream().filter(Map.Entry::getValue)
                    .mapToInt(e -> done.get(e.getKey())).average().orElse(0);
            double remaining = Math.max(0, perScenario * scenarios - trajectories);
            left = String.format(Locale.ROOT, "about %.0f s", remaining / rate);
        }
        return String.format(Locale.ROOT, "… %d/%d scenarios settled, %d trajectories, %.1f/s, %s left, %.0f s so far",
                finished, scenarios, trajectories, rate, left, seconds);
    }

    synchronized void message(String text) {
        if (out != null) {
            out.println(text);
            out.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (beat != null) {
            beat.shutdownNow();
            beat = null;
        }
    }

    private static String clip(String s) {
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }
}

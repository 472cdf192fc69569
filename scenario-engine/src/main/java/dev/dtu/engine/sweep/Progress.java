package dev.dtu.engine.sweep;

import dev.dtu.core.stats.Interval;
import java.io.PrintStream;
import java.util.Locale;

/** A live progress line per scenario: done, satisfied, the running estimate and its interval (thread-safe). */
public final class Progress {
    public static final Progress SILENT = new Progress(null, false);

    private final PrintStream out;
    private final boolean terminal;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public static Progress to(PrintStream out) {
        return new Progress(out, System.console() != null);
    }

    synchronized void update(String scenario, int done, int limit, int satisfied, double estimate, Interval interval, boolean last) {
        if (out == null) {
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

    synchronized void message(String text) {
        if (out != null) {
            out.println(text);
            out.flush();
        }
    }

    private static String clip(String s) {
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }
}

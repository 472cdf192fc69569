package dev.dtu.bench.report;

import java.util.Locale;

/** Number formats used in every table. */
public final class Fmt {
    private Fmt() {}

    public static String num(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    public static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2f×", v);
    }

    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    /** Microseconds as "850 µs" or "2.31 ms". */
    public static String micros(double us) {
        return us >= 1000 ? String.format(Locale.ROOT, "%.2f ms", us / 1000) : String.format(Locale.ROOT, "%.1f µs", us);
    }
}

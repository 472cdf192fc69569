package dev.dtu.twins.slack.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Slack message timestamps: epoch seconds, a dot, six digits ("1732488000.000100"). A ts names a message
 * within its channel, so each new one is larger than every earlier ts in that channel.
 */
public final class Ts {
    private Ts() {}

    public static String format(long micros) {
        String fraction = Long.toString(1_000_000 + micros % 1_000_000);
        return (micros / 1_000_000) + "." + fraction.substring(1);
    }

    public static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    /** The ts for a new message at {@code now}: now, or just after {@code lastTs} when that is not earlier. */
    public static String next(String lastTs, Instant now) {
        long candidate = micros(now);
        if (lastTs != null) {
            candidate = Math.max(candidate, parse(lastTs).orElse(0L) + 1);
        }
        return format(candidate);
    }

    /**
     * Microseconds since the epoch, if the text is a ts: 1–12 digits, optionally a dot and 1–6 more (Slack also
     * takes "1732488000" and "1732488000.1").
     */
    public static Optional<Long> parse(String ts) {
        if (ts == null) {
            return Optional.empty();
        }
        int dot = ts.indexOf('.');
        int secondsEnd = dot < 0 ? ts.length() : dot;
        if (!digits(ts, 0, secondsEnd, 12) || (dot >= 0 && !digits(ts, dot + 1, ts.length(), 6))) {
            return Optional.empty();
        }
        long micros = Long.parseLong(ts, 0, secondsEnd, 10) * 1_000_000;
        if (dot >= 0) {
            long fraction = Long.parseLong(ts, dot + 1, ts.length(), 10);
            for (int i = ts.length() - dot - 1; i < 6; i++) {
                fraction *= 10;
            }
            micros += fraction;
        }
        return Optional.of(micros);
    }

    private static boolean digits(String s, int from, int to, int max) {
        if (to - from < 1 || to - from > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The canonical form of a ts the client sent, if it is one. */
    public static Optional<String> canonical(String ts) {
        return parse(ts).map(Ts::format);
    }

    public static long seconds(String ts) {
        return parse(ts).orElse(0L) / 1_000_000;
    }
}

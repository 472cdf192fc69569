package dev.dtu.twins.slack.model;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack message timestamps: epoch seconds, a dot, six digits ("1732488000.000100"). A ts names a message
 * within its channel, so each new one is larger than every earlier ts in that channel.
 */
public final class Ts {
    private static final Pattern FORMAT = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

    private Ts() {}

    public static String format(long micros) {
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
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

    /** Microseconds since the epoch, if the text is a ts (Slack also takes "1732488000" and "1732488000.1"). */
    public static Optional<Long> parse(String ts) {
        if (ts == null || !FORMAT.matcher(ts).matches()) {
            return Optional.empty();
        }
        int dot = ts.indexOf('.');
        String seconds = dot < 0 ? ts : ts.substring(0, dot);
        String fraction = dot < 0 ? "" : ts.substring(dot + 1);
        long micros = Long.parseLong(seconds) * 1_000_000 + Long.parseLong((fraction + "000000").substring(0, 6));
        return Optional.of(micros);
    }

    /** The canonical form of a ts the client sent, if it is one. */
    public static Optional<String> canonical(String ts) {
        return parse(ts).map(Ts::format);
    }

    public static long seconds(String ts) {
        return parse(ts).orElse(0L) / 1_000_000;
    }
}

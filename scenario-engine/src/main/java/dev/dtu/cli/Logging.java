package dev.dtu.cli;

import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log level of {@code dtu serve} ({@code --log-level}, {@code DTU_LOG_LEVEL}). Undertow's and XNIO's start-up
 * chatter stays out of the banner unless the level is debug or finer; their warnings always show.
 */
final class Logging {
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger[] QUIETED = {Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio")};

    private Logging() {}

    static void quietLibraries() {
        configure("info");
    }

    /** @throws IllegalArgumentException for a level that is not one of error, warn, info, debug, trace */
    static void configure(String name) {
        Level level = level(name);
        ROOT.setLevel(level);
        for (Handler h : ROOT.getHandlers()) {
            h.setLevel(level);
        }
        boolean verbose = level.intValue() < Level.INFO.intValue();
        Level libraries = verbose || level.intValue() > Level.WARNING.intValue() ? level : Level.WARNING;
        for (Logger logger : QUIETED) {
            logger.setLevel(libraries);
        }
    }

    static Level level(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Level.SEVERE;
            case "warn", "warning" -> Level.WARNING;
            case "info" -> Level.INFO;
            case "debug" -> Level.FINE;
            case "trace" -> Level.FINEST;
            default -> throw new IllegalArgumentException("--log-level must be error, warn, info, debug or trace, not '"
                    + name + "'");
        };
    }
}

package dev.dtu.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the libraries' start-up chatter (Undertow, XNIO) out of the banner; warnings still show. */
final class Logging {
    private static final Logger[] QUIETED = {Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio")};

    private Logging() {}

    static void quietLibraries() {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.WARNING);
        }
    }
}

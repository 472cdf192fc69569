package dev.dtu.server;

/** The server cannot start for a reason the user can fix (port taken, data dir unusable); the message is one line. */
public final class StartupException extends RuntimeException {
    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}

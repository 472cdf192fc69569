package dev.dtu.server.console;

/** A page that cannot be shown (an unknown universe, a refused admin call): the console's error page. */
final class ConsoleException extends RuntimeException {
    private final int status;

    ConsoleException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}

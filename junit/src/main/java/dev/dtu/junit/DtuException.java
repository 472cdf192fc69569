package dev.dtu.junit;

/** The DTU admin API refused a request: its status and the body it answered. */
public final class DtuException extends RuntimeException {
    private final int status;
    private final String body;

    DtuException(String request, int status, String body) {
        super(request + " answered " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}

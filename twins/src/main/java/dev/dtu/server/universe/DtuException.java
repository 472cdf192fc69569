package dev.dtu.server.universe;

/** An admin-API error: HTTP status, a stable machine code and a sentence for people. */
public final class DtuException extends RuntimeException {
    private final int status;
    private final String code;

    public DtuException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static DtuException notFound(String what, String id) {
        return new DtuException(404, what + "_not_found", "no " + what + " with id '" + id + "'");
    }

    public static DtuException badRequest(String code, String message) {
        return new DtuException(400, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

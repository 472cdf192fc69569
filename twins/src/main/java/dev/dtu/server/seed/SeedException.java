package dev.dtu.server.seed;

/** A seed document that cannot be used; {@code field} is the JSON path of the first wrong field. */
public final class SeedException extends RuntimeException {
    private final String field;

    public SeedException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

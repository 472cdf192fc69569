package dev.dtu.server.resource.filter;

/**
 * A {@code filter} or {@code search} expression that cannot be read or is not supported, in neutral terms;
 * the twin answers it in its vendor's words (Okta: E0000031, E0000030 for a date it cannot read, E0000033 for
 * {@code search} and {@code filter} in one request).
 * {@link #reason()} says what was wrong, for logs and tests only.
 */
public final class FilterException extends RuntimeException {
    public enum Kind { INVALID_CRITERIA, INVALID_DATE, SEARCH_WITH_FILTER }

    private final Kind kind;
    private final String reason;

    private FilterException(Kind kind, String reason) {
        super(kind + ": " + reason);
        this.kind = kind;
        this.reason = reason;
    }

    /** Syntax the parser cannot read, or a term the endpoint's {@link FilterPolicy} does not accept. */
    public static FilterException invalidCriteria(String reason) {
        return new FilterException(Kind.INVALID_CRITERIA, reason);
    }

    /** A date attribute compared with a string that is not a date. */
    public static FilterException invalidDate(String reason) {
        return new FilterException(Kind.INVALID_DATE, reason);
    }

    /** A {@code search} and a {@code filter} in one request, where an endpoint takes either but not both. */
    public static FilterException searchWithFilter() {
        return new FilterException(Kind.SEARCH_WITH_FILTER, "search and filter in one request");
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }
}

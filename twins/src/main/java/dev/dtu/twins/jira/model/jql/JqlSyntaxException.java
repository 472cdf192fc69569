package dev.dtu.twins.jira.model.jql;

/** The query is not well-formed JQL; the message is Jira's, with the 1-based position when it has one. */
public final class JqlSyntaxException extends RuntimeException {
    private final int line;
    private final int character;

    JqlSyntaxException(String message, int line, int character) {
        super(message);
        this.line = line;
        this.character = character;
    }

    /** 1-based line of the offending token, or 0 when the error is at the end of the query. */
    public int line() {
        return line;
    }

    /** 1-based character in the line of the offending token, or 0 at the end of the query. */
    public int character() {
        return character;
    }
}

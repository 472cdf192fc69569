package dev.dtu.twins.jira.model.jql;

/** A lexical token with its 1-based position. {@code text} is decoded; {@code raw} is as written. */
record Token(Type type, String text, String raw, int line, int character) {

    enum Type { WORD, STRING, CUSTOM_FIELD, OPERATOR, LPAREN, RPAREN, COMMA, EOF }

    boolean is(Type t) {
        return type == t;
    }

    /** An unquoted word (or its symbol such as {@code &&}) spelling the given keyword. */
    boolean isKeyword(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isOperator(String symbol) {
        return type == Type.OPERATOR && text.equals(symbol);
    }

    /** What Jira quotes back after "but got". */
    String shown() {
        return type == Type.STRING ? text : raw;
    }
}

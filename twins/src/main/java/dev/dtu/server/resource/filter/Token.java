package dev.dtu.server.resource.filter;

/** A lexical token; {@code text} is the decoded string for STRING and the source text otherwise. */
record Token(Type type, String text, int position) {

    enum Type { LEFT_PAREN, RIGHT_PAREN, WORD, STRING, NUMBER, END }

    boolean isWord(String word) {
        return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    String describe() {
        return switch (type) {
            case END -> "end of expression";
            case STRING -> "string at position " + position;
            default -> "'" + text + "' at position " + position;
        };
    }
}

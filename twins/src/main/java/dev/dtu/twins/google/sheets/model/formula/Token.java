package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;

/** One lexical token of a formula; {@code reference} is set for REFERENCE tokens only. */
record Token(Kind kind, String text, A1Range reference) {

    enum Kind { NUMBER, STRING, BOOLEAN, ERROR, REFERENCE, NAME, OPERATOR, LPAREN, RPAREN, COMMA, END }

    static Token of(Kind kind, String text) {
        return new Token(kind, text, null);
    }

    boolean is(Kind expected, String expectedText) {
        return kind == expected && text.equals(expectedText);
    }
}

package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One index unit of a segment: a UTF-16 code unit with its text style ({@code para} set on newlines only),
 * or a structural {@link Mark}.
 */
record Unit(char c, JsonNode style, ParaAttrs para, boolean pageBreak, Mark mark) {
    Unit(char c, JsonNode style, ParaAttrs para, boolean pageBreak) {
        this(c, style, para, pageBreak, null);
    }

    static Unit mark(Mark mark) {
        return new Unit(mark.symbol, null, null, false, mark);
    }

    boolean isNewline() {
        return mark == null && c == '\n';
    }

    /** A paragraph's style and bullet, carried by its newline. */
    record ParaAttrs(JsonNode style, Bullet bullet) {}
}

package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One index unit of a segment: a UTF-16 code unit with its text style ({@code para} set on newlines only),
 * or a structural {@link Mark}, whose {@code style} is its table's tableStyle (table start) or its cell's
 * tableCellStyle (cell start), null while it holds only defaults; an inline object's unit names the object.
 */
record Unit(char c, JsonNode style, ParaAttrs para, boolean pageBreak, Mark mark, String objectId) {
    /** The unit an inline object (an image) takes; Docs strips this Private Use character from inserted text. */
    static final char INLINE_OBJECT = '\uE004';

    Unit(char c, JsonNode style, ParaAttrs para, boolean pageBreak) {
        this(c, style, para, pageBreak, null, null);
    }

    Unit(char c, JsonNode style, ParaAttrs para, boolean pageBreak, Mark mark) {
        this(c, style, para, pageBreak, mark, null);
    }

    Unit withObject(String id) {
        return new Unit(c, style, para, pageBreak, mark, id);
    }

    Unit withStyle(JsonNode newStyle) {
        return new Unit(c, newStyle, para, pageBreak, mark, objectId);
    }

    static Unit mark(Mark mark) {
        return mark(mark, null);
    }

    static Unit mark(Mark mark, JsonNode style) {
        return new Unit(mark.symbol, style, null, false, mark);
    }

    boolean isNewline() {
        return mark == null && c == '\n';
    }

    /** A paragraph's style and bullet, carried by its newline. */
    record ParaAttrs(JsonNode style, Bullet bullet) {}
}

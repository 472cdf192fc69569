package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A run of text with one TextStyle; a page break is a run of one character with {@code pageBreak},
 * an inline object (an image) one with its {@code inlineObjectId}. */
public record TextRun(String content, JsonNode textStyle, boolean pageBreak, String inlineObjectId) {
    public TextRun(String content, JsonNode textStyle, boolean pageBreak) {
        this(content, textStyle, pageBreak, null);
    }
}

package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A run of text with one TextStyle; a page break is a run of one character with {@code pageBreak}. */
public record TextRun(String content, JsonNode textStyle, boolean pageBreak) {}

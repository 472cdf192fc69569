package dev.dtu.twins.google.docs.model;

/** A Docs named range over body indexes [startIndex, endIndex). */
public record DocNamedRange(String namedRangeId, String name, int startIndex, int endIndex) {}

package dev.dtu.twins.google.docs.model;

/** A Docs named range over [startIndex, endIndex) of one segment ("" is the body). */
public record DocNamedRange(String namedRangeId, String name, String segmentId, int startIndex, int endIndex) {}

package dev.dtu.twins.google.sheets.model;

/** The Sheets API NamedRange. */
public record NamedRange(String namedRangeId, String name, GridRange range) {
}

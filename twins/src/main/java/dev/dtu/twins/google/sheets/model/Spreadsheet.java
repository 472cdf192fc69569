package dev.dtu.twins.google.sheets.model;

import java.util.List;

/** One stored spreadsheet; the title follows the Drive file's name. {@code developerMetadata}: the spreadsheet's own. */
public record Spreadsheet(String spreadsheetId, String title, String locale, String timeZone, List<Sheet> sheets,
                          List<NamedRange> namedRanges, List<com.fasterxml.jackson.databind.JsonNode> developerMetadata) {
    public Spreadsheet {
        developerMetadata = developerMetadata == null ? List.of() : List.copyOf(developerMetadata);
        sheets = List.copyOf(sheets);
        namedRanges = List.copyOf(namedRanges);
    }

    public Spreadsheet withTitle(String newTitle) {
        return new Spreadsheet(spreadsheetId, newTitle, locale, timeZone, sheets, namedRanges, developerMetadata);
    }

    public Spreadsheet withId(String newId) {
        return new Spreadsheet(newId, title, locale, timeZone, sheets, namedRanges, developerMetadata);
    }
}

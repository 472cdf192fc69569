package dev.dtu.twins.google.sheets.model;

import dev.dtu.server.state.Kind;

/** The stored spreadsheets, keyed by their Drive file id. */
public final class Spreadsheets {
    public static final Kind<Spreadsheet> SPREADSHEETS = Kind.of("google", "spreadsheets", Spreadsheet.class);

    private Spreadsheets() {}
}

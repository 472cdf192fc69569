package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.errors.GoogleException;

/**
 * "Up to 50,000 characters in a single cell" (Files you can store in Google Drive, Spreadsheets); Sheets refuses
 * longer input with the message below, for values written through values.* and batchUpdate alike.
 */
final class CellText {
    static final int MAX_CHARACTERS = 50_000;

    private CellText() {}

    static void check(String text) {
        if (text != null && text.length() > MAX_CHARACTERS) {
            throw GoogleException.invalidArgument("Your input contains more than the maximum of " + MAX_CHARACTERS
                    + " characters in a single cell.");
        }
    }
}

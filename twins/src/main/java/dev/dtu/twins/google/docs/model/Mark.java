package dev.dtu.twins.google.docs.model;

/**
 * The index units a table takes besides its cells' paragraphs: its start, each row's start, each cell's
 * start and its end. Their symbols come from the Private Use Area, which Docs strips from inserted text
 * (developers.google.com/docs/api/concepts/rules-behavior), so they never collide with content.
 */
public enum Mark {
    TABLE_START('\uE000'), ROW('\uE001'), CELL('\uE002'), TABLE_END('\uE003');

    public final char symbol;

    Mark(char symbol) {
        this.symbol = symbol;
    }
}

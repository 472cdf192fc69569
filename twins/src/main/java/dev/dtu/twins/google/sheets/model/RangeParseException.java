package dev.dtu.twins.google.sheets.model;

/** A range the Sheets API rejects with 400 INVALID_ARGUMENT; the message is Google's, word for word. */
public final class RangeParseException extends IllegalArgumentException {
    private final String range;

    public RangeParseException(String range) {
        super("Unable to parse range: " + range);
        this.range = range;
    }

    public String range() {
        return range;
    }
}

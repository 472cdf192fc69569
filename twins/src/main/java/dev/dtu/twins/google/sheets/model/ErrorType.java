package dev.dtu.twins.google.sheets.model;

/** The Sheets API ErrorValue.type enum with the text a cell shows. */
public enum ErrorType {
    ERROR("#ERROR!"),
    NULL_VALUE("#NULL!"),
    DIVIDE_BY_ZERO("#DIV/0!"),
    VALUE("#VALUE!"),
    REF("#REF!"),
    NAME("#NAME?"),
    NUM("#NUM!"),
    N_A("#N/A");

    private final String display;

    ErrorType(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }

    /** The error a literal such as {@code #N/A} stands for, case-insensitively; null if none. */
    public static ErrorType fromDisplay(String text) {
        for (ErrorType type : values()) {
            if (type.display.equalsIgnoreCase(text)) {
                return type;
            }
        }
        return null;
    }
}

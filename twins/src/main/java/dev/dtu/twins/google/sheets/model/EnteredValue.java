package dev.dtu.twins.google.sheets.model;

/** An input string read under a ValueInputOption: the value to store and the number format it implies. */
public record EnteredValue(ExtendedValue value, NumberFormat format) {

    public static EnteredValue of(ExtendedValue value) {
        return new EnteredValue(value, null);
    }
}

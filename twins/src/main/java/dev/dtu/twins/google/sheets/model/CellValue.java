package dev.dtu.twins.google.sheets.model;

/** A computed value: what a cell holds once formulas are evaluated (the API's effectiveValue). */
public sealed interface CellValue extends ExtendedValue
        permits CellValue.Empty, CellValue.NumberValue, CellValue.StringValue, CellValue.BoolValue,
        CellValue.ErrorValue {

    Empty EMPTY = new Empty();

    record Empty() implements CellValue {
    }

    record NumberValue(double value) implements CellValue {
    }

    record StringValue(String value) implements CellValue {
    }

    record BoolValue(boolean value) implements CellValue {
    }

    /** The API's ErrorValue; {@code message} is the tooltip text Google shows. */
    record ErrorValue(ErrorType type, String message) implements CellValue {
        public String display() {
            return type.display();
        }
    }

    static NumberValue number(double value) {
        return new NumberValue(value);
    }

    static StringValue string(String value) {
        return new StringValue(value);
    }

    static BoolValue bool(boolean value) {
        return new BoolValue(value);
    }

    static ErrorValue error(ErrorType type, String message) {
        return new ErrorValue(type, message);
    }
}

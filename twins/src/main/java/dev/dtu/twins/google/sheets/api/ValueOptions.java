package dev.dtu.twins.google.sheets.api;

import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.sheets.model.DateTimeRenderOption;
import dev.dtu.twins.google.sheets.model.ValueInputOption;
import dev.dtu.twins.google.sheets.model.ValueRenderOption;
import java.util.Optional;

/** The values methods' enum parameters, with Google's message for a value it does not know. */
final class ValueOptions {
    private ValueOptions() {}

    static boolean rowMajor(Optional<String> value, String field) {
        String v = value.orElse("ROWS");
        return switch (v) {
            case "ROWS", "DIMENSION_UNSPECIFIED" -> true;
            case "COLUMNS" -> false;
            default -> throw invalidEnum(field, "Dimension", v);
        };
    }

    static ValueRenderOption render(Optional<String> value, String field) {
        try {
            return ValueRenderOption.valueOf(value.orElse("FORMATTED_VALUE"));
        } catch (IllegalArgumentException e) {
            throw invalidEnum(field, "ValueRenderOption", value.orElse(""));
        }
    }

    static DateTimeRenderOption dates(Optional<String> value, String field) {
        try {
            return DateTimeRenderOption.valueOf(value.orElse("SERIAL_NUMBER"));
        } catch (IllegalArgumentException e) {
            throw invalidEnum(field, "DateTimeRenderOption", value.orElse(""));
        }
    }

    static ValueInputOption input(Optional<String> value, String field) {
        String v = value.orElseThrow(() -> GoogleException.invalidArgument(
                "'valueInputOption' is required but not specified"));
        try {
            return ValueInputOption.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw invalidEnum(field, "ValueInputOption", v);
        }
    }

    private static GoogleException invalidEnum(String field, String type, String value) {
        return GoogleException.invalidArgument("Invalid value at '" + field + "' (type.googleapis.com/google.apps.sheets.v4."
                + type + "), \"" + value + "\"");
    }
}

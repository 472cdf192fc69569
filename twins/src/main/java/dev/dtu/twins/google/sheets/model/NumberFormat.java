package dev.dtu.twins.google.sheets.model;

/** The Sheets API NumberFormat: a type and an optional pattern (empty means the type's default). */
public record NumberFormat(Type type, String pattern) {

    public enum Type { TEXT, NUMBER, PERCENT, CURRENCY, DATE, TIME, DATE_TIME, SCIENTIFIC }

    public NumberFormat {
        pattern = pattern == null ? "" : pattern;
    }

    public static NumberFormat of(Type type, String pattern) {
        return new NumberFormat(type, pattern);
    }

    public boolean isDateOrTime() {
        return type == Type.DATE || type == Type.TIME || type == Type.DATE_TIME;
    }

    /** The pattern Google applies when the format names only a type (en_US locale). */
    public String effectivePattern() {
        if (!pattern.isEmpty()) {
            return pattern;
        }
        return switch (type) {
            case DATE -> "M/d/yyyy";
            case TIME -> "h:mm:ss AM/PM";
            case DATE_TIME -> "M/d/yyyy H:mm:ss";
            case PERCENT -> "0.00%";
            case CURRENCY -> "\"$\"#,##0.00";
            case SCIENTIFIC -> "0.00E+00";
            case NUMBER -> "#,##0.00";
            case TEXT -> "@";
        };
    }
}

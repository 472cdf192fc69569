package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.NumberFormat.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads input strings as the Sheets UI does for USER_ENTERED (en_US locale). */
public final class UserEnteredParser {
    private static final Pattern NUMBER = Pattern.compile(
            "([-+]?)(\\$?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)(%?)");
    private static final Pattern ISO_DATE = Pattern.compile(
            "([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?");
    private static final Pattern US_DATE = Pattern.compile(
            "([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}|[0-9]{2})(?: ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?");

    private UserEnteredParser() {
    }

    public static EnteredValue parse(String input, ValueInputOption option) {
        if (input == null || input.isEmpty()) {
            return EnteredValue.of(CellValue.EMPTY);
        }
        return option == ValueInputOption.RAW ? EnteredValue.of(CellValue.string(input)) : userEntered(input);
    }

    private static EnteredValue userEntered(String input) {
        if (input.startsWith("'")) {
            return EnteredValue.of(CellValue.string(input.substring(1)));
        }
        if (input.startsWith("=") && input.length() > 1) {
            return EnteredValue.of(ExtendedValue.formula(input));
        }
        return parseLiteral(input.strip()).orElse(EnteredValue.of(CellValue.string(input)));
    }

    /** A number, percentage, currency amount, boolean or date; empty for anything else. */
    public static Optional<EnteredValue> parseLiteral(String text) {
        if (text.equalsIgnoreCase("TRUE") || text.equalsIgnoreCase("FALSE")) {
            return Optional.of(EnteredValue.of(CellValue.bool(text.equalsIgnoreCase("TRUE"))));
        }
        Optional<EnteredValue> number = number(text);
        return number.isPresent() ? number : date(text);
    }

    /** The number a string stands for when a formula coerces it: numbers, percentages and dates. */
    public static Optional<Double> numberIn(String text) {
        Optional<EnteredValue> parsed = number(text.strip()).or(() -> date(text.strip()));
        return parsed.map(p -> ((CellValue.NumberValue) p.value()).value());
    }

    private static Optional<EnteredValue> number(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || !m.group(3).matches(".*[0-9].*") || m.group(3).startsWith(",")) {
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(3).replace(",", ""));
        if (!Double.isFinite(value)) {
            return Optional.empty();
        }
        value = m.group(1).equals("-") ? -value : value;
        if (!m.group(4).isEmpty()) {
            String pattern = m.group(3).contains(".") ? "0.00%" : "0%";
            return Optional.of(new EnteredValue(CellValue.number(value / 100), NumberFormat.of(Type.PERCENT, pattern)));
        }
        if (!m.group(2).isEmpty()) {
            return Optional.of(new EnteredValue(CellValue.number(value), NumberFormat.of(Type.CURRENCY, "\"$\"#,##0.00")));
        }
        return Optional.of(EnteredValue.of(CellValue.number(value)));
    }

    // Google keeps the style the date was typed in: 2026-01-31 stays ISO, 1/31/2026 stays US.
    private static Optional<EnteredValue> date(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return dateValue(iso, 1, 2, 3, "yyyy-mm-dd");
        }
        Matcher us = US_DATE.matcher(text);
        if (us.matches()) {
            return dateValue(us, 3, 1, 2, "M/d/yyyy");
        }
        return Optional.empty();
    }

    private static Optional<EnteredValue> dateValue(Matcher m, int year, int month, int day, String datePattern) {
        try {
            LocalDate date = LocalDate.of(fullYear(m.group(year)), Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day)));
            if (m.group(4) == null) {
                return Optional.of(new EnteredValue(CellValue.number(SerialDates.toSerial(date)),
                        NumberFormat.of(Type.DATE, datePattern)));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(new EnteredValue(CellValue.number(SerialDates.toSerial(LocalDateTime.of(date, time))),
                    NumberFormat.of(Type.DATE_TIME, datePattern + " H:mm:ss")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    // Two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999, as in Sheets.
    private static int fullYear(String year) {
        int value = Integer.parseInt(year);
        if (year.length() > 2) {
            return value;
        }
        return value < 30 ? 2000 + value : 1900 + value;
    }
}

package dev.dtu.twins.google.sheets.model;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sheets date/time patterns: d dd ddd dddd, m mm mmm mmmm (M too), yy yyyy, h hh H HH, s ss,
 * am/pm. As in Sheets, "m" right after an hour or right before seconds means minutes.
 */
final class DatePattern {
    private DatePattern() {
    }

    static String format(double serial, String pattern) {
        LocalDateTime time = SerialDates.fromSerial(serial);
        List<String> tokens = tokens(pattern);
        boolean twelveHour = tokens.stream().anyMatch(t -> t.equalsIgnoreCase("am/pm") || t.equalsIgnoreCase("a/p"));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            out.append(render(tokens, i, time, twelveHour));
        }
        return out.toString();
    }

    private static List<String> tokens(String pattern) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int end = tokenEnd(pattern, i);
            tokens.add(pattern.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int tokenEnd(String pattern, int start) {
        String rest = pattern.substring(start).toLowerCase(Locale.ROOT);
        if (rest.startsWith("am/pm")) {
            return start + 5;
        }
        if (rest.startsWith("a/p")) {
            return start + 3;
        }
        char c = rest.charAt(0);
        if (c == '"') {
            int close = pattern.indexOf('"', start + 1);
            return close < 0 ? pattern.length() : close + 1;
        }
        int end = start + 1;
        if ("dmyhs".indexOf(c) >= 0) {
            while (end < pattern.length() && Character.toLowerCase(pattern.charAt(end)) == c) {
                end++;
            }
        }
        return end;
    }

    private static String render(List<String> tokens, int i, LocalDateTime time, boolean twelveHour) {
        String token = tokens.get(i);
        char kind = Character.toLowerCase(token.charAt(0));
        int n = token.length();
        return switch (kind) {
            case 'd' -> day(time, n);
            case 'y' -> n <= 2 ? pad(time.getYear() % 100, 2) : Integer.toString(time.getYear());
            case 'h' -> hour(token, time, twelveHour, n);
            case 'm' -> isMinute(tokens, i) ? pad(time.getMinute(), n) : month(time, n);
            case 's' -> pad(time.getSecond(), n);
            case '"' -> token.substring(1, Math.max(1, token.length() - 1));
            case 'a' -> token.length() > 1 ? amPm(token, time) : token;
            default -> token;
        };
    }

    private static String hour(String token, LocalDateTime time, boolean twelveHour, int n) {
        int hour = time.getHour();
        if (twelveHour && token.charAt(0) == 'h') {
            hour = hour % 12 == 0 ? 12 : hour % 12;
        }
        return pad(hour, n);
    }

    private static String amPm(String token, LocalDateTime time) {
        boolean pm = time.getHour() >= 12;
        String text = token.length() == 3 ? (pm ? "P" : "A") : (pm ? "PM" : "AM");
        return Character.isLowerCase(token.charAt(0)) ? text.toLowerCase(Locale.ROOT) : text;
    }

    private static boolean isMinute(List<String> tokens, int i) {
        return neighbour(tokens, i, -1, 'h') || neighbour(tokens, i, 1, 's');
    }

    // The nearest date/time token in one direction, skipping separators such as ':'.
    private static boolean neighbour(List<String> tokens, int i, int step, char kind) {
        for (int j = i + step; j >= 0 && j < tokens.size(); j += step) {
            char c = Character.toLowerCase(tokens.get(j).charAt(0));
            if ("dmyhs".indexOf(c) >= 0) {
                return c == kind;
            }
        }
        return false;
    }

    private static String day(LocalDateTime time, int n) {
        return switch (n) {
            case 1, 2 -> pad(time.getDayOfMonth(), n);
            case 3 -> time.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
            default -> time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
        };
    }

    private static String month(LocalDateTime time, int n) {
        return switch (n) {
            case 1, 2 -> pad(time.getMonthValue(), n);
            case 3 -> time.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
            case 5 -> time.getMonth().getDisplayName(TextStyle.NARROW, Locale.US);
            default -> time.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
        };
    }

    private static String pad(int value, int width) {
        String text = Integer.toString(value);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }
}

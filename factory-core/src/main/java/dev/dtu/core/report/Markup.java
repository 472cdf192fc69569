package dev.dtu.core.report;

import java.util.Locale;

/** Escaping and number formatting shared by the XML, HTML and Markdown writers. */
final class Markup {

    private Markup() {
    }

    /** Escapes text for XML or HTML content and attributes, dropping characters XML 1.0 cannot carry at all. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Like {@link #escape} but keeps line breaks literal, for element content that should read as text. */
    static String escapeText(String text) {
        return escape(text).replace("&#10;", "\n").replace("&#9;", "\t").replace("&#13;", "");
    }

    /** The text without the characters XML 1.0 cannot hold at all (control characters), for an XML writer. */
    static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\r' || c == '\t' || allowedInXml(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}

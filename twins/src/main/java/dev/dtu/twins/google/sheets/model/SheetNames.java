package dev.dtu.twins.google.sheets.model;

import java.util.regex.Pattern;

/** Quoting of sheet titles in A1 notation: {@code 'It''s'} doubles the apostrophe. */
public final class SheetNames {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SheetNames() {
    }

    /** Quotes a title only when needed, as Google does in the ranges it returns. */
    public static String quoteIfNeeded(String title) {
        return needsQuotes(title) ? quote(title) : title;
    }

    public static String quote(String title) {
        return "'" + title.replace("'", "''") + "'";
    }

    static boolean needsQuotes(String title) {
        return !PLAIN.matcher(title).matches() || looksLikeReference(title);
    }

    // A title such as "A1", "R1C1" or "TRUE" would be read as something else when unquoted.
    private static boolean looksLikeReference(String title) {
        return A1Notation.isCellReference(title)
                || R1C1Notation.isAbsoluteReference(title)
                || title.equalsIgnoreCase("TRUE") || title.equalsIgnoreCase("FALSE");
    }
}

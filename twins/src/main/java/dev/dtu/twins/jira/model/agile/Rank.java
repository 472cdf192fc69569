package dev.dtu.twins.jira.model.agile;

/**
 * Issue rank as Jira keeps it: a string per issue whose lexical order is the board order (LexoRank, "0|i0000f:").
 * The body is a base-36 fraction; {@link #between} makes a string strictly between two others, so a move never
 * renumbers other issues. Bodies never end in '0', so there is always room between two of them.
 */
public final class Rank {
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String BUCKET = "0|";

    private Rank() {}

    /** The rank of an issue never moved: in creation order (issue ids grow), after nothing else. */
    public static String initial(String issueId) {
        String body = Long.toString(Long.parseLong(issueId), 36);
        return BUCKET + "i" + "0".repeat(Math.max(0, 8 - body.length())) + body + "i";
    }

    /** A rank strictly between {@code low} and {@code high} (either may be null: unbounded). */
    public static String between(String low, String high) {
        String a = low == null ? "" : body(low);
        String b = high == null ? null : body(high);
        if (b != null && a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("rank " + low + " is not below " + high);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; ; i++) {
            int da = i < a.length() ? DIGITS.indexOf(a.charAt(i)) : 0;
            int db = b == null ? DIGITS.length() : (i < b.length() ? DIGITS.indexOf(b.charAt(i)) : 0);
            if (da == db) {
                out.append(DIGITS.charAt(da));
                continue;
            }
            int mid = (da + db) / 2;
            if (mid > da) {
                return BUCKET + out.append(DIGITS.charAt(mid));
            }
            out.append(DIGITS.charAt(da));
            b = null;
        }
    }

    private static String body(String rank) {
        return rank.startsWith(BUCKET) ? rank.substring(BUCKET.length()) : rank;
    }
}

package dev.dtu.server.resource;

import dev.dtu.server.state.Tx;

/**
 * How a vendor's ids look. Ids count up per universe (part of the state, so forks continue them) and sort in
 * creation order as strings, which is the order lists and cursors use.
 * <ul>
 *   <li>{@code okta:<prefix>}: 20 characters, Okta's three-character type prefix, "dtu", a base-36 counter</li>
 *   <li>{@code number:<first>}: Jira's decimal ids from {@code first} (10000), zero-padded to a fixed width so
 *       that they sort numerically</li>
 *   <li>{@code slack:<prefix>}: Slack's upper-case ids ({@code Bk} bookmarks)</li>
 *   <li>{@code google}: 44 characters of Google's id alphabet</li>
 * </ul>
 */
public record IdFormat(String style, String arg) {

    public static IdFormat parse(String spec) {
        int colon = spec.indexOf(':');
        IdFormat f = colon < 0 ? new IdFormat(spec, "") : new IdFormat(spec.substring(0, colon), spec.substring(colon + 1));
        if (!java.util.Set.of("okta", "number", "slack", "google").contains(f.style)) {
            throw new IllegalArgumentException("unknown id format " + spec);
        }
        return f;
    }

    public String next(Tx tx, String sequence) {
        long n = tx.next(sequence);
        return switch (style) {
            case "okta" -> arg + "dtu" + pad(Long.toString(n, 36), 14);
            case "number" -> Long.toString(Long.parseLong(arg) - 1 + n);
            case "slack" -> arg + "DTU" + pad(Long.toString(n, 36).toUpperCase(java.util.Locale.ROOT), 8);
            default -> "1dtu" + pad(Long.toString(n, 36), 40);
        };
    }

    /**
     * The key an id is stored under, so that state order is creation order: Jira's numbers are padded
     * (10000 before 100000); the other styles have a fixed width already.
     */
    public String key(String id) {
        return style.equals("number") ? pad(id, 19) : id;
    }

    private static String pad(String s, int width) {
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}

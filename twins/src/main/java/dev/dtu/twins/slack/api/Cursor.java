package dev.dtu.twins.slack.api;

import dev.dtu.twins.slack.errors.SlackError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Slack's opaque cursors: base64 of "{field}:{key}" ("dXNlcjpVMDYxTkZUVDI=" is "user:U061NFTT2"). The key
 * is where the next page starts, so pages stay stable while others write.
 */
public final class Cursor {
    private Cursor() {}

    public static String encode(String field, String key) {
        return Base64.getEncoder().encodeToString((field + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key in a cursor made for {@code field}; invalid_cursor for anything else. */
    public static String decode(String field, String cursor) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(cursor.trim());
        } catch (IllegalArgumentException e) {
            throw new SlackError("invalid_cursor");
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        String prefix = field + ":";
        if (!text.startsWith(prefix) || text.length() == prefix.length()) {
            throw new SlackError("invalid_cursor");
        }
        return text.substring(prefix.length());
    }
}

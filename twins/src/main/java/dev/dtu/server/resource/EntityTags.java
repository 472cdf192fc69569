package dev.dtu.server.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Entity tags of declared resources (RFC 9110 section 8.8.3): a weak tag over the stored representation, so any
 * change makes a new one; {@code If-Match} and {@code If-None-Match} lists compared by their opaque part.
 */
final class EntityTags {
    private EntityTags() {
    }

    static String of(Resource r) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(r.body().toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 10) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a conditional header's list ({@code *} or tags separated by commas) names {@code tag}. */
    static boolean listed(String header, String tag) {
        String wanted = opaque(tag);
        for (String candidate : header.split(",")) {
            String t = candidate.trim();
            if (t.equals("*") || opaque(t).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

package dev.dtu.twins.google.api;

import dev.dtu.twins.google.errors.GoogleException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page tokens: the offset of the next page, bound to the query that produced it. */
public final class PageTokens {
    private PageTokens() {}

    public static String next(int offset, String queryKey) {
        String raw = offset + ":" + Integer.toHexString(queryKey.hashCode());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static int offset(String token, String queryKey) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split(":");
            if (parts.length != 2 || !parts[1].equals(Integer.toHexString(queryKey.hashCode()))) {
                throw new IllegalArgumentException();
            }
            return Integer.parseInt(parts[0]);
        } catch (IllegalArgumentException e) {
            throw GoogleException.invalidParameter("Invalid Value", "pageToken");
        }
    }
}

package dev.dtu.server.oauth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** The SHA-256 values the twins' OAuth servers compute, written once. */
public final class OAuthDigests {
    private OAuthDigests() {}

    /** The key an issued token, code or refresh token is stored under: its SHA-256 (UTF-8), base64url. */
    public static String storageKey(String secret) {
        return base64Url(sha256(secret, StandardCharsets.UTF_8));
    }

    /** PKCE's S256 code challenge of a verifier (RFC 7636 4.2: ASCII, SHA-256, base64url without padding). */
    public static String s256(String verifier) {
        return base64Url(sha256(verifier, StandardCharsets.US_ASCII));
    }

    /** OIDC Core 3.1.3.6 {@code at_hash}: the left half of the access token's SHA-256, base64url. */
    public static String atHash(String accessToken) {
        byte[] d = sha256(accessToken, StandardCharsets.US_ASCII);
        return base64Url(Arrays.copyOf(d, d.length / 2));
    }

    private static byte[] sha256(String text, Charset charset) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(charset));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

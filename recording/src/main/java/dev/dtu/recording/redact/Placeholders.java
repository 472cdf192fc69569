package dev.dtu.recording.redact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable stand-ins for secrets: the same secret always gets the same placeholder within one recording
 * session, different secrets different ones. A keyed hash (the key lives only in memory) keeps a
 * placeholder from being checked against guesses of the secret.
 */
public final class Placeholders {
    public static final String MARK = "REDACTED-";
    private final byte[] key;

    public Placeholders() {
        this(new SecureRandom().generateSeed(32));
    }

    Placeholders(byte[] key) {
        this.key = key.clone();
    }

    /** The placeholder for {@code secret}, keeping a well-known prefix that says what kind of token it was. */
    public String of(String secret) {
        if (secret.contains(MARK)) {
            return secret;
        }
        return prefix(secret) + MARK + digest(secret);
    }

    public String email(String email) {
        return "person-" + digest(email.toLowerCase(java.util.Locale.ROOT)) + "@redacted.example";
    }

    private static String prefix(String secret) {
        int dash = secret.indexOf('-');
        if (secret.matches("^x(ox[abposr]|app)-.*")) {
            return secret.substring(0, dash + 1);
        }
        if (secret.startsWith("ya29.")) {
            return "ya29.";
        }
        return "";
    }

    private String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

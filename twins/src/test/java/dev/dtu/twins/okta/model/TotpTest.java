package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B's SHA-1 vectors (the last 6 of their 8 digits), and the one-step skew window. */
class TotpTest {
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc6238Vectors() {
        assertEquals("287082", Totp.code(RFC_KEY, 59 / 30, "HmacSHA1"));
        assertEquals("081804", Totp.code(RFC_KEY, 1111111109L / 30, "HmacSHA1"));
        assertEquals("005924", Totp.code(RFC_KEY, 1234567890L / 30, "HmacSHA1"));
        assertEquals("279037", Totp.code(RFC_KEY, 2000000000L / 30, "HmacSHA1"));
    }

    @Test
    void readsTheBase32SecretItHandsOut() {
        String secret = Base32.toBase32String(RFC_KEY);
        assertEquals("005924", Totp.code(secret.replace("=", ""), Instant.ofEpochSecond(1234567890L)));
    }

    @Test
    void acceptsOneStepOfSkewEachWayAndNoMore() {
        String secret = Totp.newSecret();
        assertEquals(16, secret.length());
        Instant now = Instant.parse("2025-03-01T10:00:15Z");
        assertTrue(Totp.matches(secret, Totp.code(secret, now), now));
        assertTrue(Totp.matches(secret, Totp.code(secret, now.minusSeconds(30)), now));
        assertTrue(Totp.matches(secret, Totp.code(secret, now.plusSeconds(30)), now));
        String old = Totp.code(secret, now.minusSeconds(90));
        boolean collides = old.equals(Totp.code(secret, now)) || old.equals(Totp.code(secret, now.minusSeconds(30)))
                || old.equals(Totp.code(secret, now.plusSeconds(30)));
        assertEquals(collides, Totp.matches(secret, old, now));
        assertFalse(Totp.matches(secret, "12345", now));
        assertFalse(Totp.matches(secret, null, now));
    }
}

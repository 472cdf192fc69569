package dev.dtu.twins.okta.model;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;

/**
 * TOTP as Okta's {@code token:software:totp} factor uses it (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).
 * The shared secret is handed to the enrolling client base32-encoded, as Okta's enroll answer does. A code
 * of the step before or after the current one is accepted too: Okta documents clock-skew tolerance without a
 * figure, one step each way is the twin's choice.
 */
public final class Totp {
    public static final int TIME_STEP = 30;
    public static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new shared secret: 10 random bytes, 16 base32 characters. */
    public static String newSecret() {
        byte[] key = new byte[10];
        RANDOM.nextBytes(key);
        return Base32.toBase32String(key).replace("=", "");
    }

    /** The code for the time step holding {@code at}. */
    public static String code(String base32Secret, Instant at) {
        return code(base32Secret, Math.floorDiv(at.getEpochSecond(), TIME_STEP));
    }

    public static boolean matches(String base32Secret, String passCode, Instant at) {
        if (passCode == null || !passCode.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        long step = Math.floorDiv(at.getEpochSecond(), TIME_STEP);
        for (long s = step - 1; s <= step + 1; s++) {
            if (code(base32Secret, s).equals(passCode)) {
                return true;
            }
        }
        return false;
    }

    static String code(String base32Secret, long step) {
        return code(decode(base32Secret), step, "HmacSHA1");
    }

    /** RFC 4226 dynamic truncation of the HMAC of the step counter. */
    static String code(byte[] key, long step, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16)
                    | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base32) {
        String s = base32.toUpperCase(Locale.ROOT);
        int pad = (8 - s.length() % 8) % 8;
        return Base32.decode(s + "=".repeat(pad));
    }
}

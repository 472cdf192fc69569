package dev.dtu.examples.triage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies Slack's request signature: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body). */
final class SlackSignature {
    private static final long MAX_AGE_SECONDS = 5 * 60;

    private SlackSignature() {}

    static boolean valid(String secret, String timestamp, String signature, byte[] body, long nowSeconds) {
        if (timestamp == null || signature == null) {
            return false;
        }
        try {
            if (Math.abs(nowSeconds - Long.parseLong(timestamp)) > MAX_AGE_SECONDS) {
                return false; // Slack's advice: refuse old requests, they may be replays
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v0=" + hex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
        } catch (NumberFormatException | GeneralSecurityException e) {
            return false;
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}

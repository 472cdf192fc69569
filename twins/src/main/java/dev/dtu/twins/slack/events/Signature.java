package dev.dtu.twins.slack.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing (https://api.slack.com/authentication/verifying-requests-from-slack):
 * {@code X-Slack-Signature: v0=hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + body))}.
 */
public final class Signature {
    public static final String VERSION = "v0";

    private Signature() {}

    public static String sign(String secret, long timestamp, byte[] body) {
        return VERSION + "=" + HexFormat.of().formatHex(hmac(secret, base(timestamp, body)));
    }

    public static boolean verify(String secret, long timestamp, byte[] body, String signature) {
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8);
        return signature != null && MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] base(long timestamp, byte[] body) {
        byte[] prefix = (VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        return out;
    }
}

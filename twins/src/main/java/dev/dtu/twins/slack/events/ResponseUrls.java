package dev.dtu.twins.slack.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The response_url of a slash command or button click: a capability URL, so it carries the channel,
 * message and user it answers for, and an HMAC (with the signing secret) that makes it unguessable.
 */
public final class ResponseUrls {
    public static final String PATH = "/hooks/respond/";

    /** What a response_url answers for; {@code messageTs} is null for slash commands. */
    public record Target(String channel, String messageTs, String user) {}

    private ResponseUrls() {}

    public static String of(String twinUrl, String secret, Target t) {
        String payload = t.channel() + "|" + (t.messageTs() == null ? "" : t.messageTs()) + "|" + t.user();
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return twinUrl + PATH + encoded + "." + mac(secret, encoded);
    }

    public static Optional<Target> parse(String path, String secret) {
        if (!path.startsWith(PATH)) {
            return Optional.empty();
        }
        String token = path.substring(PATH.length());
        int dot = token.lastIndexOf('.');
        if (dot < 0 || !mac(secret, token.substring(0, dot)).equals(token.substring(dot + 1))) {
            return Optional.empty();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (parts.length != 3) {
            return Optional.empty();
        }
        return Optional.of(new Target(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2]));
    }

    private static String mac(String secret, String data) {
        return HexFormat.of().formatHex(Signature.hmac(secret, data.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
    }
}

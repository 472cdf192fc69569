package dev.dtu.twins.slack.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Incoming webhook URLs, shaped as Slack's {@code https://hooks.slack.com/services/T…/B…/{24 characters}}, on the
 * twin: {@code {twin}/services/{team}/{webhook}/{secret}}. The secret is an HMAC of team and webhook id with the
 * universe's signing secret, so a URL of another universe (or a guessed one) never matches.
 */
public final class WebhookUrls {
    public static final String PATH = "/services/";
    private static final int SECRET_LENGTH = 24;

    /** What a webhook URL's path names. */
    public record Parts(String team, String webhook, String secret) {}

    private WebhookUrls() {}

    public static String of(String twinUrl, String signingSecret, String team, String webhook) {
        return twinUrl + PATH + team + "/" + webhook + "/" + secret(signingSecret, team, webhook);
    }

    public static boolean handles(String path) {
        return path.startsWith(PATH);
    }

    /** The parts of a {@code /services/T/B/secret} path; empty when it has another shape. */
    public static Optional<Parts> parse(String path) {
        String[] p = path.substring(PATH.length()).split("/", -1);
        if (p.length != 3 || p[0].isEmpty() || p[1].isEmpty() || p[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(p[0], p[1], p[2]));
    }

    public static boolean valid(String signingSecret, Parts parts) {
        byte[] expected = secret(signingSecret, parts.team(), parts.webhook()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, parts.secret().getBytes(StandardCharsets.UTF_8));
    }

    private static String secret(String signingSecret, String team, String webhook) {
        byte[] mac = Signature.hmac(signingSecret, ("webhook|" + team + "|" + webhook).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac).substring(0, SECRET_LENGTH);
    }
}

package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.twins.slack.errors.SlackError;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * trigger_ids: each interaction hands the app a fresh one, which opens one view for the person who acted "within 3
 * seconds" (https://api.slack.com/interactivity/handling#modal_responses) and then is spent. The twin writes the
 * issue time (epoch millis) into the id's first part, so an id pruned from the state still reads as expired.
 */
public final class Triggers {
    /** Slack: "trigger_ids expire 3 seconds after being issued". */
    public static final long VALID_MILLIS = 3_000;
    /** Spent and expired triggers are kept this long, then forgotten (the id alone still tells it expired). */
    private static final long KEPT_MILLIS = 10 * 60_000;
    /** Slack's documented shape, "132456.7890123.abcdef". */
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,19})\\.(\\d+)\\.([0-9a-f]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a trigger opens a view for: the person, and the view the interaction happened in (null outside one). */
    public record Trigger(String id, String user, String viewId) {}

    private final Workspace ws;

    public Triggers(Workspace ws) {
        this.ws = ws;
    }

    /** A fresh trigger for an interaction of {@code user} (in view {@code viewId}, or null). */
    public String issue(String user, String viewId) {
        long now = ws.now().toEpochMilli();
        prune(now);
        String id = now + "." + CredentialSpec.digits(RANDOM, 12) + "." + CredentialSpec.hex(RANDOM, 32);
        ObjectNode body = Json.object().put("id", id).put("user", user).put("view_id", viewId).put("issued", now)
                .put("exchanged", false);
        records().put(id, body);
        return id;
    }

    /**
     * Spends the trigger: invalid_trigger_id for an id of another shape or never issued here,
     * exchanged_trigger_id when spent before, expired_trigger_id after 3 seconds.
     */
    public Trigger exchange(String id) {
        Matcher shape = id == null ? null : SHAPE.matcher(id);
        if (shape == null || !shape.matches()) {
            throw new SlackError("invalid_trigger_id");
        }
        long now = ws.now().toEpochMilli();
        ObjectNode t = records().get(id).orElse(null);
        if (t == null) {
            throw new SlackError(expired(shape.group(1), now) ? "expired_trigger_id" : "invalid_trigger_id");
        }
        if (t.path("exchanged").asBoolean()) {
            throw new SlackError("exchanged_trigger_id");
        }
        if (now - t.path("issued").asLong() > VALID_MILLIS) {
            throw new SlackError("expired_trigger_id");
        }
        records().put(id, t.put("exchanged", true));
        return new Trigger(id, t.path("user").asText(), t.path("view_id").asText(null));
    }

    private static boolean expired(String issued, long now) {
        try {
            return now - Long.parseLong(issued) > VALID_MILLIS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void prune(long now) {
        for (ObjectNode t : records().all(t -> now - t.path("issued").asLong() > KEPT_MILLIS)) {
            records().remove(t.path("id").asText());
        }
    }

    private Records records() {
        return new Records(ws, SlackKinds.TRIGGERS);
    }
}

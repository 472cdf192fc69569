package dev.dtu.server.state;

/**
 * A named collection of one twin's entities (Slack's conversations, Okta's users, ...). Entities are
 * immutable Java records keyed by id; the key is what durable storage and the state view use.
 */
public record Kind<T>(String twin, String name, Class<T> type) {
    public static <T> Kind<T> of(String twin, String name, Class<T> type) {
        return new Kind<>(twin, name, type);
    }

    /** "slack/conversations": unique across the server. */
    public String key() {
        return twin + "/" + name;
    }
}

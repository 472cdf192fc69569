package dev.dtu.twins.slack.model;

/** Who a write is done as: a user, or a bot (then {@code user} is the bot user). */
public record Author(String user, String botId, String appId) {
    public static Author person(String user) {
        return new Author(user, null, null);
    }

    public boolean isBot() {
        return botId != null;
    }
}

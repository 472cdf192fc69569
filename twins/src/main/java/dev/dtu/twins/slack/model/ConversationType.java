package dev.dtu.twins.slack.model;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of conversation, under the names Slack's {@code types} argument uses. */
public enum ConversationType {
    PUBLIC_CHANNEL("public_channel", "channels"),
    PRIVATE_CHANNEL("private_channel", "groups"),
    IM("im", "im"),
    MPIM("mpim", "mpim");

    private final String slackName;
    private final String scopePrefix;

    ConversationType(String slackName, String scopePrefix) {
        this.slackName = slackName;
        this.scopePrefix = scopePrefix;
    }

    public String slackName() {
        return slackName;
    }

    /** The scope family: "channels", "groups", "im", "mpim" (as in channels:read, groups:history). */
    public String scopePrefix() {
        return scopePrefix;
    }

    public static Optional<ConversationType> bySlackName(String name) {
        return Arrays.stream(values()).filter(t -> t.slackName.equals(name)).findFirst();
    }
}

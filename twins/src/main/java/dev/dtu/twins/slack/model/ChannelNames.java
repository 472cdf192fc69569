package dev.dtu.twins.slack.model;

import dev.dtu.twins.slack.errors.SlackError;
import java.util.regex.Pattern;

/**
 * Slack's channel-name rules (https://api.slack.com/methods/conversations.create): lowercase letters,
 * numbers, hyphens and underscores, at most 80 characters, not only punctuation.
 */
public final class ChannelNames {
    public static final int MAX_LENGTH = 80;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[_-]+");

    private ChannelNames() {}

    /** Returns the name when valid; otherwise throws the error Slack gives for it. */
    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new SlackError("invalid_name_required");
        }
        if (name.length() > MAX_LENGTH) {
            throw new SlackError("invalid_name_maxlength");
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw new SlackError("invalid_name_specials");
        }
        if (PUNCTUATION_ONLY.matcher(name).matches()) {
            throw new SlackError("invalid_name_punctuation");
        }
        return name;
    }
}

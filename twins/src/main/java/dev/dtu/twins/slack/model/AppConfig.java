package dev.dtu.twins.slack.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The installed app: its bot, where Slack sends events, slash commands and interactivity payloads.
 * The signing secret is minted per universe, not stored here.
 *
 * @param slashCommands command ("/deploy") to request URL
 */
public record AppConfig(
        String appId,
        String name,
        String botId,
        String botUserId,
        String eventRequestUrl,
        Map<String, String> slashCommands,
        String interactivityUrl) {

    public static final String ID = "app";

    public AppConfig {
        slashCommands = slashCommands == null ? Map.of() : new TreeMap<>(slashCommands);
    }

    public AppConfig withUrls(String events, Map<String, String> commands, String interactivity) {
        return new AppConfig(appId, name, botId, botUserId, events, commands, interactivity);
    }
}

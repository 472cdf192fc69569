package dev.dtu.twins.slack.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The installed app: its bot, where Slack sends events, slash commands and interactivity payloads.
 * The signing secret and the app-level token are minted per universe, not stored here.
 *
 * @param slashCommands command ("/deploy") to request URL ("" when it has none: unused in Socket Mode)
 * @param socketMode the app config's Socket Mode toggle: when on, payloads go over the app's WebSockets and the
 *     request URLs are not used (https://api.slack.com/apis/socket-mode)
 */
public record AppConfig(
        String appId,
        String name,
        String botId,
        String botUserId,
        String eventRequestUrl,
        Map<String, String> slashCommands,
        String interactivityUrl,
        boolean socketMode) {

    public static final String ID = "app";

    public AppConfig {
        TreeMap<String, String> commands = new TreeMap<>();
        if (slashCommands != null) {
            slashCommands.forEach((command, url) -> commands.put(command, url == null ? "" : url));
        }
        slashCommands = commands;
    }

    public AppConfig withUrls(String events, Map<String, String> commands, String interactivity) {
        return new AppConfig(appId, name, botId, botUserId, events, commands, interactivity, socketMode);
    }

    public AppConfig withSocketMode(boolean on) {
        return new AppConfig(appId, name, botId, botUserId, eventRequestUrl, slashCommands, interactivityUrl, on);
    }
}

package dev.dtu.twins.slack.model;

import java.util.List;

/** The scopes tokens get when the seed names none: what a typical installed Bolt app asks for. */
public final class Scopes {
    public static final List<String> BOT_DEFAULT = List.of(
            "app_mentions:read", "assistant:write", "bots:read", "channels:history", "channels:join", "channels:manage", "channels:read",
            "chat:write", "chat:write.public", "commands", "files:read", "files:write", "groups:history",
            "groups:read", "groups:write", "im:history", "im:read", "im:write", "mpim:history", "mpim:read",
            "mpim:write", "pins:read", "pins:write", "reactions:read", "reactions:write", "team:read", "users:read",
            "users:read.email");

    public static final List<String> USER_DEFAULT = List.of(
            "bots:read", "channels:history", "channels:read", "channels:write", "chat:write", "files:read",
            "files:write", "groups:history", "groups:read", "groups:write", "im:history", "im:read", "im:write",
            "mpim:history", "mpim:read", "mpim:write", "pins:read", "pins:write", "reactions:read", "reactions:write",
            "team:read", "users:read", "users:read.email");

    /** The scopes of app-level tokens (xapp-): methods needing one take no other token, and they take no other method. */
    public static final List<String> APP_LEVEL = List.of("connections:write", "authorizations:read",
            "app_configurations:write");

    private Scopes() {}
}

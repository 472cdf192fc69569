package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Author;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Workspace;

/** What a method handler works with: its arguments, the caller, the workspace, and the universe it lives in. */
public record MethodCall(Args args, Caller caller, Workspace ws, Universe universe) {
    public String user() {
        return caller.userId();
    }

    public Author author() {
        return caller.author(ws.app());
    }

    /** The conversation in {@code channel} as the caller may see it; channel_not_found otherwise. */
    public Conversation conversation() {
        return ws.visible(args.require("channel", "channel_not_found"), caller.userId());
    }

    /** Checks the caller's scope for this kind of conversation ("read" gives channels:read, groups:read...). */
    public void requireScope(Conversation c, String action) {
        caller.require(c.type().scopePrefix() + ":" + action);
    }

    /** Checks a write scope: for public channels bots need channels:manage where users need channels:write. */
    public void requireWrite(Conversation c) {
        boolean publicChannel = c.type().scopePrefix().equals("channels");
        requireScope(c, publicChannel && caller.isBot() ? "manage" : "write");
    }

    public String ts(String name, String errorWhenMissing) {
        return args.require(name, errorWhenMissing);
    }

    public static ObjectNode body() {
        return Json.object();
    }

    public static SlackError error(String code) {
        return new SlackError(code);
    }
}

package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Channels;
import dev.dtu.twins.slack.model.Conversation;
import java.util.Arrays;
import java.util.List;

/** The writing side of conversations.*: create, join, invite, kick, leave, archive, rename, topics, open. */
final class ChannelsApi {
    private ChannelsApi() {}

    static ObjectNode create(MethodCall m) {
        boolean isPrivate = m.args().bool("is_private", false);
        m.caller().require(isPrivate ? "groups:write" : m.caller().isBot() ? "channels:manage" : "channels:write");
        String name = m.args().string("name").orElse("");
        return channel(m, new Channels(m.ws()).create(m.user(), name, isPrivate));
    }

    static ObjectNode join(MethodCall m) {
        Conversation c = m.conversation();
        m.caller().require(m.caller().isBot() ? "channels:join" : "channels:write");
        boolean joined = new Channels(m.ws()).join(m.user(), c);
        ObjectNode body = channel(m, m.ws().find(c.id()).orElseThrow());
        if (!joined) {
            body.put("warning", "already_in_channel");
            body.putObject("response_metadata").putArray("warnings").add("already_in_channel");
        }
        return body;
    }

    static ObjectNode invite(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        List<String> users = Arrays.stream(m.args().require("users", "no_user").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (users.isEmpty()) {
            throw new SlackError("no_user");
        }
        return channel(m, new Channels(m.ws()).invite(m.user(), c, users));
    }

    static ObjectNode kick(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        new Channels(m.ws()).kick(m.user(), c, m.args().require("user", "user_not_found"));
        return MethodCall.body();
    }

    static ObjectNode leave(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        ObjectNode body = MethodCall.body();
        if (!new Channels(m.ws()).leave(m.user(), c)) {
            body.put("not_in_channel", true);
        }
        return body;
    }

    static ObjectNode archive(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        new Channels(m.ws()).archive(m.user(), c);
        return MethodCall.body();
    }

    static ObjectNode unarchive(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        new Channels(m.ws()).unarchive(m.user(), c);
        return MethodCall.body();
    }

    static ObjectNode rename(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        return channel(m, new Channels(m.ws()).rename(m.user(), c, m.args().string("name").orElse("")));
    }

    static ObjectNode setTopic(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        return channel(m, new Channels(m.ws()).setTopic(m.user(), c, m.args().string("topic").orElse("")));
    }

    static ObjectNode setPurpose(MethodCall m) {
        Conversation c = m.conversation();
        m.requireWrite(c);
        return channel(m, new Channels(m.ws()).setPurpose(m.user(), c, m.args().string("purpose").orElse("")));
    }

    /** Opens (or finds) a DM or group DM; with {@code channel}, re-opens that one. */
    static ObjectNode open(MethodCall m) {
        Channels.Opened opened;
        if (m.args().string("channel").isPresent()) {
            opened = new Channels.Opened(m.conversation(), true);
        } else {
            List<String> users = Arrays.stream(m.args().require("users", "users_list_not_supplied").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (users.isEmpty()) {
                throw new SlackError("users_list_not_supplied");
            }
            m.caller().require(users.size() == 1 ? "im:write" : "mpim:write");
            opened = new Channels(m.ws()).open(m.user(), users);
        }
        ObjectNode body = MethodCall.body();
        if (opened.alreadyOpen()) {
            body.put("no_op", true).put("already_open", true);
        }
        Conversation c = opened.conversation();
        if (m.args().bool("return_im", false)) {
            body.set("channel", ConversationsApi.json(m, c, null));
        } else {
            body.putObject("channel").put("id", c.id());
        }
        return body;
    }

    private static ObjectNode channel(MethodCall m, Conversation c) {
        ObjectNode body = MethodCall.body();
        body.set("channel", ConversationsApi.json(m, c, null));
        return body;
    }
}

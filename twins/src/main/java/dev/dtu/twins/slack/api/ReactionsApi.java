package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.Reactions;

/** reactions.add, reactions.remove, reactions.get (messages only: files are not twinned). */
final class ReactionsApi {
    private ReactionsApi() {}

    static ObjectNode add(MethodCall m) {
        Conversation c = m.conversation();
        new Reactions(m.ws()).add(m.user(), c, timestamp(m), m.args().require("name", "invalid_name"));
        return MethodCall.body();
    }

    static ObjectNode remove(MethodCall m) {
        Conversation c = m.conversation();
        new Reactions(m.ws()).remove(m.user(), c, timestamp(m), m.args().require("name", "invalid_name"));
        return MethodCall.body();
    }

    static ObjectNode get(MethodCall m) {
        Conversation c = m.conversation();
        Message msg = m.ws().message(c.id(), timestamp(m)).orElseThrow(() -> new SlackError("message_not_found"));
        ObjectNode body = MethodCall.body();
        body.put("type", "message").put("channel", c.id());
        body.set("message", m.ws().json(msg));
        return body;
    }

    private static String timestamp(MethodCall m) {
        return m.args().require("timestamp", "no_item_specified");
    }
}

package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Chat;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.ConversationType;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.Ts;
import dev.dtu.twins.slack.model.WorkObjects;
import java.util.ArrayList;
import java.util.List;

/**
 * chat.meMessage, chat.unfurl, conversations.mark/.close, reactions.list, and what Slack answers for retired
 * methods (files.upload, rtm.*).
 */
final class MiscApi {
    private MiscApi() {}

    /** A /me message: subtype {@code me_message}, said by the caller (https://api.slack.com/methods/chat.meMessage). */
    static ObjectNode meMessage(MethodCall m) {
        Conversation c = ChatApi.target(m);
        String text = m.args().require("text", "no_text");
        if (!c.hasMember(m.user())) {
            throw new SlackError("not_in_channel");
        }
        Message posted = new Chat(m.ws()).system(c, m.user(), "me_message", text);
        return MethodCall.body().put("channel", c.id()).put("ts", posted.ts());
    }

    /**
     * Unfurls links of a message (https://api.slack.com/methods/chat.unfurl): {@code unfurls} is a JSON object
     * keyed by a URL the message contains, or {@code metadata} carries work-object entities. The twin checks and
     * accepts them; it does not render the previews into the message.
     */
    static ObjectNode unfurl(MethodCall m) {
        JsonNode unfurls = m.args().json("unfurls", "invalid_unfurls_format");
        JsonNode metadata = m.args().json("metadata", "invalid_metadata_format");
        if (unfurls == null && metadata == null) {
            throw new SlackError("missing_unfurls");
        }
        if (m.args().string("unfurl_id").isPresent()) {
            m.args().require("source", "invalid_source");
            return MethodCall.body();
        }
        Conversation c = m.conversation();
        Message msg = m.ws().message(c.id(), m.args().require("ts", "cannot_find_message"))
                .orElseThrow(() -> new SlackError("cannot_find_message"));
        if (unfurls != null) {
            if (!unfurls.isObject()) {
                throw new SlackError("invalid_unfurls_format");
            }
            for (var url : (Iterable<String>) unfurls::fieldNames) {
                if (!msg.text().contains(url)) {
                    throw new SlackError("cannot_unfurl_url");
                }
            }
        }
        if (metadata != null && !metadata.isObject()) {
            throw new SlackError("invalid_metadata_format");
        }
        if (WorkObjects.isEntities(metadata)) {
            WorkObjects.check(metadata);
            m.ws().save(msg.withContent(msg.text(), msg.blocks(),
                    WorkObjects.attachments(metadata, msg.attachments(), msg.text()), msg.edited()));
        }
        return MethodCall.body();
    }

    /** Moves the caller's read cursor in a conversation they are in. */
    static ObjectNode mark(MethodCall m) {
        Conversation c = m.conversation();
        String ts = m.args().require("ts", "invalid_timestamp");
        if (Ts.canonical(ts).isEmpty()) {
            throw new SlackError("invalid_timestamp");
        }
        if (!c.hasMember(m.user())) {
            throw new SlackError("not_in_channel");
        }
        m.requireWrite(c);
        Records prefs = DndApi.prefs(m);
        ObjectNode mine = prefs.get(m.user()).orElseGet(MethodCall::body);
        mine.withObjectProperty("last_read").put(c.id(), Ts.canonical(ts).get());
        prefs.put(m.user(), mine);
        return MethodCall.body();
    }

    /** Closes a DM or group DM for the caller; a second close is a no-op, as Slack says. */
    static ObjectNode close(MethodCall m) {
        Conversation c = m.conversation();
        if (c.type() != ConversationType.IM && c.type() != ConversationType.MPIM) {
            throw new SlackError("method_not_supported_for_channel_type");
        }
        m.requireScope(c, "write");
        Records prefs = DndApi.prefs(m);
        ObjectNode mine = prefs.get(m.user()).orElseGet(MethodCall::body);
        ObjectNode closed = mine.withObjectProperty("closed");
        if (closed.path(c.id()).asBoolean(false)) {
            return MethodCall.body().put("no_op", true).put("already_closed", true);
        }
        closed.put(c.id(), true);
        prefs.put(m.user(), mine);
        return MethodCall.body();
    }

    /** The messages a member reacted to, newest first, paged by cursor and limit. */
    static ObjectNode reactionsList(MethodCall m) {
        String user = m.args().string("user").orElse(m.user());
        m.ws().requireUser(user);
        List<Message> reacted = new ArrayList<>();
        for (Conversation c : m.ws().conversations()) {
            if (!c.isPrivate() || c.hasMember(m.user())) {
                m.ws().newestFirst(c.id()).values().stream()
                        .filter(msg -> msg.reactions().stream().anyMatch(r -> r.users().contains(user)))
                        .forEach(reacted::add);
            }
        }
        reacted.sort((a, b) -> order(b).compareTo(order(a)));
        Page<Message> page = Page.of(reacted, MiscApi::order, "reaction", true, m.args().cursor().orElse(null),
                m.args().limit());
        ObjectNode body = MethodCall.body();
        ArrayNode items = body.putArray("items");
        for (Message msg : page.items()) {
            ObjectNode json = m.ws().json(msg);
            json.remove("pinned_to");
            json.remove("root");
            items.addObject().put("type", "message").put("channel", msg.channel()).set("message", json);
        }
        page.metadata(body);
        return body;
    }

    private static String order(Message msg) {
        return msg.ts() + "/" + msg.channel();
    }

    /** files.upload was retired on 2025-11-12 (https://api.slack.com/changelog/2024-04-a-better-way-to-upload-files-is-here-to-stay). */
    static ObjectNode filesUpload(MethodCall m) {
        throw new SlackError("method_deprecated");
    }

    /**
     * RTM is not available to apps made today: their bot and user tokens are refused
     * (https://api.slack.com/rtm: "not available to new Slack apps").
     */
    static ObjectNode rtm(MethodCall m) {
        throw new SlackError("not_allowed_token_type");
    }
}

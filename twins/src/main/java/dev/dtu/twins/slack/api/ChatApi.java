package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Channels;
import dev.dtu.twins.slack.model.Chat;
import dev.dtu.twins.slack.model.Content;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Markdown;
import dev.dtu.twins.slack.model.SlackText;
import dev.dtu.twins.slack.model.MessageBlocks;
import dev.dtu.twins.slack.model.WorkObjects;
import dev.dtu.twins.slack.model.ConversationType;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.Ts;
import dev.dtu.twins.slack.model.User;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** chat.postMessage, chat.update, chat.delete, chat.postEphemeral, chat.getPermalink. */
final class ChatApi {
    private ChatApi() {}

    static ObjectNode postMessage(MethodCall m) {
        Conversation c = target(m);
        Message posted = new Chat(m.ws()).post(m.author(), c, content(m),
                m.args().string("thread_ts").orElse(null), m.args().bool("reply_broadcast", false));
        ObjectNode body = MethodCall.body();
        body.put("channel", c.id()).put("ts", posted.ts());
        body.set("message", message(m, posted));
        return body;
    }

    static ObjectNode update(MethodCall m) {
        Conversation c = m.conversation();
        String ts = m.args().require("ts", "message_not_found");
        Message updated = new Chat(m.ws()).update(m.author(), c, ts, content(m));
        ObjectNode body = MethodCall.body();
        body.put("channel", c.id()).put("ts", updated.ts()).put("text", updated.text());
        body.set("message", message(m, updated));
        return body;
    }

    static ObjectNode delete(MethodCall m) {
        Conversation c = m.conversation();
        String ts = m.args().require("ts", "message_not_found");
        Message deleted = new Chat(m.ws()).delete(m.author(), c, ts);
        ObjectNode body = MethodCall.body();
        body.put("channel", c.id()).put("ts", deleted.ts());
        return body;
    }

    static ObjectNode postEphemeral(MethodCall m) {
        Conversation c = target(m);
        User to = m.ws().user(m.args().require("user", "user_not_found"))
                .orElseThrow(() -> new SlackError("user_not_found"));
        if (!c.hasMember(to.id())) {
            throw new SlackError("user_not_in_channel");
        }
        content(m).checked();
        // Ephemeral messages are shown to one user and never stored: no history, no events.
        ObjectNode body = MethodCall.body();
        body.put("message_ts", Ts.next(c.lastTs(), m.ws().now()));
        return body;
    }

    static ObjectNode getPermalink(MethodCall m) {
        Conversation c = m.conversation();
        Message msg = m.ws().message(c.id(), m.args().require("message_ts", "message_not_found"))
                .orElseThrow(() -> new SlackError("message_not_found"));
        String link = m.ws().team().url() + "archives/" + c.id() + "/p" + msg.ts().replace(".", "");
        if (msg.isReply()) {
            link += "?thread_ts=" + msg.threadTs() + "&cid=" + c.id();
        }
        ObjectNode body = MethodCall.body();
        body.put("channel", c.id()).put("permalink", link);
        return body;
    }

    /**
     * Where a message goes: a conversation, or a user id (the caller's DM with them). Bots must be in a
     * channel to post unless they have chat:write.public (https://api.slack.com/methods/chat.postMessage).
     */
    static Conversation target(MethodCall m) {
        String channel = m.args().require("channel", "channel_not_found");
        if (channel.startsWith("U") || channel.startsWith("W")) {
            m.ws().user(channel).orElseThrow(() -> new SlackError("channel_not_found"));
            return new Channels(m.ws()).open(m.user(), List.of(channel)).conversation();
        }
        Conversation c = m.ws().visible(channel, m.user());
        if (c.type() == ConversationType.PUBLIC_CHANNEL && m.caller().isBot() && !c.hasMember(m.user())
                && !m.caller().token().has("chat:write.public")) {
            throw new SlackError("not_in_channel");
        }
        return c;
    }

    /**
     * The message's content. {@code markdown_text} stands for both text and blocks and is refused beside
     * either (https://api.slack.com/methods/chat.postMessage#arg_markdown_text); {@code text} is kept as Slack
     * keeps it (see {@link SlackText#escaped}).
     */
    static Content content(MethodCall m) {
        JsonNode blocks = m.args().array("blocks", "invalid_blocks_format");
        JsonNode attachments = m.args().array("attachments", "invalid_attachments");
        MessageBlocks.check(blocks);
        MessageBlocks.checkAttachments(attachments);
        Optional<String> markdown = m.args().string("markdown_text");
        if (markdown.isPresent()) {
            if (m.args().string("text").isPresent() || blocks != null) {
                throw new SlackError("markdown_text_conflict");
            }
            if (markdown.get().length() > MAX_MARKDOWN) {
                throw new SlackError("msg_too_long");
            }
            return new Content(SlackText.escaped(Markdown.toMrkdwn(markdown.get())), null, attachments, m.args().metadata());
        }
        String text = m.args().string("text").map(t -> parsed(m, t)).orElse(null);
        JsonNode metadata = m.args().metadata();
        if (WorkObjects.isEntities(metadata)) { // work objects show as unfurl attachments, not as event metadata
            return new Content(text, blocks, WorkObjects.attachments(metadata, attachments, text), null);
        }
        return new Content(text, blocks, attachments, metadata);
    }

    /** The text as Slack keeps it, read in the parsing mode the call asks for ({@code parse}, {@code link_names}). */
    private static String parsed(MethodCall m, String text) {
        if (m.args().string("parse").filter("full"::equals).isPresent()) {
            return SlackText.full(text, m.ws());
        }
        return m.args().bool("link_names", false) ? SlackText.linkNames(text, m.ws()) : SlackText.escaped(text);
    }

    /** Slack's limit on markdown_text. */
    private static final int MAX_MARKDOWN = 12_000;
    /** The message as chat.* methods echo it: without the pin and reaction details history adds. */
    static ObjectNode message(MethodCall m, Message msg) {
        ObjectNode json = m.ws().json(msg);
        if (msg.metadata() != null) {
            json.set("metadata", msg.metadata());
        }
        if (msg.botId() != null) {
            json.putObject("bot_profile").put("id", msg.botId()).put("app_id", msg.appId())
                    .put("name", m.ws().app().name()).put("deleted", false).put("team_id", m.ws().team().id())
                    .put("updated", 0);
        }
        return json;
    }
}

package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.List;
import java.util.regex.Pattern;

/** Posting, editing and deleting messages, with the events each causes. */
public final class Chat {
    private final Workspace ws;

    public Chat(Workspace ws) {
        this.ws = ws;
    }

    /** Posts as {@code author}; a reply when {@code threadTs} is set, shown in the channel too when broadcast. */
    public Message post(Author author, Conversation c, Content content, String threadTs, boolean broadcast) {
        return post(author, c, content.checked(), threadTs, broadcast, List.of());
    }

    /** A message that may start empty: an app's stream (chat.startStream), which fills it later. */
    public Message postStream(Author author, Conversation c, Content content, String threadTs) {
        return post(author, c, content.truncated(), threadTs, false, List.of());
    }

    /**
     * Shares files: a message carrying them, saying {@code content} (files.completeUploadExternal's
     * initial_comment or blocks). It is not announced here: {@link Files#share} announces it once the files
     * record where they were shared.
     */
    Message postFiles(Author author, Conversation c, Content content, String threadTs, List<String> files) {
        return create(author, c, content.truncated(), threadTs, false, files);
    }

    private Message post(Author author, Conversation c, Content content, String threadTs, boolean broadcast,
                         List<String> files) {
        Message m = create(author, c, content, threadTs, broadcast, files);
        announce(c, m);
        return m;
    }

    private Message create(Author author, Conversation c, Content content, String threadTs, boolean broadcast,
                           List<String> files) {
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
        Message parent = threadTs == null ? null : threadParent(c, threadTs);
        String ts = ws.nextTs(c);
        String subtype = parent != null && broadcast ? "thread_broadcast" : null;
        Message m = new Message(c.id(), ts, author.user(), author.botId(), author.appId(), subtype, content.text(),
                content.blocks(), content.attachments(), parent == null ? null : parent.ts(), 0, List.of(), null,
                null, List.of(), files, content.metadata());
        ws.save(m);
        if (parent != null) {
            ws.save(parent.withReply(ts, author.user()));
        }
        return m;
    }

    /** A message of Slack's own making (joins, topic changes): posted as the user who caused it. */
    public Message system(Conversation c, String user, String subtype, String text) {
        Conversation current = ws.find(c.id()).orElse(c);
        String ts = ws.nextTs(current);
        Message m = new Message(c.id(), ts, user, null, null, subtype, text, null, null, null, 0, List.of(), null,
                null, List.of());
        ws.save(m);
        announce(current, m);
        return m;
    }

    private Message threadParent(Conversation c, String threadTs) {
        Message parent = ws.message(c.id(), threadTs).orElseThrow(() -> new SlackError("thread_not_found"));
        // Replying to a reply threads under its parent, as Slack does.
        return parent.isReply() ? ws.message(c.id(), parent.threadTs()).orElseThrow() : parent;
    }

    public Message update(Author author, Conversation c, String ts, Content content) {
        Message old = ownedBy(author, c, ts, "cant_update_message");
        Content kept = content.checked();
        Message updated = old.withContent(kept.text(), kept.blocks(), kept.attachments(),
                new Edited(author.user(), ws.eventTs()));
        if (kept.metadata() != null) { // new metadata replaces the old; without any the message keeps its own
            updated = updated.withMetadata(kept.metadata());
        }
        ws.save(updated);
        ObjectNode event = changeEvent(c, "message_changed");
        event.set("message", ws.json(updated));
        event.set("previous_message", ws.json(old));
        ws.emit("message", event, ws.botIn(c));
        return updated;
    }

    public Message delete(Author author, Conversation c, String ts) {
        Message old = ownedBy(author, c, ts, "cant_delete_message");
        ObjectNode event = changeEvent(c, "message_deleted");
        event.put("deleted_ts", old.ts());
        event.set("previous_message", ws.json(old));
        ws.tx().remove(SlackKinds.MESSAGES, old.key());
        ws.tx().remove(SlackKinds.PINS, old.key());
        if (old.isReply()) {
            ws.message(c.id(), old.threadTs()).ifPresent(parent -> ws.save(parent.withoutReply(replies(parent))));
        }
        ws.emit("message", event, ws.botIn(c));
        return old;
    }

    public List<Message> replies(Message parent) {
        return ws.messages(parent.channel()).stream()
                .filter(m -> m.isReply() && parent.ts().equals(m.threadTs()))
                .toList();
    }

    /** The author's own message: Slack lets only the poster edit or delete it. */
    private Message ownedBy(Author author, Conversation c, String ts, String notYours) {
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
        Message m = ws.message(c.id(), ts).orElseThrow(() -> new SlackError("message_not_found"));
        if (!m.user().equals(author.user())) {
            throw new SlackError(notYours);
        }
        return m;
    }

    private ObjectNode changeEvent(Conversation c, String subtype) {
        ObjectNode event = dev.dtu.server.http.Json.object();
        event.put("type", "message").put("subtype", subtype).put("hidden", true).put("channel", c.id())
                .put("ts", ws.eventTs()).put("channel_type", Workspace.channelType(c));
        return event;
    }

    /** The message event (with app_mention when it mentions the bot) for a message just posted. */
    void announce(Conversation c, Message m) {
        boolean botIn = ws.botIn(c);
        ObjectNode event = ws.json(m);
        if (!m.files().isEmpty() && m.subtype() == null) {
            // The file_share message event carries no team (https://docs.slack.dev/reference/events/message/file_share).
            event.put("subtype", "file_share").remove("team");
        }
        if (m.isReply()) {
            ws.message(c.id(), m.threadTs()).ifPresent(parent -> event.put("parent_user_id", parent.user()));
        }
        event.put("channel", c.id()).put("event_ts", m.ts()).put("channel_type", Workspace.channelType(c));
        ws.emit("message", event, botIn);
        String botUser = ws.app().botUserId();
        if (!m.user().equals(botUser) && mentions(m.text(), botUser)) {
            ObjectNode mention = dev.dtu.server.http.Json.object();
            mention.put("type", "app_mention").put("user", m.user()).put("text", m.text()).put("ts", m.ts())
                    .put("team", ws.team().id()).put("channel", c.id()).put("event_ts", m.ts());
            if (m.threadTs() != null) {
                mention.put("thread_ts", m.threadTs());
            }
            if (m.blocks() != null) {
                mention.set("blocks", m.blocks());
            }
            ws.emit("app_mention", mention, botIn);
        }
    }

    static boolean mentions(String text, String userId) {
        return Pattern.compile("<@" + Pattern.quote(userId) + "(\\|[^>]*)?>").matcher(text).find();
    }
}

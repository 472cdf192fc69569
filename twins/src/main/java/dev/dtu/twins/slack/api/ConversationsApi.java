package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.ConversationType;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.SlackJson;
import dev.dtu.twins.slack.model.Ts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The reading side of conversations.*: list, info, members, history, replies; and users.conversations. */
final class ConversationsApi {
    private ConversationsApi() {}

    static ObjectNode list(MethodCall m) {
        return listing(m, null);
    }

    /** users.conversations: the conversations {@code user} (default: the caller) is in. */
    static ObjectNode userConversations(MethodCall m) {
        String user = m.args().string("user").orElse(m.user());
        m.ws().requireUser(user);
        return listing(m, user);
    }

    /** Conversations the caller may see, of the requested types; only those {@code member} is in, if set. */
    private static ObjectNode listing(MethodCall m, String member) {
        Set<ConversationType> types = types(m);
        boolean excludeArchived = m.args().bool("exclude_archived", false);
        List<Conversation> matching = m.ws().conversations().stream()
                .filter(c -> types.contains(c.type()))
                .filter(c -> !excludeArchived || !c.archived())
                .filter(c -> !c.isPrivate() || c.hasMember(m.user()))
                .filter(c -> member == null || c.hasMember(member))
                .toList();
        Page<Conversation> page = Page.of(matching, Conversation::id, "team", false, m.args().cursor().orElse(null),
                m.args().limit());
        ObjectNode body = MethodCall.body();
        ArrayNode channels = body.putArray("channels");
        page.items().forEach(c -> channels.add(json(m, c, c.isChannel() ? c.members().size() : null)));
        page.metadata(body);
        return body;
    }

    /** Slack's {@code types}: public_channel by default; each type needs its read scope. */
    private static Set<ConversationType> types(MethodCall m) {
        String raw = m.args().string("types").orElse("public_channel");
        Set<ConversationType> types = new java.util.LinkedHashSet<>();
        for (String name : raw.split(",")) {
            ConversationType type = ConversationType.bySlackName(name.trim())
                    .orElseThrow(() -> new SlackError("invalid_types"));
            m.caller().require(type.scopePrefix() + ":read");
            types.add(type);
        }
        return types;
    }

    static ObjectNode info(MethodCall m) {
        Conversation c = m.conversation();
        m.requireScope(c, "read");
        ObjectNode body = MethodCall.body();
        boolean count = m.args().bool("include_num_members", false);
        ObjectNode channel = json(m, c, count ? c.members().size() : null);
        if (c.hasMember(m.user())) {
            // the twin keeps no read position (conversations.mark is not served): nothing read yet
            channel.put("last_read", "0000000000.000000");
        }
        if (m.args().bool("include_locale", false)) {
            channel.put("locale", SlackJson.LOCALE);
        }
        body.set("channel", channel);
        return body;
    }

    static ObjectNode members(MethodCall m) {
        Conversation c = m.conversation();
        m.requireScope(c, "read");
        List<String> ids = c.members().stream().sorted().toList();
        Page<String> page = Page.of(ids, id -> id, "user", false, m.args().cursor().orElse(null), m.args().limit());
        ObjectNode body = MethodCall.body();
        body.set("members", Args.strings(page.items()));
        page.metadata(body);
        return body;
    }

    /**
     * Newest first, between {@code oldest} and {@code latest} (exclusive unless {@code inclusive}); replies
     * stay in their thread unless broadcast (https://api.slack.com/methods/conversations.history).
     */
    static ObjectNode history(MethodCall m) {
        Conversation c = m.conversation();
        m.requireScope(c, "history");
        Page<Message> page = newestPage(m, c);
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("messages");
        page.items().forEach(msg -> out.add(withMetadata(m, msg)));
        body.put("has_more", page.hasMore());
        body.put("pin_count", new dev.dtu.twins.slack.model.Pins(m.ws()).of(c).size());
        m.args().string("latest").ifPresent(l -> body.put("latest", l));
        body.putNull("channel_actions_ts");
        body.put("channel_actions_count", 0);
        page.metadata(body);
        return body;
    }

    /**
     * The page {@link Page#of} would cut from the whole sorted history, read lazily newest first: a channel
     * with a long history costs one page per call, not the whole history.
     */
    private static Page<Message> newestPage(MethodCall m, Conversation c) {
        Predicate<Message> window = window(m);
        int limit = m.args().limit();
        String cursor = m.args().cursor().orElse(null);
        String from = cursor == null || cursor.isEmpty() ? null : Cursor.decode("next_ts", cursor);
        List<Message> items = new ArrayList<>(Math.min(limit, 64));
        for (Message msg : m.ws().newestFirst(c.id()).values()) {
            if ((from != null && msg.ts().compareTo(from) > 0) || !msg.inHistory() || !window.test(msg)) {
                continue;
            }
            if (items.size() == limit) {
                return new Page<>(items, Cursor.encode("next_ts", msg.ts()));
            }
            items.add(msg);
        }
        return new Page<>(items, "");
    }

    static ObjectNode replies(MethodCall m) {
        Conversation c = m.conversation();
        m.requireScope(c, "history");
        Message parent = m.ws().message(c.id(), m.args().require("ts", "thread_not_found"))
                .orElseThrow(() -> new SlackError("thread_not_found"));
        if (parent.isReply()) {
            parent = m.ws().message(c.id(), parent.threadTs()).orElseThrow();
        }
        List<Message> thread = new ArrayList<>();
        thread.add(parent);
        new dev.dtu.twins.slack.model.Chat(m.ws()).replies(parent).stream().filter(window(m)).forEach(thread::add);
        Page<Message> page = Page.of(thread, Message::ts, "next_ts", false, m.args().cursor().orElse(null),
                m.args().limit());
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("messages");
        page.items().forEach(msg -> out.add(withMetadata(m, msg)));
        body.put("has_more", page.hasMore());
        page.metadata(body);
        return body;
    }

    private static Predicate<Message> window(MethodCall m) {
        long oldest = bound(m, "oldest", "invalid_ts_oldest", 0);
        long latest = bound(m, "latest", "invalid_ts_latest", Long.MAX_VALUE);
        boolean inclusive = m.args().bool("inclusive", false);
        return msg -> {
            long ts = Ts.parse(msg.ts()).orElseThrow();
            return inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest;
        };
    }

    private static long bound(MethodCall m, String name, String error, long absent) {
        return m.args().string(name).map(v -> Ts.parse(v).orElseThrow(() -> new SlackError(error))).orElse(absent);
    }

    static ObjectNode json(MethodCall m, Conversation c, Integer numMembers) {
        return SlackJson.conversation(c, m.ws().team().id(), m.user(), numMembers);
    }

    /** A message of history or replies: with its metadata only when include_all_metadata asks for it. */
    private static ObjectNode withMetadata(MethodCall m, Message msg) {
        ObjectNode json = m.ws().json(msg);
        if (msg.metadata() != null && m.args().bool("include_all_metadata", false)) {
            json.set("metadata", msg.metadata());
        }
        return json;
    }
}

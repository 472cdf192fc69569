package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.ArrayList;
import java.util.List;

/** Creating channels and changing who is in them, their names, topics and archive state. */
public final class Channels {
    /** https://api.slack.com/methods/conversations.setTopic: topics and purposes are at most 250 characters. */
    public static final int MAX_TOPIC = 250;

    private final Workspace ws;
    private final Chat chat;

    public Channels(Workspace ws) {
        this.ws = ws;
        this.chat = new Chat(ws);
    }

    public Conversation create(String creator, String name, boolean isPrivate) {
        ChannelNames.check(name);
        if (ws.conversations().stream().anyMatch(c -> name.equals(c.name()))) {
            throw new SlackError("name_taken");
        }
        Conversation c = ws.save(new Conversation(Ids.next(ws.tx(), "C"), name,
                isPrivate ? ConversationType.PRIVATE_CHANNEL : ConversationType.PUBLIC_CHANNEL, creator,
                ws.nowSeconds(), false, false, Topic.NONE, Topic.NONE, List.of(creator), null, null, List.of(),
                ws.nowSeconds()));
        if (!isPrivate) {
            ObjectNode event = Json.object();
            event.put("type", "channel_created");
            event.putObject("channel").put("id", c.id()).put("name", c.name()).put("created", c.created())
                    .put("creator", creator).put("is_channel", true);
            ws.emit("channel_created", event, true);
        }
        return c;
    }

    /** Joins a public channel; false when the user was already in it (Slack then warns already_in_channel). */
    public boolean join(String user, Conversation c) {
        if (c.type() != ConversationType.PUBLIC_CHANNEL) {
            throw new SlackError("method_not_supported_for_channel_type");
        }
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
        if (c.hasMember(user)) {
            return false;
        }
        addMember(c, user, null);
        return true;
    }

    public Conversation invite(String inviter, Conversation c, List<String> users) {
        writable(c);
        member(c, inviter);
        List<String> added = new ArrayList<>();
        for (String user : users) {
            User u = ws.user(user).filter(x -> !x.deleted()).orElseThrow(() -> new SlackError("user_not_found"));
            if (u.id().equals(inviter)) {
                throw new SlackError("cant_invite_self");
            }
            if (!ws.find(c.id()).orElseThrow().hasMember(u.id())) {
                addMember(ws.find(c.id()).orElseThrow(), u.id(), inviter);
                added.add(u.id());
            }
        }
        if (added.isEmpty()) {
            throw new SlackError("already_in_channel");
        }
        return ws.find(c.id()).orElseThrow();
    }

    public void kick(String kicker, Conversation c, String user) {
        writable(c);
        ws.requireUser(user);
        if (user.equals(kicker)) {
            throw new SlackError("cant_kick_self");
        }
        if (c.general()) {
            throw new SlackError("cant_kick_from_general");
        }
        if (!c.hasMember(user)) {
            throw new SlackError("not_in_channel");
        }
        removeMember(c, user);
    }

    /** Leaves; false when the user was not in the channel (Slack answers ok with not_in_channel:true). */
    public boolean leave(String user, Conversation c) {
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
        if (c.general()) {
            throw new SlackError("cant_leave_general");
        }
        if (!c.hasMember(user)) {
            return false;
        }
        removeMember(c, user);
        return true;
    }

    public void archive(String user, Conversation c) {
        if (c.archived()) {
            throw new SlackError("already_archived");
        }
        if (c.general()) {
            throw new SlackError("cant_archive_general");
        }
        chat.system(c, user, "channel_archive", "<@" + user + "> archived the channel");
        Conversation current = ws.find(c.id()).orElseThrow();
        ws.save(current.withArchived(true, ws.nowSeconds()));
        ObjectNode event = Json.object();
        event.put("type", "channel_archive").put("channel", c.id()).put("user", user);
        ws.emit("channel_archive", event, ws.botIn(c));
    }

    public void unarchive(String user, Conversation c) {
        if (!c.archived()) {
            throw new SlackError("not_archived");
        }
        ws.save(c.withArchived(false, ws.nowSeconds()));
        chat.system(c, user, "channel_unarchive", "<@" + user + "> un-archived the channel");
        ObjectNode event = Json.object();
        event.put("type", "channel_unarchive").put("channel", c.id()).put("user", user);
        ws.emit("channel_unarchive", event, ws.botIn(c));
    }

    public Conversation rename(String user, Conversation c, String name) {
        writable(c);
        ChannelNames.check(name);
        if (ws.conversations().stream().anyMatch(o -> name.equals(o.name()) && !o.id().equals(c.id()))) {
            throw new SlackError("name_taken");
        }
        if (name.equals(c.name())) {
            return c;
        }
        String old = c.name();
        ws.save(c.withName(name, ws.nowSeconds()));
        chat.system(c, user, "channel_name", "<@" + user + "> renamed the channel from \"" + old + "\" to \"" + name + "\"");
        ObjectNode event = Json.object();
        event.put("type", "channel_rename");
        event.putObject("channel").put("id", c.id()).put("name", name).put("created", c.created());
        ws.emit("channel_rename", event, ws.botIn(c));
        return ws.find(c.id()).orElseThrow();
    }

    public Conversation setTopic(String user, Conversation c, String topic) {
        Topic value = topic(user, c, topic);
        ws.save(c.withTopic(value));
        chat.system(c, user, "channel_topic", "<@" + user + "> set the channel topic: " + topic);
        return ws.find(c.id()).orElseThrow();
    }

    public Conversation setPurpose(String user, Conversation c, String purpose) {
        Topic value = topic(user, c, purpose);
        ws.save(c.withPurpose(value));
        chat.system(c, user, "channel_purpose", "<@" + user + "> set the channel purpose: " + purpose);
        return ws.find(c.id()).orElseThrow();
    }

    private Topic topic(String user, Conversation c, String text) {
        writable(c);
        if (text.length() > MAX_TOPIC) {
            throw new SlackError("too_long");
        }
        return new Topic(text, user, ws.nowSeconds());
    }

    /** The DM (one other user) or group DM (several) of {@code caller} with {@code users}; opened if new. */
    public Opened open(String caller, List<String> users) {
        List<String> members = new ArrayList<>(List.of(caller));
        for (String id : users) {
            User u = ws.user(id).orElseThrow(() -> new SlackError("user_not_found"));
            if (u.deleted()) {
                throw new SlackError("user_disabled");
            }
            if (!members.contains(id)) {
                members.add(id);
            }
        }
        if (members.size() > 9) {
            throw new SlackError("too_many_users");
        }
        boolean im = members.size() <= 2;
        String other = members.size() == 2 ? members.get(1) : caller;
        List<String> sorted = members.stream().sorted().toList();
        for (Conversation c : ws.conversations()) {
            if (c.type() == (im ? ConversationType.IM : ConversationType.MPIM)
                    && c.members().stream().sorted().toList().equals(sorted)) {
                return new Opened(c, true);
            }
        }
        String id = Ids.next(ws.tx(), im ? "D" : "G");
        String name = im ? id : "mpdm-" + String.join("--", members.stream()
                .map(u -> ws.requireUser(u).name()).toList()) + "-1";
        Conversation c = ws.save(new Conversation(id, name, im ? ConversationType.IM : ConversationType.MPIM, caller,
                ws.nowSeconds(), false, false, Topic.NONE, Topic.NONE, members, im ? other : null, null, List.of(),
                ws.nowSeconds()));
        return new Opened(c, false);
    }

    public record Opened(Conversation conversation, boolean alreadyOpen) {}

    private void addMember(Conversation c, String user, String inviter) {
        Conversation joined = ws.save(c.withMember(user));
        chat.system(joined, user, "channel_join", "<@" + user + "> has joined the channel");
        ObjectNode event = Json.object();
        event.put("type", "member_joined_channel").put("user", user).put("channel", c.id())
                .put("channel_type", c.isPrivate() ? "G" : "C").put("team", ws.team().id());
        if (inviter != null) {
            event.put("inviter", inviter);
        }
        ws.emit("member_joined_channel", event, ws.botIn(joined));
    }

    private void removeMember(Conversation c, String user) {
        boolean botSaw = ws.botIn(c);
        chat.system(c, user, "channel_leave", "<@" + user + "> has left the channel");
        ws.save(ws.find(c.id()).orElseThrow().withoutMember(user));
        ObjectNode event = Json.object();
        event.put("type", "member_left_channel").put("user", user).put("channel", c.id())
                .put("channel_type", c.isPrivate() ? "G" : "C").put("team", ws.team().id());
        ws.emit("member_left_channel", event, botSaw);
    }

    private static void writable(Conversation c) {
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
    }

    private static void member(Conversation c, String user) {
        if (!c.hasMember(user)) {
            throw new SlackError("not_in_channel");
        }
    }
}

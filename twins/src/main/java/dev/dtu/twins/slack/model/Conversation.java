package dev.dtu.twins.slack.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A channel, private channel, DM or group DM.
 *
 * @param members user ids in the order they joined
 * @param imUser for a DM, the other person (from the workspace's point of view, the user it is with)
 * @param lastTs the newest ts ever given out here, so a new ts is always larger even after deletes
 * @param previousNames names before renames, newest first
 */
public record Conversation(
        String id,
        String name,
        ConversationType type,
        String creator,
        long created,
        boolean archived,
        boolean general,
        Topic topic,
        Topic purpose,
        List<String> members,
        String imUser,
        String lastTs,
        List<String> previousNames,
        long updated) {

    public Conversation {
        members = List.copyOf(members);
        previousNames = previousNames == null ? List.of() : List.copyOf(previousNames);
        topic = topic == null ? Topic.NONE : topic;
        purpose = purpose == null ? Topic.NONE : purpose;
    }

    public boolean isChannel() {
        return type == ConversationType.PUBLIC_CHANNEL || type == ConversationType.PRIVATE_CHANNEL;
    }

    public boolean isPrivate() {
        return type != ConversationType.PUBLIC_CHANNEL;
    }

    public boolean hasMember(String userId) {
        return members.contains(userId);
    }

    public Conversation withMember(String userId) {
        if (hasMember(userId)) {
            return this;
        }
        List<String> more = new ArrayList<>(members);
        more.add(userId);
        return withMembers(more);
    }

    public Conversation withoutMember(String userId) {
        List<String> fewer = new ArrayList<>(members);
        fewer.remove(userId);
        return withMembers(fewer);
    }

    public Conversation withMembers(List<String> newMembers) {
        return new Conversation(id, name, type, creator, created, archived, general, topic, purpose, newMembers, imUser,
                lastTs, previousNames, updated);
    }

    public Conversation withLastTs(String ts) {
        return new Conversation(id, name, type, creator, created, archived, general, topic, purpose, members, imUser, ts,
                previousNames, updated);
    }

    public Conversation withArchived(boolean value, long at) {
        return new Conversation(id, name, type, creator, created, value, general, topic, purpose, members, imUser,
                lastTs, previousNames, at);
    }

    public Conversation withName(String newName, long at) {
        List<String> names = new ArrayList<>(previousNames);
        names.add(0, name);
        return new Conversation(id, newName, type, creator, created, archived, general, topic, purpose, members, imUser,
                lastTs, names, at);
    }

    public Conversation withTopic(Topic value) {
        return new Conversation(id, name, type, creator, created, archived, general, value, purpose, members, imUser,
                lastTs, previousNames, value.lastSet());
    }

    public Conversation withPurpose(Topic value) {
        return new Conversation(id, name, type, creator, created, archived, general, topic, value, members, imUser,
                lastTs, previousNames, value.lastSet());
    }
}

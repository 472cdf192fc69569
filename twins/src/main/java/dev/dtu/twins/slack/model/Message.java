package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message in a conversation, keyed by {@code channel/ts} so a channel's messages sort by time.
 *
 * @param user who posted it (for a bot, its bot user)
 * @param blocks Block Kit blocks exactly as sent, or null
 * @param attachments legacy attachments exactly as sent, or null
 * @param threadTs the parent's ts for a reply; equal to {@code ts} on a thread's parent once it has replies
 * @param replyUsers distinct repliers in the order they first replied (parents only)
 * @param latestReply the ts of the newest reply (parents only)
 * @param files ids of the files the message shares (files.completeUploadExternal), oldest first
 * @param metadata the app's message metadata (https://api.slack.com/metadata), null when none
 */
public record Message(
        String channel,
        String ts,
        String user,
        String botId,
        String appId,
        String subtype,
        String text,
        JsonNode blocks,
        JsonNode attachments,
        String threadTs,
        int replyCount,
        List<String> replyUsers,
        String latestReply,
        Edited edited,
        List<Reaction> reactions,
        List<String> files,
        JsonNode metadata) {

    @JsonCreator
    public Message {
        replyUsers = replyUsers == null ? List.of() : List.copyOf(replyUsers);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A message without metadata. */
    public Message(String channel, String ts, String user, String botId, String appId, String subtype, String text,
                   JsonNode blocks, JsonNode attachments, String threadTs, int replyCount, List<String> replyUsers,
                   String latestReply, Edited edited, List<Reaction> reactions, List<String> files) {
        this(channel, ts, user, botId, appId, subtype, text, blocks, attachments, threadTs, replyCount, replyUsers,
                latestReply, edited, reactions, files, null);
    }

    /** A message without files (most of them). */
    public Message(String channel, String ts, String user, String botId, String appId, String subtype, String text,
                   JsonNode blocks, JsonNode attachments, String threadTs, int replyCount, List<String> replyUsers,
                   String latestReply, Edited edited, List<Reaction> reactions) {
        this(channel, ts, user, botId, appId, subtype, text, blocks, attachments, threadTs, replyCount, replyUsers,
                latestReply, edited, reactions, List.of());
    }

    public static String key(String channel, String ts) {
        return channel + "/" + ts;
    }

    public String key() {
        return key(channel, ts);
    }

    public boolean isReply() {
        return threadTs != null && !threadTs.equals(ts);
    }

    /** Whether the message shows in the channel's history: not a reply, unless broadcast to the channel. */
    public boolean inHistory() {
        return !isReply() || "thread_broadcast".equals(subtype);
    }

    public Optional<Reaction> reaction(String name) {
        return reactions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Message withReply(String replyTs, String replier) {
        List<String> users = new ArrayList<>(replyUsers);
        if (!users.contains(replier)) {
            users.add(replier);
        }
        return new Message(channel, ts, user, botId, appId, subtype, text, blocks, attachments, ts, replyCount + 1,
                users, replyTs, edited, reactions, files, metadata);
    }

    public Message withoutReply(List<Message> remaining) {
        List<String> users = remaining.stream().map(Message::user).distinct().toList();
        String latest = remaining.isEmpty() ? null : remaining.get(remaining.size() - 1).ts();
        return new Message(channel, ts, user, botId, appId, subtype, text, blocks, attachments,
                remaining.isEmpty() ? null : ts, remaining.size(), users, latest, edited, reactions, files, metadata);
    }

    public Message withContent(String newText, JsonNode newBlocks, JsonNode newAttachments, Edited by) {
        return new Message(channel, ts, user, botId, appId, subtype, newText, newBlocks, newAttachments, threadTs,
                replyCount, replyUsers, latestReply, by, reactions, files, metadata);
    }

    public Message withMetadata(JsonNode newMetadata) {
        return new Message(channel, ts, user, botId, appId, subtype, text, blocks, attachments, threadTs,
                replyCount, replyUsers, latestReply, edited, reactions, files, newMetadata);
    }

    public Message withReactions(List<Reaction> newReactions) {
        List<Reaction> kept = newReactions.stream().filter(r -> r.count() > 0).toList();
        return new Message(channel, ts, user, botId, appId, subtype, text, blocks, attachments, threadTs, replyCount,
                replyUsers, latestReply, edited, kept, files, metadata);
    }
}

package dev.dtu.twins.slack.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A file uploaded with files.getUploadURLExternal, its bytes POSTed to the upload URL, and made a file with
 * files.completeUploadExternal (https://docs.slack.dev/messaging/working-with-files#uploading_files).
 *
 * @param length the length announced to files.getUploadURLExternal
 * @param content the uploaded bytes (base64 in the state's JSON), null until uploaded
 * @param completed false while pending: pending files are not listed and cannot be shared or read
 * @param deleted a tombstone left by files.delete: its bytes are gone, it is not listed, and files.info and
 *     files.delete answer file_deleted for it
 * @param shares where the file was shared, in order: one message per channel
 */
public record File(
        String id,
        String user,
        String name,
        String title,
        String altTxt,
        String snippetType,
        long length,
        byte[] content,
        long created,
        boolean completed,
        boolean deleted,
        List<Share> shares) implements dev.dtu.server.state.Stored {

    /** The message that shared the file in a channel. */
    public record Share(String channel, String ts, String threadTs) {}

    public File {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public boolean uploaded() {
        return content != null;
    }

    public long size() {
        return content == null ? 0 : content.length;
    }

    /** Uploaded bytes count against the workspace's storage until the file is deleted. */
    @Override
    public long storedBytes() {
        return size();
    }

    public List<String> channels() {
        return shares.stream().map(Share::channel).distinct().toList();
    }

    public File withContent(byte[] bytes) {
        return new File(id, user, name, title, altTxt, snippetType, length, bytes, created, completed, deleted, shares);
    }

    public File completedAs(String newTitle) {
        return new File(id, user, name, newTitle, altTxt, snippetType, length, content, created, true, deleted, shares);
    }

    public File sharedIn(Share share) {
        List<Share> more = new ArrayList<>(shares);
        more.add(share);
        return new File(id, user, name, title, altTxt, snippetType, length, content, created, completed, deleted, more);
    }

    public File tombstone() {
        return new File(id, user, name, title, altTxt, snippetType, length, null, created, completed, true, shares);
    }

    public File withoutShares(String channel) {
        List<Share> kept = shares.stream().filter(s -> !s.channel().equals(channel)).toList();
        return new File(id, user, name, title, altTxt, snippetType, length, content, created, completed, deleted, kept);
    }
}

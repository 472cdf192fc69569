package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Files, uploaded the way files.uploadV2 does it: a pending file and an upload URL
 * (files.getUploadURLExternal), the bytes POSTed there, then files.completeUploadExternal makes it a file
 * and shares it in a conversation by posting a message that carries it.
 */
public final class Files {
    /** Slack refuses uploads over 1 GB. */
    public static final long MAX_LENGTH = 1L << 30;

    private final Workspace ws;

    public Files(Workspace ws) {
        this.ws = ws;
    }

    /** What completeUploadExternal is asked to finish: a pending file and the title it should get. */
    public record Pending(String id, String title) {}

    public File begin(String user, String filename, long length, String altTxt, String snippetType) {
        File f = new File(Ids.next(ws.tx(), "F"), user, filename, filename, altTxt, snippetType, length, null,
                ws.nowSeconds(), false, false, List.of());
        return save(f);
    }

    public Optional<File> find(String id) {
        return id == null ? Optional.empty() : ws.tx().get(SlackKinds.FILES, id);
    }

    /** The bytes POSTed to a pending file's upload URL; empty when there is no such pending file. */
    public Optional<File> receive(String id, byte[] bytes) {
        return find(id).filter(f -> !f.completed()).map(f -> save(f.withContent(bytes)));
    }

    /**
     * Finishes pending uploads of {@code user}. Files not begun by them, unknown, already completed or never
     * uploaded are file_not_found, as Slack answers.
     */
    public List<File> complete(String user, List<Pending> pending) {
        if (pending.isEmpty()) {
            throw new SlackError.InvalidArguments("must provide at least 1 items [json-pointer:/files]");
        }
        List<File> done = new ArrayList<>();
        for (Pending p : pending) {
            File f = find(p.id()).filter(x -> x.user().equals(user) && !x.completed() && x.uploaded())
                    .orElseThrow(() -> new SlackError("file_not_found"));
            done.add(f.completedAs(p.title() == null || p.title().isEmpty() ? f.name() : p.title()));
        }
        done.forEach(this::save);
        // Only the uploader's clients hear of a new file, so an app hears of the files its bot uploads
        // (https://docs.slack.dev/reference/events/file_created).
        boolean botUploaded = user.equals(ws.app().botUserId());
        done.forEach(f -> ws.emit("file_created", fileEvent(f, user), botUploaded));
        return done;
    }

    /**
     * Shares files in a conversation: one message carrying them (a reply when {@code threadTs} is set), its
     * message event once the files record the share, then a file_shared event for each file.
     */
    public Message share(Author author, Conversation c, List<File> files, Content content, String threadTs) {
        Chat chat = new Chat(ws);
        Message m = chat.postFiles(author, c, content, threadTs, files.stream().map(File::id).toList());
        for (File f : files) {
            File current = find(f.id()).orElse(f);
            save(current.sharedIn(new File.Share(c.id(), m.ts(), m.threadTs())));
        }
        chat.announce(c, m);
        boolean botIn = ws.botIn(c);
        for (File f : files) {
            ObjectNode event = fileEvent(f, author.user());
            event.put("channel_id", c.id());
            ws.emit("file_shared", event, botIn);
        }
        return m;
    }

    /** What file_created and file_shared carry: the file's id twice and who acted. */
    private static ObjectNode fileEvent(File f, String user) {
        ObjectNode event = dev.dtu.server.http.Json.object();
        event.put("file_id", f.id()).put("user_id", user);
        event.putObject("file").put("id", f.id());
        return event;
    }

    /** Whether {@code user} may see the file: theirs, or shared where they can read. */
    public boolean canSee(File f, String user) {
        if (!f.completed()) {
            return false;
        }
        if (f.user().equals(user)) {
            return true;
        }
        return f.channels().stream().map(ws::find).flatMap(Optional::stream)
                .anyMatch(c -> !c.isPrivate() || c.hasMember(user));
    }

    /**
     * A file the caller may see; a deleted one they could see is file_deleted
     * (https://docs.slack.dev/reference/methods/files.info, https://docs.slack.dev/reference/methods/files.delete).
     */
    public File visible(String id, String user) {
        File f = find(id).filter(x -> canSee(x, user)).orElseThrow(() -> new SlackError("file_not_found"));
        if (f.deleted()) {
            throw new SlackError("file_deleted");
        }
        return f;
    }

    /** Files the caller can see, newest first. */
    public List<File> list(String user, String channel, String owner) {
        List<File> out = new ArrayList<>(all().stream()
                .filter(f -> !f.deleted() && canSee(f, user))
                .filter(f -> channel == null || f.channels().contains(channel))
                .filter(f -> owner == null || f.user().equals(owner))
                .toList());
        out.sort((a, b) -> a.created() != b.created() ? Long.compare(b.created(), a.created())
                : b.id().compareTo(a.id()));
        return out;
    }

    public Collection<File> all() {
        return ws.tx().all(SlackKinds.FILES).values();
    }

    /** Only the uploader deletes a file; it stays a tombstone, which messages that shared it show. */
    public File delete(String user, String id) {
        File f = visible(id, user);
        if (!f.user().equals(user)) {
            throw new SlackError("cant_delete_file");
        }
        save(f.tombstone());
        ObjectNode event = dev.dtu.server.http.Json.object();
        event.put("file_id", f.id());
        f.channels().forEach(event.putArray("channel_ids")::add);
        ws.emit("file_deleted", event, f.channels().stream().map(ws::find).flatMap(Optional::stream)
                .anyMatch(ws::botIn));
        return f;
    }

    private File save(File f) {
        return ws.tx().put(SlackKinds.FILES, f.id(), f);
    }
}

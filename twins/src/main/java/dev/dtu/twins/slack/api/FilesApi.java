package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Content;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.ConversationType;
import dev.dtu.twins.slack.model.File;
import dev.dtu.twins.slack.model.Files;
import dev.dtu.twins.slack.model.SlackKinds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * files.getUploadURLExternal, files.completeUploadExternal, files.info, files.list, files.delete
 * (https://docs.slack.dev/messaging/working-with-files#uploading_files). The bytes go to {@link FileUploads}.
 */
final class FilesApi {
    /** Where a pending file's bytes are POSTed, below the twin's base URL. */
    static final String UPLOAD_PATH = "/upload/v1/";

    private FilesApi() {}

    static ObjectNode getUploadURLExternal(MethodCall m) {
        String filename = m.args().string("filename").orElseThrow(
                () -> new SlackError.InvalidArguments("missing required field: filename"));
        long length = m.args().integer("length").orElseThrow(
                () -> new SlackError.InvalidArguments("missing required field: length"));
        if (length < 1 || length > Files.MAX_LENGTH) {
            throw new SlackError.InvalidArguments("must be between 1 and " + Files.MAX_LENGTH
                    + " [json-pointer:/length]");
        }
        File f = new Files(m.ws()).begin(m.user(), filename, length, m.args().string("alt_txt").orElse(null),
                m.args().string("snippet_type").orElse(null));
        ObjectNode body = MethodCall.body();
        body.put("upload_url", uploadRoot(m) + UPLOAD_PATH + f.id());
        body.put("file_id", f.id());
        return body;
    }

    /**
     * Where the bytes go. The upload carries no token (Slack's upload URL is the credential), so it must name its
     * universe itself: under {@code /u/{id}/slack} as the twin was reached, and through the forward proxy (where the
     * twin's root is https://slack.com) on a host whose first label is the universe's id, which the proxy routes by.
     */
    static String uploadRoot(MethodCall m) {
        String root = m.ws().filesUrl();
        String universe = m.universe().id();
        if (root.endsWith("/u/" + universe + "/slack")) {
            return root;
        }
        java.net.URI uri = java.net.URI.create(root);
        if (uri.getHost() != null && dev.dtu.server.proxy.VendorHosts.twin(uri.getHost()).isPresent()) {
            return uri.getScheme() + "://" + universe + ".slack.com";
        }
        return root + "/u/" + universe + "/slack";
    }

    static ObjectNode completeUploadExternal(MethodCall m) {
        List<Files.Pending> pending = pending(m.args());
        List<Conversation> targets = targets(m);
        String threadTs = m.args().string("thread_ts").orElse(null);
        // thread_ts without a channel leaves the file unshared (Slack's own SDK test uploads so and passes,
        // files_Test#createFileForAThread_v2); with several channels it is refused
        if (threadTs != null && targets.size() > 1) {
            throw new SlackError.InvalidArguments("thread_ts requires exactly one channel [json-pointer:/thread_ts]");
        }
        Content content = sharedMessage(m.args());
        Files files = new Files(m.ws());
        List<File> done = files.complete(m.user(), pending);
        for (Conversation c : targets) {
            files.share(m.author(), c, done, content, threadTs);
        }
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("files");
        // the complete file objects, as shared (Slack's own SDK tests read name, mimetype, permalink, channels)
        for (File f : done) {
            out.add(m.ws().json(m.ws().tx().get(SlackKinds.FILES, f.id()).orElse(f)));
        }
        return body;
    }

    static ObjectNode info(MethodCall m) {
        String id = m.args().require("file", "file_not_found");
        java.util.Optional<ObjectNode> canvas = CanvasesApi.file(m, id);
        if (canvas.isPresent()) {
            ObjectNode body = MethodCall.body();
            body.set("file", canvas.get());
            body.putArray("comments");
            body.putObject("response_metadata").put("next_cursor", "");
            return body;
        }
        File f = new Files(m.ws()).visible(id, m.user());
        ObjectNode body = MethodCall.body();
        body.set("file", m.ws().json(f));
        if (f.content() != null && isText(f)) {
            body.put("content", new String(f.content(), StandardCharsets.UTF_8));
        }
        body.putArray("comments");
        body.putObject("response_metadata").put("next_cursor", "");
        return body;
    }

    /**
     * Newest first. Slack pages files.list by {@code count} (default 100) and {@code page}, answering
     * {@code paging}; {@code cursor}/{@code limit} are also taken, as in the twin's other lists, and then
     * {@code response_metadata.next_cursor} is added.
     */
    static ObjectNode list(MethodCall m) {
        String channel = m.args().string("channel").orElse(null);
        if (channel != null) {
            channel = m.ws().visible(channel, m.user()).id();
        }
        String owner = m.args().string("user").orElse(null);
        if (owner != null) {
            m.ws().requireUser(owner);
        }
        List<File> all = new ArrayList<>(new Files(m.ws()).list(m.user(), channel, owner));
        all.sort(java.util.Comparator.comparing(FilesApi::sortKey));
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("files");
        if (m.args().cursor().isPresent() || m.args().string("limit").isPresent()) {
            Page<File> page = Page.of(all, FilesApi::sortKey, "file", false, m.args().cursor().orElse(null),
                    m.args().limit());
            page.items().forEach(f -> out.add(m.ws().json(f)));
            page.metadata(body);
            return body;
        }
        long count = m.args().integer("count").filter(c -> c > 0).orElse(100L);
        count = Math.min(count, Args.MAX_LIMIT);
        long pageNo = m.args().integer("page").filter(p -> p > 0).orElse(1L);
        long pages = Math.max(1, (all.size() + count - 1) / count);
        all.stream().skip((pageNo - 1) * count).limit(count).forEach(f -> out.add(m.ws().json(f)));
        body.putObject("paging").put("count", count).put("total", all.size()).put("page", pageNo)
                .put("pages", pages);
        return body;
    }

    static ObjectNode delete(MethodCall m) {
        String id = m.args().require("file", "file_not_found");
        new Files(m.ws()).delete(m.user(), id);
        return MethodCall.body();
    }

    /** Newest first as an ascending string key: inverted creation time, then inverted id order. */
    private static String sortKey(File f) {
        StringBuilder inverted = new StringBuilder();
        for (char ch : f.id().toCharArray()) {
            inverted.append((char) ('~' - ch));
        }
        return String.format("%019d", Long.MAX_VALUE - f.created()) + ":" + inverted;
    }

    private static boolean isText(File f) {
        String type = dev.dtu.twins.slack.model.FileTypes.filetype(f.name(), f.snippetType());
        return dev.dtu.twins.slack.model.FileTypes.mimetype(type).startsWith("text/")
                || type.equals("json");
    }

    /**
     * What the message sharing the files says: initial_comment, else the blocks, which Slack ignores when
     * initial_comment is given (https://docs.slack.dev/reference/methods/files.completeUploadExternal).
     */
    private static Content sharedMessage(Args args) {
        String comment = args.string("initial_comment").orElse("");
        if (!comment.isEmpty()) {
            return new Content(comment, null, null);
        }
        return new Content(null, args.array("blocks", "invalid_blocks_format"), null);
    }

    /** {@code files}: a JSON array of {"id","title"}, as a JSON string in forms or an array in JSON bodies. */
    private static List<Files.Pending> pending(Args args) {
        JsonNode v = args.all().get("files");
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            throw new SlackError.InvalidArguments("missing required field: files");
        }
        JsonNode parsed = v;
        if (v.isTextual()) {
            try {
                parsed = Json.parse(v.asText().getBytes(StandardCharsets.UTF_8));
            } catch (Json.MalformedJsonException e) {
                throw new SlackError.InvalidArguments("invalid JSON [json-pointer:/files]");
            }
        }
        if (!parsed.isArray()) {
            throw new SlackError.InvalidArguments("expected array [json-pointer:/files]");
        }
        List<Files.Pending> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : parsed) {
            if (!e.isObject() || !e.path("id").isTextual() || e.path("id").asText().isEmpty()) {
                throw new SlackError.InvalidArguments("missing required field: id [json-pointer:/files/" + i + "]");
            }
            out.add(new Files.Pending(e.path("id").asText(), e.path("title").isTextual() ? e.path("title").asText()
                    : null));
            i++;
        }
        return out;
    }

    /** channel_id, or the comma-separated channels; the caller must be able to post in each. */
    private static List<Conversation> targets(MethodCall m) {
        Set<String> refs = new LinkedHashSet<>();
        m.args().string("channel_id").ifPresent(refs::add);
        m.args().string("channels").ifPresent(cs -> {
            for (String c : cs.split(",")) {
                if (!c.isBlank()) {
                    refs.add(c.trim());
                }
            }
        });
        List<Conversation> out = new ArrayList<>();
        for (String ref : refs) {
            Conversation c;
            if (ref.startsWith("U") || ref.startsWith("W")) {
                m.ws().user(ref).orElseThrow(() -> new SlackError("channel_not_found"));
                c = new dev.dtu.twins.slack.model.Channels(m.ws()).open(m.user(), List.of(ref)).conversation();
            } else {
                c = m.ws().visible(ref, m.user());
            }
            if (c.type() == ConversationType.PUBLIC_CHANNEL && !c.hasMember(m.user())) {
                throw new SlackError("not_in_channel");
            }
            out.add(c);
        }
        return out;
    }
}

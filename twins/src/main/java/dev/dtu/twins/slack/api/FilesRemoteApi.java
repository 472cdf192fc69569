package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.RemoteFiles;
import dev.dtu.twins.slack.model.SlackKinds;
import java.util.Optional;

/**
 * files.remote.* (https://api.slack.com/messaging/files/remote): files kept elsewhere that an app registers by
 * its own {@code external_id}. A file is named by {@code file} or {@code external_id}; sharing records the
 * channels (the twin posts no message for it).
 */
final class FilesRemoteApi {
    private FilesRemoteApi() {}

    static ObjectNode add(MethodCall m) {
        String externalId = required(m, "external_id");
        String url = required(m, "external_url");
        String title = required(m, "title");
        Records files = files(m);
        if (byExternalId(m, files, externalId).isPresent()) {
            throw new SlackError("already_exists");
        }
        String id = Ids.next(m.ws().tx(), "F");
        ObjectNode f = RemoteFiles.file(id, m.ws().nowSeconds(), m.user(), m.ws().team().id(), externalId, url, title,
                m.args().string("filetype").orElse(""), m.args().all().containsKey("preview_image"));
        files.put(id, f);
        return answer(f);
    }

    static ObjectNode info(MethodCall m) {
        return answer(file(m, files(m)));
    }

    static ObjectNode update(MethodCall m) {
        Records files = files(m);
        ObjectNode f = file(m, files);
        m.args().string("title").ifPresent(t -> f.put("title", t).put("name", t));
        m.args().string("external_url").ifPresent(u -> f.put("external_url", u).put("url_private", u));
        m.args().string("filetype").ifPresent(t -> f.put("filetype", t).put("pretty_type", t));
        if (m.args().all().containsKey("preview_image")) {
            f.put("has_rich_preview", true);
        }
        files.put(f.path("id").asText(), f);
        return answer(f);
    }

    static ObjectNode remove(MethodCall m) {
        Records files = files(m);
        files.remove(file(m, files).path("id").asText());
        return MethodCall.body();
    }

    static ObjectNode share(MethodCall m) {
        Records files = files(m);
        ObjectNode f = file(m, files);
        String channels = m.args().require("channels", "channel_not_found");
        for (String ref : channels.split(",")) {
            Conversation c = m.ws().visible(ref.trim(), m.user());
            if (!c.hasMember(m.user())) {
                throw new SlackError("not_in_channel");
            }
            ArrayNode list = f.withArrayProperty(c.isPrivate() ? "groups" : "channels");
            boolean there = false;
            for (var id : list) {
                there |= id.asText().equals(c.id());
            }
            if (!there) {
                list.add(c.id());
            }
        }
        files.put(f.path("id").asText(), f);
        return answer(f);
    }

    static ObjectNode list(MethodCall m) {
        Optional<Conversation> channel = m.args().string("channel").map(ref -> m.ws().visible(ref, m.user()));
        var all = files(m).all(f -> channel.isEmpty() || contains(f, channel.get().id()));
        Page<ObjectNode> page = Page.of(all, f -> f.path("id").asText(), "file", false, m.args().cursor().orElse(null),
                m.args().limit());
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("files");
        page.items().forEach(out::add);
        page.metadata(body);
        return body;
    }

    private static boolean contains(ObjectNode f, String channel) {
        for (String field : new String[] {"channels", "groups", "ims"}) {
            for (var id : f.path(field)) {
                if (id.asText().equals(channel)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String required(MethodCall m, String name) {
        return m.args().string(name).orElseThrow(() -> new SlackError("invalid_arguments"));
    }

    private static ObjectNode file(MethodCall m, Records files) {
        Optional<String> id = m.args().string("file");
        if (id.isPresent()) {
            return files.get(id.get()).orElseThrow(() -> new SlackError("file_not_found"));
        }
        String externalId = m.args().string("external_id").orElseThrow(() -> new SlackError("file_not_found"));
        return byExternalId(m, files, externalId).orElseThrow(() -> new SlackError("file_not_found"));
    }

    private static Optional<ObjectNode> byExternalId(MethodCall m, Records files, String externalId) {
        return files.all(f -> f.path("external_id").asText().equals(externalId)).stream().findFirst();
    }

    private static Records files(MethodCall m) {
        return new Records(m.ws(), SlackKinds.REMOTE_FILES);
    }

    private static ObjectNode answer(ObjectNode f) {
        ObjectNode body = MethodCall.body();
        body.set("file", f);
        return body;
    }
}

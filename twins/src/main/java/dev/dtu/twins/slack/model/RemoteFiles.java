package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;

/**
 * Remote files (https://api.slack.com/messaging/files/remote): files kept elsewhere that an app registered by its
 * own {@code external_id}, as files.remote.add makes them and as a seed lists them ({@code slack.app.remoteFiles}).
 */
public final class RemoteFiles {
    private RemoteFiles() {}

    /** A new remote file of {@code user}, shared nowhere yet. */
    public static ObjectNode file(String id, long now, String user, String team, String externalId, String url,
                                  String title, String filetype, boolean preview) {
        ObjectNode f = Json.object();
        f.put("id", id).put("created", now).put("timestamp", now).put("name", title).put("title", title)
                .put("mimetype", "").put("filetype", filetype).put("pretty_type", filetype).put("user", user)
                .put("user_team", team).put("editable", false).put("size", 0).put("mode", "external")
                .put("is_external", true).put("external_type", "app").put("external_id", externalId)
                .put("external_url", url).put("url_private", url).put("is_public", false)
                .put("public_url_shared", false).put("display_as_bot", false).put("username", "")
                .put("has_rich_preview", preview).put("comments_count", 0);
        f.putArray("channels");
        f.putArray("groups");
        f.putArray("ims");
        return f;
    }

    /** The seed's remote files, added by the app's bot when seeded history starts. */
    static void seed(JsonNode list, Tx tx, String botUser, String team) {
        java.util.Set<String> externalIds = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            if (!externalIds.add(r.path("externalId").asText())) {
                throw new SeedException("slack.app.remoteFiles[" + i + "].externalId", "duplicate external id");
            }
            String id = Ids.next(tx, "F");
            ObjectNode f = file(id, SlackSeed.EPOCH, botUser, team, r.path("externalId").asText(),
                    r.path("externalUrl").asText(), r.path("title").asText(), r.path("filetype").asText(""), false);
            tx.put(SlackKinds.REMOTE_FILES, id, new Resource(id, null, f));
        }
    }
}

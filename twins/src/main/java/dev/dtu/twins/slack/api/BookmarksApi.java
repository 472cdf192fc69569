package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;

/**
 * bookmarks.add/.edit/.list/.remove (https://api.slack.com/methods/bookmarks.add): links kept in a channel's
 * header. Only {@code type=link} is creatable by apps.
 */
final class BookmarksApi {
    private BookmarksApi() {}

    static ObjectNode add(MethodCall m) {
        Conversation c = channel(m);
        String title = m.args().string("title")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: title"));
        String type = m.args().string("type")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: type"));
        if (!type.equals("link")) {
            throw new SlackError("invalid_bookmark_type");
        }
        String link = m.args().string("link").orElseThrow(() -> new SlackError("invalid_link"));
        checkLink(link);
        String id = Ids.next(m.ws().tx(), "Bk");
        long now = m.ws().nowSeconds();
        ObjectNode b = MethodCall.body();
        b.put("id", id).put("channel_id", c.id()).put("title", title).put("link", link)
                .put("emoji", m.args().string("emoji").orElse(null)).putNull("icon_url").put("type", type)
                .put("entity_id", m.args().string("entity_id").orElse(null)).put("date_created", now)
                .put("date_updated", 0).put("rank", rankAfter(m, c)).put("last_updated_by_user_id", m.user())
                .put("last_updated_by_team_id", m.ws().team().id()).putNull("shortcut_id").putNull("app_id");
        bookmarks(m).put(id, b);
        return answer(b);
    }

    static ObjectNode edit(MethodCall m) {
        Conversation c = channel(m);
        Records bookmarks = bookmarks(m);
        ObjectNode b = bookmark(m, c, bookmarks);
        m.args().string("title").ifPresent(t -> b.put("title", t));
        m.args().string("emoji").ifPresent(e -> b.put("emoji", e));
        m.args().string("link").ifPresent(l -> {
            checkLink(l);
            b.put("link", l);
        });
        b.put("date_updated", m.ws().nowSeconds()).put("last_updated_by_user_id", m.user());
        bookmarks.put(b.path("id").asText(), b);
        return answer(b);
    }

    static ObjectNode remove(MethodCall m) {
        Conversation c = channel(m);
        Records bookmarks = bookmarks(m);
        bookmarks.remove(bookmark(m, c, bookmarks).path("id").asText());
        return MethodCall.body();
    }

    static ObjectNode list(MethodCall m) {
        Conversation c = channel(m);
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("bookmarks");
        bookmarks(m).all(b -> b.path("channel_id").asText().equals(c.id())).forEach(out::add);
        return body;
    }

    private static Conversation channel(MethodCall m) {
        String id = m.args().string("channel_id")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: channel_id"));
        return m.ws().visible(id, m.user());
    }

    private static ObjectNode bookmark(MethodCall m, Conversation c, Records bookmarks) {
        String id = m.args().string("bookmark_id")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: bookmark_id"));
        return bookmarks.get(id).filter(b -> b.path("channel_id").asText().equals(c.id()))
                .orElseThrow(() -> new SlackError("not_found"));
    }

    private static void checkLink(String link) {
        if (!link.startsWith("http://") && !link.startsWith("https://")) {
            throw new SlackError("invalid_link");
        }
    }

    /** Ranks order a channel's bookmarks; a new one goes last. */
    private static String rankAfter(MethodCall m, Conversation c) {
        long n = bookmarks(m).all(b -> b.path("channel_id").asText().equals(c.id())).size();
        return Long.toString(n + 1, 36);
    }

    private static Records bookmarks(MethodCall m) {
        return new Records(m.ws(), SlackKinds.BOOKMARKS);
    }

    private static ObjectNode answer(ObjectNode b) {
        ObjectNode body = MethodCall.body();
        body.set("bookmark", b);
        return body;
    }
}

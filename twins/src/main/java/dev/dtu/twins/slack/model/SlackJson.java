package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Slack's JSON shapes of messages, conversations, users and bots, shared by the Web API and events. */
public final class SlackJson {
    /** Every member's and conversation's locale: the seed has no language, so Slack's default. */
    public static final String LOCALE = "en-US";

    private SlackJson() {}

    public static ObjectNode message(Message m, String teamId, List<String> pinnedTo) {
        ObjectNode o = Json.object();
        o.put("type", "message");
        if (m.subtype() != null) {
            o.put("subtype", m.subtype());
        }
        o.put("user", m.user());
        if (m.botId() != null) {
            o.put("bot_id", m.botId());
            o.put("app_id", m.appId());
        }
        o.put("text", m.text());
        o.put("ts", m.ts());
        o.put("team", teamId);
        if (m.blocks() != null) {
            o.set("blocks", m.blocks());
        }
        if (m.attachments() != null) {
            o.set("attachments", m.attachments());
        }
        thread(o, m);
        if (m.edited() != null) {
            o.putObject("edited").put("user", m.edited().user()).put("ts", m.edited().ts());
        }
        if (!m.reactions().isEmpty()) {
            ArrayNode reactions = o.putArray("reactions");
            m.reactions().forEach(r -> reactions.addObject().put("name", r.name())
                    .<ObjectNode>set("users", Json.tree(r.users())).put("count", r.count()));
        }
        if (pinnedTo != null && !pinnedTo.isEmpty()) {
            o.set("pinned_to", Json.tree(pinnedTo));
        }
        return o;
    }

    /**
     * A file as files.info and message.files show it
     * (https://docs.slack.dev/reference/objects/file-object). {@code filesUrl} is where its bytes are served.
     */
    public static ObjectNode file(File f, Team team, String filesUrl) {
        ObjectNode o = Json.object();
        String type = FileTypes.filetype(f.name(), f.snippetType());
        o.put("id", f.id()).put("created", f.created()).put("timestamp", f.created()).put("name", f.name())
                .put("title", f.title()).put("mimetype", FileTypes.mimetype(type)).put("filetype", type)
                .put("pretty_type", FileTypes.pretty(type)).put("user", f.user()).put("user_team", team.id())
                .put("editable", false).put("size", f.size()).put("mode", "hosted").put("is_external", false)
                .put("external_type", "").put("is_public", false).put("public_url_shared", false)
                .put("display_as_bot", false).put("username", "");
        String path = team.id() + "-" + f.id() + "/" + urlPart(f.name());
        o.put("url_private", filesUrl + "/files-pri/" + path);
        o.put("url_private_download", filesUrl + "/files-pri/" + path.replace("/", "/download/"));
        o.put("permalink", team.url() + "files/" + f.user() + "/" + f.id() + "/" + urlPart(f.name()));
        if (f.altTxt() != null) {
            o.put("alt_txt", f.altTxt());
        }
        ArrayNode channels = o.putArray("channels");
        o.putArray("groups");
        o.putArray("ims");
        ObjectNode shares = Json.object();
        for (File.Share share : f.shares()) {
            channels.add(share.channel());
            ObjectNode detail = shares.withObjectProperty("public").withArrayProperty(share.channel()).addObject();
            detail.put("ts", share.ts()).put("channel_name", "").put("team_id", team.id())
                    .put("share_user_id", f.user()).put("source", "UNKNOWN");
            if (share.threadTs() != null) {
                detail.put("thread_ts", share.threadTs());
            }
        }
        if (!f.shares().isEmpty()) {
            o.set("shares", shares);
        }
        o.put("has_rich_preview", false).put("file_access", "visible");
        return o;
    }

    private static String urlPart(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void thread(ObjectNode o, Message m) {
        if (m.threadTs() == null) {
            return;
        }
        o.put("thread_ts", m.threadTs());
        if (!m.isReply()) {
            o.put("reply_count", m.replyCount());
            o.put("reply_users_count", m.replyUsers().size());
            o.set("reply_users", Json.tree(m.replyUsers()));
            o.put("latest_reply", m.latestReply());
            o.put("is_locked", false);
            o.put("subscribed", false);
        } else if ("thread_broadcast".equals(m.subtype())) {
            o.putObject("root").put("ts", m.threadTs());
        }
    }

    /** A conversation as the caller sees it; {@code numMembers} is added when not null. */
    public static ObjectNode conversation(Conversation c, String teamId, String caller, Integer numMembers) {
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("created", c.created());
        if (c.type() == ConversationType.IM) {
            o.put("is_im", true).put("is_org_shared", false).put("user", c.imUser())
                    .put("is_user_deleted", false).put("priority", 0);
            return o;
        }
        o.put("name", c.name()).put("is_channel", c.isChannel())
                .put("is_group", c.type() == ConversationType.PRIVATE_CHANNEL)
                .put("is_im", false).put("is_mpim", c.type() == ConversationType.MPIM)
                .put("is_private", c.isPrivate()).put("is_archived", c.archived()).put("is_general", c.general())
                .put("unlinked", 0).put("name_normalized", c.name()).put("is_shared", false)
                .put("is_org_shared", false).put("is_ext_shared", false).put("is_pending_ext_shared", false)
                .put("context_team_id", teamId).put("updated", c.updated() * 1000).put("creator", c.creator())
                .put("is_member", c.hasMember(caller));
        o.set("shared_team_ids", Json.tree(List.of(teamId)));
        o.set("pending_shared", Json.array());
        o.set("pending_connected_team_ids", Json.array());
        o.set("topic", topic(c.topic()));
        o.set("purpose", topic(c.purpose()));
        o.set("previous_names", Json.tree(c.previousNames()));
        o.putNull("parent_conversation");
        if (numMembers != null) {
            o.put("num_members", numMembers);
        }
        return o;
    }

    private static ObjectNode topic(Topic t) {
        ObjectNode o = Json.object();
        o.put("value", t.value()).put("creator", t.creator()).put("last_set", t.lastSet());
        return o;
    }

    public static ObjectNode user(User u, boolean withEmail, Instant now) {
        ObjectNode o = Json.object();
        o.put("id", u.id()).put("team_id", u.teamId()).put("name", u.name()).put("deleted", u.deleted())
                .put("color", "9f69e7").put("real_name", u.realName());
        zone(o, u.tz(), now);
        ObjectNode p = o.putObject("profile");
        p.put("title", u.title()).put("phone", "").put("skype", "").put("real_name", u.realName())
                .put("real_name_normalized", u.realName()).put("display_name", u.displayName())
                .put("display_name_normalized", u.displayName()).put("status_text", "").put("status_emoji", "")
                .put("status_expiration", 0).put("avatar_hash", "g" + Integer.toHexString(u.id().hashCode()))
                .put("first_name", first(u.realName())).put("last_name", last(u.realName()))
                .put("team", u.teamId());
        if (withEmail && u.email() != null) {
            p.put("email", u.email());
        }
        if (u.botId() != null) {
            p.put("bot_id", u.botId()).put("always_active", true);
        }
        for (int size : new int[] {24, 32, 48, 72, 192, 512}) {
            p.put("image_" + size, "https://a.slack-edge.com/avatars/" + u.id() + "_" + size + ".png");
        }
        o.put("is_admin", u.isAdmin()).put("is_owner", u.isOwner()).put("is_primary_owner", u.isOwner())
                .put("is_restricted", false).put("is_ultra_restricted", false).put("is_bot", u.isBot())
                .put("is_app_user", false).put("updated", u.updated()).put("is_email_confirmed", !u.isBot());
        return o;
    }

    private static void zone(ObjectNode o, String tz, Instant now) {
        ZoneId zone;
        try {
            zone = ZoneId.of(tz);
        } catch (java.time.DateTimeException e) {
            zone = ZoneId.of("UTC");
        }
        o.put("tz", zone.getId()).put("tz_label", zone.getRules().isDaylightSavings(now) ? zone.getId() + " (DST)"
                : zone.getId()).put("tz_offset", zone.getRules().getOffset(now).getTotalSeconds());
    }

    public static ObjectNode bot(Bot b) {
        ObjectNode o = Json.object();
        o.put("id", b.id()).put("deleted", b.deleted()).put("name", b.name()).put("updated", b.updated())
                .put("app_id", b.appId()).put("user_id", b.userId());
        ObjectNode icons = o.putObject("icons");
        for (int size : new int[] {36, 48, 72}) {
            icons.put("image_" + size, "https://a.slack-edge.com/bots/" + b.id() + "_" + size + ".png");
        }
        return o;
    }

    private static String first(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String last(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }
}

package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.ConversationType;
import dev.dtu.twins.slack.model.File;
import dev.dtu.twins.slack.model.FileTypes;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.SearchQuery;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * search.messages, search.files, search.all (https://api.slack.com/methods/search.messages): user tokens only
 * (a bot token is not_allowed_token_type), over what the caller can see. Pages by {@code page}/{@code count}
 * (20 by default, at most 100). The twin has no relevance score: both sorts order by time ({@code sort_dir}).
 */
final class SearchApi {
    private static final int MAX_COUNT = 100;
    private static final int MAX_PAGE = 100;

    private SearchApi() {}

    static ObjectNode messages(MethodCall m) {
        Query q = query(m);
        ObjectNode body = MethodCall.body().put("query", q.text);
        body.set("messages", result(m, q, messages(m, q.query), Message::ts, msg -> match(m, msg)));
        return body;
    }

    static ObjectNode files(MethodCall m) {
        Query q = query(m);
        ObjectNode body = MethodCall.body().put("query", q.text);
        body.set("files", result(m, q, files(m, q.query), f -> f.created() + "", f -> match(m, f)));
        return body;
    }

    static ObjectNode all(MethodCall m) {
        Query q = query(m);
        ObjectNode body = MethodCall.body().put("query", q.text);
        body.set("messages", result(m, q, messages(m, q.query), Message::ts, msg -> match(m, msg)));
        body.set("files", result(m, q, files(m, q.query), f -> f.created() + "", f -> match(m, f)));
        ObjectNode posts = body.putObject("posts");
        posts.put("total", 0);
        posts.putArray("matches");
        return body;
    }

    private record Query(String text, SearchQuery query, int count, int page, boolean ascending) {}

    private static Query query(MethodCall m) {
        if (m.caller().isBot()) {
            throw new SlackError("not_allowed_token_type");
        }
        m.caller().require("search:read");
        String text = m.args().require("query", "no_query");
        long count = m.args().integer("count").orElse(20L);
        long page = m.args().integer("page").orElse(1L);
        if (count < 1 || page < 1 || page > MAX_PAGE) {
            throw new SlackError("invalid_arguments");
        }
        boolean ascending = m.args().string("sort_dir").map(d -> d.equalsIgnoreCase("asc")).orElse(false);
        return new Query(text, SearchQuery.parse(text, m.ws().nowSeconds()), (int) Math.min(count, MAX_COUNT),
                (int) page, ascending);
    }

    private static <T> ObjectNode result(MethodCall m, Query q, List<T> found, Function<T, String> time,
                                         Function<T, ObjectNode> render) {
        List<T> sorted = new ArrayList<>(found);
        Comparator<T> byTime = Comparator.comparing(t -> Double.parseDouble(time.apply(t)));
        sorted.sort(q.ascending ? byTime : byTime.reversed());
        int total = sorted.size();
        int pages = Math.max(1, (total + q.count - 1) / q.count);
        int from = Math.min(total, (q.page - 1) * q.count);
        int to = Math.min(total, from + q.count);
        ObjectNode out = MethodCall.body().put("total", total);
        out.putObject("pagination").put("total_count", total).put("page", q.page).put("per_page", q.count)
                .put("page_count", pages).put("first", total == 0 ? 0 : from + 1).put("last", to);
        out.putObject("paging").put("count", q.count).put("total", total).put("page", q.page).put("pages", pages);
        ArrayNode matches = out.putArray("matches");
        sorted.subList(from, to).forEach(t -> matches.add(render.apply(t)));
        return out;
    }

    private static List<Message> messages(MethodCall m, SearchQuery q) {
        Workspace ws = m.ws();
        List<Message> out = new ArrayList<>();
        for (Conversation c : ws.conversations()) {
            if (!visible(m, c) || !inScope(m, c, q)) {
                continue;
            }
            for (Message msg : ws.messages(c.id())) {
                if (matches(m, msg, q)) {
                    out.add(msg);
                }
            }
        }
        return out;
    }

    private static boolean matches(MethodCall m, Message msg, SearchQuery q) {
        long seconds = (long) Double.parseDouble(msg.ts());
        return q.matchesText(msg.text()) && q.inRange(seconds) && fromMatches(m, msg.user(), q)
                && (!q.hasLink() || msg.text().contains("http://") || msg.text().contains("https://"))
                && (!q.hasReaction() || !msg.reactions().isEmpty())
                && (!q.isThread() || msg.threadTs() != null);
    }

    private static List<File> files(MethodCall m, SearchQuery q) {
        List<File> out = new ArrayList<>();
        for (File f : m.ws().tx().all(SlackKinds.FILES).values()) {
            boolean seen = f.user().equals(m.user()) || f.channels().stream()
                    .map(m.ws()::find).flatMap(Optional::stream).anyMatch(c -> visible(m, c) && inScope(m, c, q));
            boolean inFilter = q.in().isEmpty() || f.channels().stream().map(m.ws()::find).flatMap(Optional::stream)
                    .anyMatch(c -> inScope(m, c, q));
            if (!f.deleted() && f.completed() && seen && inFilter && fromMatches(m, f.user(), q)
                    && q.inRange(f.created()) && q.matchesText(f.name() + " " + f.title())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean visible(MethodCall m, Conversation c) {
        return !c.isPrivate() || c.hasMember(m.user());
    }

    /** {@code in:} names a channel (#name or <#C…>), or a person whose DM with the caller it is. */
    private static boolean inScope(MethodCall m, Conversation c, SearchQuery q) {
        if (q.in().isEmpty()) {
            return true;
        }
        for (String ref : q.in()) {
            String target = ref.replaceAll("^<[#@]([A-Z0-9]+)(\\|[^>]*)?>$", "$1");
            if (target.startsWith("@") || target.startsWith("U")) {
                Optional<User> u = user(m, target);
                if (u.isPresent() && c.type() == ConversationType.IM && c.hasMember(u.get().id())) {
                    return true;
                }
            }
            String name = target.startsWith("#") ? target.substring(1) : target;
            if (c.id().equals(target) || (c.name() != null && c.name().equalsIgnoreCase(name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean fromMatches(MethodCall m, String author, SearchQuery q) {
        return q.from().isEmpty() || q.from().stream().map(ref -> user(m, ref))
                .anyMatch(u -> u.isPresent() && u.get().id().equals(author));
    }

    /** A member by {@code me}, {@code @handle}, {@code <@U…>}, an id, or a display name. */
    private static Optional<User> user(MethodCall m, String ref) {
        if (ref.equalsIgnoreCase("me")) {
            return Optional.of(m.caller().user());
        }
        String r = ref.replaceAll("^<@([A-Z0-9]+)(\\|[^>]*)?>$", "$1");
        String handle = (r.startsWith("@") ? r.substring(1) : r).toLowerCase(Locale.ROOT);
        return m.ws().user(r).or(() -> m.ws().users().stream()
                .filter(u -> u.name().equalsIgnoreCase(handle) || handle.equalsIgnoreCase(u.displayName()))
                .findFirst());
    }

    private static ObjectNode match(MethodCall m, Message msg) {
        Conversation c = m.ws().find(msg.channel()).orElseThrow();
        ObjectNode o = MethodCall.body();
        o.put("iid", java.util.UUID.nameUUIDFromBytes(msg.key().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .put("team", m.ws().team().id()).put("type", "message");
        ObjectNode ch = o.putObject("channel");
        ch.put("id", c.id()).put("is_channel", c.type() == ConversationType.PUBLIC_CHANNEL)
                .put("is_group", c.type() == ConversationType.PRIVATE_CHANNEL).put("is_im", c.type() == ConversationType.IM)
                .put("is_mpim", c.type() == ConversationType.MPIM).put("is_private", c.isPrivate())
                .put("is_shared", false).put("is_org_shared", false).put("is_ext_shared", false);
        if (c.name() != null) {
            ch.put("name", c.name());
        }
        o.put("user", msg.user()).put("username", m.ws().user(msg.user()).map(User::name).orElse(""))
                .put("ts", msg.ts()).put("text", msg.text());
        if (msg.botId() != null) {
            o.put("bot_id", msg.botId());
        }
        String link = m.ws().team().url() + "archives/" + c.id() + "/p" + msg.ts().replace(".", "");
        if (msg.isReply()) {
            link += "?thread_ts=" + msg.threadTs() + "&cid=" + c.id();
        }
        o.put("permalink", link).put("no_reactions", msg.reactions().isEmpty());
        return o;
    }

    private static ObjectNode match(MethodCall m, File f) {
        String type = FileTypes.filetype(f.name(), f.snippetType());
        ObjectNode o = MethodCall.body();
        o.put("id", f.id()).put("created", f.created()).put("timestamp", f.created()).put("name", f.name())
                .put("title", f.title()).put("mimetype", FileTypes.mimetype(type)).put("filetype", type)
                .put("pretty_type", FileTypes.pretty(type)).put("user", f.user())
                .put("username", m.ws().user(f.user()).map(User::name).orElse("")).put("editable", false)
                .put("size", f.size()).put("mode", "hosted").put("is_external", false).put("external_type", "")
                .put("is_public", f.channels().stream().map(m.ws()::find).flatMap(Optional::stream)
                        .anyMatch(c -> c.type() == ConversationType.PUBLIC_CHANNEL))
                .put("public_url_shared", false).put("display_as_bot", false);
        ObjectNode full = m.ws().json(f);
        o.set("url_private", full.get("url_private"));
        o.set("permalink", full.get("permalink"));
        return o;
    }
}

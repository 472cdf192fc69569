package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.aside;
import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h4;
import static j2html.TagCreator.hr;
import static j2html.TagCreator.img;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.select;
import static j2html.TagCreator.span;
import static j2html.TagCreator.textarea;
import static j2html.TagCreator.ul;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import j2html.tags.DomContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack as a member sees it: channels and DMs, a channel's messages (the newest {@link #PAGE}, older by link), a
 * thread beside it, reactions, files and Block Kit approximately; and a person's post, reply or reaction through
 * the admin actions scenarios use ({@code POST /_dtu/universes/{id}/slack/as/{person}/{method}}).
 */
final class SlackPage {
    static final int PAGE = 50;

    Response page(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        JsonNode slack = admin.get("/universes/" + Layout.enc(id) + "/state").path("slack");
        Map<String, String> names = userNames(slack);
        List<JsonNode> channels = sorted(slack.path("conversations"), Comparator.comparing(c -> c.path("id").asText()));
        String channel = r.queryParam("channel").orElse(channels.isEmpty() ? "" : channels.get(0).path("id").asText());
        String thread = r.queryParam("thread").orElse(null);
        String before = r.queryParam("before").orElse(null);
        List<JsonNode> all = sorted(slack.path("messages"), Comparator.comparing(m -> m.path("ts").asText()));
        List<JsonNode> top = all.stream().filter(m -> m.path("channel").asText().equals(channel)
                && !m.path("reply").asBoolean() && (before == null || m.path("ts").asText().compareTo(before) < 0)).toList();
        List<JsonNode> shown = top.subList(Math.max(0, top.size() - PAGE), top.size());
        String base = Layout.universe(id) + "/slack";
        JsonNode open = slack.path("conversations").path(channel);
        return Layout.page("Slack", id, "slack",
                h1(slack.path("team").elements().hasNext() ? slack.path("team").elements().next().path("name").asText("Slack") : "Slack"),
                Layout.flash(r.queryParam("notice").orElse(null), r.queryParam("error").orElse(null)),
                actingAs(slack, r.queryParam("as").orElse(null)),
                div(aside(h2("Channels"), ul(each(channels, c -> li(a(channelName(c, names))
                                .withHref(Layout.url(base, Layout.params("channel", c.path("id").asText())))
                                .withClass(c.path("id").asText().equals(channel) ? "open" : "")))),
                                h2("App"), ul(li(a("App Home and modals (" + slack.path("views").size() + ")")
                                        .withHref(base + "/surfaces").withId("surfaces-link")))).withClass("sidebar"),
                        section(h2(channelName(open, names)), p(open.path("topic").path("value").asText("")).withClass("topic"),
                                top.size() > shown.size() ? a("← older messages").withHref(Layout.url(base,
                                        Layout.params("channel", channel, "before", shown.get(0).path("ts").asText()))) : null,
                                div(each(shown, m -> message(m, names, base, channel, slack, true))).withClass("messages"),
                                shown.isEmpty() ? Layout.empty("No messages.") : null,
                                postForm(id, channel, null, slack)).withClass("channel"),
                        thread == null ? null : threadPanel(all, thread, channel, names, base, id, slack))
                        .withClass("slack"));
    }

    private static DomContent threadPanel(List<JsonNode> all, String thread, String channel, Map<String, String> names,
                                          String base, String id, JsonNode slack) {
        List<JsonNode> messages = all.stream().filter(m -> m.path("channel").asText().equals(channel)
                && (m.path("ts").asText().equals(thread) || thread.equals(m.path("threadTs").asText(null)))).toList();
        return aside(h2("Thread"), div(each(messages, m -> message(m, names, base, channel, slack, false))).withClass("messages"),
                postForm(id, channel, thread, slack)).withClass("thread");
    }

    private static DomContent message(JsonNode m, Map<String, String> names, String base, String channel, JsonNode slack,
                                      boolean inChannel) {
        String ts = m.path("ts").asText();
        String author = m.hasNonNull("user") ? names.getOrDefault(m.path("user").asText(), m.path("user").asText())
                : m.path("username").asText(m.path("botId").asText("app"));
        int replies = m.path("replyCount").asInt();
        return div(div(span(author).withClass("author"), span(time(ts)).withClass("time").withTitle(ts)),
                div(m.path("text").asText("")).withClass("text"),
                blocks(m.path("blocks")),
                files(m.path("files"), slack.path("files"), base),
                m.path("reactions").isEmpty() ? null : div(each(list(m.path("reactions")), x ->
                        span(":" + x.path("name").asText() + ": " + x.path("users").size()).withClass("reaction")
                                .withTitle(String.join(", ", list(x.path("users")).stream()
                                        .map(u -> names.getOrDefault(u.asText(), u.asText())).toList())))).withClass("reactions"),
                inChannel && replies > 0 ? a(replies + (replies == 1 ? " reply" : " replies"))
                        .withHref(Layout.url(base, Layout.params("channel", channel, "thread", ts))).withClass("replies") : null,
                inChannel && replies == 0 ? a("reply").withHref(Layout.url(base, Layout.params("channel", channel, "thread", ts)))
                        .withClass("replies") : null,
                reactForm(base, channel, ts, slack))
                .withClass("message").withData("ts", ts);
    }

    /** A message's files: name and size, and a preview when the file is an image (recognised by its bytes). */
    private static DomContent files(JsonNode ids, JsonNode files, String base) {
        if (ids.isEmpty()) {
            return null;
        }
        return ul(each(list(ids), id -> {
            JsonNode f = files.path(id.asText());
            String name = f.path("title").asText(f.path("name").asText(id.asText()));
            boolean image = !f.path("deleted").asBoolean() && Previews.imageType(f.path("content").asText(null)).isPresent();
            return li(span("file: ").withClass("label"), span(name), span(" " + f.path("length").asLong() + " bytes").withClass("time"),
                    image ? div(img().withSrc(base + "/files/" + Layout.enc(id.asText()))
                            .withAlt(f.path("altTxt").asText(name)).attr("loading", "lazy")).withClass("preview") : null)
                    .withClass("file").withData("file", id.asText());
        })).withClass("files");
    }

    /** A file's image preview ({@code GET /_dtu/universes/{id}/state}: its bytes are in the state, base64). */
    Response file(Request r, Map<String, String> p, AdminCalls admin) {
        JsonNode f = admin.get("/universes/" + Layout.enc(p.get("id")) + "/state").path("slack").path("files").path(p.get("file"));
        if (f.isMissingNode() || f.path("deleted").asBoolean()) {
            throw new ConsoleException(404, "no Slack file " + p.get("file"));
        }
        return Previews.image(f.path("content").asText(null), "Slack file " + p.get("file"));
    }

    /** Block Kit, approximately: sections, headers, context, dividers, images, buttons and inputs. */
    static DomContent blocks(JsonNode blocks) {
        return blocks(blocks, MISSING);
    }

    private static final JsonNode MISSING = com.fasterxml.jackson.databind.node.MissingNode.getInstance();

    /** @param values a view's {@code state.values} (block_id → action_id → what the person entered) */
    static DomContent blocks(JsonNode blocks, JsonNode values) {
        if (!blocks.isArray() || blocks.isEmpty()) {
            return null;
        }
        return div(each(list(blocks), b -> switch (b.path("type").asText()) {
            case "header" -> h4(b.path("text").path("text").asText());
            case "divider" -> hr();
            case "section" -> div(p(b.path("text").path("text").asText("")),
                    each(list(b.path("fields")), f -> span(f.path("text").asText()).withClass("field")),
                    element(b.path("accessory"))).withClass("block section");
            case "context" -> div(each(list(b.path("elements")), e -> span(e.path("text").asText(e.path("alt_text").asText(""))))).withClass("block context");
            case "actions" -> div(each(list(b.path("elements")), e -> element(e))).withClass("block actions");
            case "input" -> div(label(span(b.path("label").path("text").asText("")),
                    element(b.path("element"), values.path(b.path("block_id").asText()).path(b.path("element").path("action_id").asText()))))
                    .withClass("block input");
            case "image" -> div("[image: " + b.path("alt_text").asText("") + "]").withClass("block image");
            default -> div("[" + b.path("type").asText("block") + "]").withClass("block");
        })).withClass("blocks");
    }

    private static DomContent element(JsonNode e) {
        return element(e, MISSING);
    }

    /** An element, with what the person entered in it when it is a view's input ({@code state.values}). */
    private static DomContent element(JsonNode e, JsonNode entered) {
        if (e.isMissingNode() || e.isNull()) {
            return null;
        }
        String value = enteredText(entered);
        return switch (e.path("type").asText()) {
            case "button" -> button(e.path("text").path("text").asText("button")).isDisabled().withClass("kit");
            case "plain_text_input" -> input().isDisabled().withPlaceholder(e.path("placeholder").path("text").asText(""))
                    .withCondValue(value != null, value);
            default -> span("[" + e.path("type").asText() + (value == null ? "" : ": " + value) + "]").withClass("kit");
        };
    }

    /** What a person entered in an input, as Slack's view state holds it (value, selected option(s), date, user...). */
    private static String enteredText(JsonNode v) {
        if (!v.isObject()) {
            return null;
        }
        if (v.hasNonNull("value")) {
            return v.path("value").asText();
        }
        if (v.path("selected_option").isObject()) {
            return v.path("selected_option").path("text").path("text").asText(v.path("selected_option").path("value").asText());
        }
        for (String many : List.of("selected_options", "selected_users", "selected_conversations", "selected_channels")) {
            if (v.path(many).isArray()) {
                return String.join(", ", list(v.path(many)).stream()
                        .map(o -> o.isTextual() ? o.asText() : o.path("text").path("text").asText(o.path("value").asText())).toList());
            }
        }
        for (String one : List.of("selected_date", "selected_time", "selected_date_time", "selected_user",
                "selected_conversation", "selected_channel")) {
            if (v.hasNonNull(one)) {
                return v.path(one).asText();
            }
        }
        return null;
    }

    /**
     * The app's surfaces as each person sees them: their App Home (views.publish) and their open modals
     * (views.open/push/update), each modal's top view whole and the views pushed beneath it by title.
     */
    Response surfaces(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        JsonNode slack = admin.get("/universes/" + Layout.enc(id) + "/state").path("slack");
        Map<String, String> names = userNames(slack);
        Map<String, List<JsonNode>> byPerson = new LinkedHashMap<>();
        sorted(slack.path("views"), Comparator.comparing(v -> v.path("id").asText()))
                .forEach(v -> byPerson.computeIfAbsent(v.path("parent").asText(), k -> new ArrayList<>()).add(v.path("body")));
        return Layout.page("Slack App Home and modals", id, "slack",
                h1("App Home and modals"),
                p(a("← channels").withHref(Layout.universe(id) + "/slack")),
                byPerson.isEmpty() ? Layout.empty("No person has an App Home or an open modal (views.publish, views.open).") : null,
                each(byPerson.entrySet().stream().toList(), e -> section(h2(names.getOrDefault(e.getKey(), e.getKey())),
                        div(each(e.getValue().stream().filter(v -> !v.path("type").asText().equals("modal")).toList(),
                                        v -> surface("App Home", v)),
                                each(modals(e.getValue()), stack -> surface("Modal", stack.get(stack.size() - 1))
                                        .with(stack.size() == 1 ? null : p("beneath: " + String.join(" ‹ ", stack.subList(0,
                                                stack.size() - 1).stream().map(v -> v.path("title").path("text").asText()).toList()))
                                                .withClass("time")))).withClass("surfaces"))
                        .withData("person", e.getKey())));
    }

    /** The person's modal views as stacks (sharing a root_view_id), each from the root up. */
    private static List<List<JsonNode>> modals(List<JsonNode> views) {
        Map<String, List<JsonNode>> stacks = new LinkedHashMap<>();
        views.stream().filter(v -> v.path("type").asText().equals("modal"))
                .forEach(v -> stacks.computeIfAbsent(v.path("root_view_id").asText(v.path("id").asText()), k -> new ArrayList<>()).add(v));
        return List.copyOf(stacks.values());
    }

    private static j2html.tags.specialized.DivTag surface(String kind, JsonNode v) {
        String title = v.path("title").path("text").asText("");
        return div(h4(span(kind).withClass("label"), span(title.isEmpty() ? "" : " · " + title)),
                blocks(v.path("blocks"), v.path("state").path("values")),
                v.path("submit").isObject() || v.path("close").isObject() ? div(
                        v.path("close").isObject() ? button(v.path("close").path("text").asText()).isDisabled() : null,
                        v.path("submit").isObject() ? button(v.path("submit").path("text").asText()).isDisabled() : null)
                        .withClass("modal-buttons") : null)
                .withClass("surface " + (kind.equals("Modal") ? "modal" : "home")).withData("view", v.path("id").asText())
                .attr("role", "group").attr("aria-label", kind + (title.isEmpty() ? "" : ": " + title));
    }

    private static DomContent actingAs(JsonNode slack, String chosen) {
        return form(label(j2html.TagCreator.text("acting as "), select(each(people(slack), u -> option(u.path("realName")
                .asText(u.path("name").asText())).withValue(person(u)).withCondSelected(person(u).equals(chosen))))
                .withId("acting-as"))).withClass("acting");
    }

    private static DomContent postForm(String id, String channel, String thread, JsonNode slack) {
        return form(input().withType("hidden").withName("method").withValue("chat.postMessage"),
                input().withType("hidden").withName("channel").withValue(channel),
                thread == null ? null : input().withType("hidden").withName("thread_ts").withValue(thread),
                asField(slack),
                textarea().withName("text").attr("rows", "2").isRequired()
                        .withPlaceholder(thread == null ? "Message as the person acting" : "Reply in thread"),
                button(thread == null ? "Send" : "Reply"))
                .withMethod("post").withAction(Layout.universe(id) + "/slack/act").withClass("post");
    }

    private static DomContent reactForm(String base, String channel, String ts, JsonNode slack) {
        return form(input().withType("hidden").withName("method").withValue("reactions.add"),
                input().withType("hidden").withName("channel").withValue(channel),
                input().withType("hidden").withName("timestamp").withValue(ts),
                asField(slack),
                input().withName("name").withPlaceholder("emoji").attr("size", "8").isRequired(),
                button("React")).withMethod("post").withAction(base + "/act").withClass("react");
    }

    /** Who acts: the first person, kept in step with "acting as" by console.js. */
    private static DomContent asField(JsonNode slack) {
        List<JsonNode> people = people(slack);
        return input().withType("hidden").withName("as").withClass("as").withValue(people.isEmpty() ? "" : person(people.get(0)));
    }

    Response act(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        Map<String, String> form = AdminCalls.form(r);
        String method = form.getOrDefault("method", "");
        Map<String, Object> args = new LinkedHashMap<>();
        String back = Layout.url(Layout.universe(id) + "/slack", Layout.params("channel", form.get("channel"),
                "thread", form.get("thread_ts"), "as", form.get("as")));
        switch (method) {
            case "chat.postMessage" -> {
                args.put("channel", form.getOrDefault("channel", ""));
                args.put("text", form.getOrDefault("text", ""));
                if (!form.getOrDefault("thread_ts", "").isEmpty()) {
                    args.put("thread_ts", form.get("thread_ts"));
                }
            }
            case "reactions.add" -> {
                args.put("channel", form.getOrDefault("channel", ""));
                args.put("timestamp", form.getOrDefault("timestamp", ""));
                args.put("name", form.getOrDefault("name", "").replace(":", ""));
            }
            default -> throw new ConsoleException(400, "no Slack action " + method);
        }
        AdminCalls.Answer a = admin.send("POST", "/universes/" + Layout.enc(id) + "/slack/as/"
                + Layout.enc(form.getOrDefault("as", "")) + "/" + method, args);
        boolean ok = a.ok() && a.body() != null && a.body().path("ok").asBoolean(false);
        return ok ? Layout.redirect(back, "notice", method + " as " + form.get("as"))
                : Layout.redirect(back, "error", method + " failed: " + (a.body() == null ? a.message()
                        : a.body().path("error").asText(a.message())));
    }

    private static List<JsonNode> people(JsonNode slack) {
        return sorted(slack.path("users"), Comparator.comparing(u -> u.path("id").asText())).stream()
                .filter(u -> !u.path("isBot").asBoolean() && !u.path("deleted").asBoolean()).toList();
    }

    private static String person(JsonNode u) {
        return u.path("person").asText(u.path("id").asText());
    }

    private static Map<String, String> userNames(JsonNode slack) {
        Map<String, String> names = new LinkedHashMap<>();
        slack.path("users").forEach(u -> names.put(u.path("id").asText(),
                u.path("realName").asText(u.path("name").asText())));
        return names;
    }

    private static String channelName(JsonNode c, Map<String, String> names) {
        if (c.isMissingNode()) {
            return "(no channel)";
        }
        if (c.hasNonNull("name") && !c.path("name").asText().isEmpty()) {
            return (c.path("private").asBoolean() ? "🔒" : "#") + c.path("name").asText();
        }
        List<String> members = new ArrayList<>();
        c.path("members").forEach(m -> members.add(names.getOrDefault(m.asText(), m.asText())));
        return "DM: " + String.join(", ", members);
    }

    private static String time(String ts) {
        try {
            double seconds = Double.parseDouble(ts);
            return Instant.ofEpochMilli((long) (seconds * 1000)).toString();
        } catch (NumberFormatException e) {
            return ts;
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static List<JsonNode> sorted(JsonNode map, Comparator<JsonNode> order) {
        List<JsonNode> out = list(map);
        out.sort(order);
        return out;
    }
}

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
                                .withClass(c.path("id").asText().equals(channel) ? "open" : ""))))).withClass("sidebar"),
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
                m.path("files").isEmpty() ? null : ul(each(list(m.path("files")), f -> li(span("file: "),
                        span(f.path("name").asText(f.path("title").asText(f.isTextual() ? f.asText() : "file")))))).withClass("files"),
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

    /** Block Kit, approximately: sections, headers, context, dividers, images, buttons and inputs. */
    static DomContent blocks(JsonNode blocks) {
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
            case "actions" -> div(each(list(b.path("elements")), SlackPage::element)).withClass("block actions");
            case "input" -> div(label(b.path("label").path("text").asText("")), element(b.path("element"))).withClass("block input");
            case "image" -> div("[image: " + b.path("alt_text").asText("") + "]").withClass("block image");
            default -> div("[" + b.path("type").asText("block") + "]").withClass("block");
        })).withClass("blocks");
    }

    private static DomContent element(JsonNode e) {
        if (e.isMissingNode() || e.isNull()) {
            return null;
        }
        return switch (e.path("type").asText()) {
            case "button" -> button(e.path("text").path("text").asText("button")).isDisabled().withClass("kit");
            case "plain_text_input" -> input().isDisabled().withPlaceholder(e.path("placeholder").path("text").asText(""));
            default -> span("[" + e.path("type").asText() + "]").withClass("kit");
        };
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

package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.textarea;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Universes: the list, one universe's overview, and the admin actions on them (create, fork, snapshot, ...). */
final class UniversesPage {

    Response list(Request r, Map<String, String> p, AdminCalls admin) {
        JsonNode all = admin.get("/universes").path("universes");
        List<JsonNode> rows = new ArrayList<>();
        all.forEach(rows::add);
        return Layout.page("Universes", null, null,
                h1("Universes"),
                Layout.flash(r.queryParam("notice").orElse(null), r.queryParam("error").orElse(null)),
                table(thead(tr(th("name"), th("id"), th("created"), th("live counts"))),
                        tbody(each(rows, u -> tr(
                                td(a(u.path("name").asText()).withHref(Layout.universe(u.path("id").asText()))),
                                td(u.path("id").asText()).withClass("mono"),
                                td(u.path("createdAt").asText()),
                                td(counts(u.path("id").asText())).withClass("counts")))))
                        .withId("universes"),
                lineage(rows, admin),
                createForm());
    }

    /**
     * The universes as a tree: each under the universe it was forked from ({@code forkedFrom}), with its snapshots
     * and, under a snapshot, the universes it was restored into ({@code restoredFrom}).
     */
    private static DomContent lineage(List<JsonNode> universes, AdminCalls admin) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        universes.forEach(u -> byId.put(u.path("id").asText(), u));
        Map<String, List<JsonNode>> forks = new LinkedHashMap<>();
        Map<String, List<JsonNode>> restores = new LinkedHashMap<>();
        List<JsonNode> roots = new ArrayList<>();
        for (JsonNode u : universes) {
            String parent = u.path("forkedFrom").path("universe").asText(null);
            (parent != null && byId.containsKey(parent) ? forks.computeIfAbsent(parent, k -> new ArrayList<>()) : roots).add(u);
            String snapshot = u.path("restoredFrom").path("snapshot").asText(null);
            if (snapshot != null) {
                restores.computeIfAbsent(snapshot, k -> new ArrayList<>()).add(u);
            }
        }
        Tree tree = new Tree(byId, forks, restores, admin);
        return section(h2("Lineage"), ul(each(roots, tree::node)).withClass("tree lineage"))
                .withId("lineage").attr("aria-label", "forks and snapshots of the universes");
    }

    private record Tree(Map<String, JsonNode> byId, Map<String, List<JsonNode>> forks,
                        Map<String, List<JsonNode>> restores, AdminCalls admin) {
        DomContent node(JsonNode u) {
            String id = u.path("id").asText();
            JsonNode from = u.path("forkedFrom");
            List<DomContent> children = new ArrayList<>();
            // a universe deleted since the list was read has no snapshots left to show
            AdminCalls.Answer taken = admin.tryGet("/universes/" + Layout.enc(id) + "/snapshots", Map.of());
            (taken.ok() ? taken.body().path("snapshots") : Json.array()).forEach(s -> children.add(
                    li(span("snapshot ").withClass("label"), span(s.asText()).withClass("mono"),
                            restores.containsKey(s.asText()) ? ul(each(restores.get(s.asText()), r -> li(
                                    span("restored into ").withClass("label"), link(r)))) : null)
                            .withClass("snapshot").withData("snapshot", s.asText())));
            forks.getOrDefault(id, List.of()).forEach(f -> children.add(node(f)));
            return li(link(u), from.isObject() && !byId.containsKey(from.path("universe").asText())
                            ? span(" forked from " + from.path("universe").asText() + " (deleted)").withClass("label") : null,
                    u.path("restoredFrom").isObject() ? span(" restored from " + u.path("restoredFrom").path("snapshot").asText())
                            .withClass("label") : null,
                    children.isEmpty() ? null : ul(each(children, c -> c)))
                    .withClass("universe").withData("universe", id);
        }

        private static DomContent link(JsonNode u) {
            return a(u.path("name").asText()).withHref(Layout.universe(u.path("id").asText()))
                    .withTitle(u.path("id").asText());
        }
    }

    /** The live counts cell: fetched after load and every few seconds (htmx). */
    private static DomContent counts(String id) {
        return span("…").attr("hx-get", Layout.ROOT + "/counts/" + Layout.enc(id))
                .attr("hx-trigger", "load, every 3s").attr("hx-swap", "innerHTML");
    }

    private static DomContent createForm() {
        return section(h2("Create a universe"),
                form(label(j2html.TagCreator.text("name "), input().withName("name").withPlaceholder("optional")),
                        label(j2html.TagCreator.text("seed (JSON or YAML; empty for the default company)"),
                                textarea().withName("seed").attr("rows", "6")),
                        button("Create").withType("submit"))
                        .withMethod("post").withAction(Layout.ROOT + "/universes").withId("create"));
    }

    /** How many entities each twin holds, read from the universe's state. */
    Response counts(Request r, Map<String, String> p, AdminCalls admin) {
        JsonNode state = admin.get("/universes/" + Layout.enc(p.get("id")) + "/state");
        return Layout.fragment(countList(state));
    }

    static DomContent countList(JsonNode state) {
        List<DomContent> twins = new ArrayList<>();
        state.fields().forEachRemaining(twin -> {
            int total = 0;
            StringBuilder detail = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> it = twin.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = it.next();
                int n = kind.getValue().size();
                total += n;
                detail.append(detail.isEmpty() ? "" : ", ").append(kind.getKey()).append(' ').append(n);
            }
            twins.add(span(span(twin.getKey()).withClass("twin"), span(" " + total)).withTitle(detail.toString())
                    .withClass("count").withData("twin", twin.getKey()));
        });
        return span(each(twins, t -> t));
    }

    Response create(Request r, Map<String, String> p, AdminCalls admin) {
        Map<String, String> form = AdminCalls.form(r);
        ObjectNode body = Json.object();
        String name = form.getOrDefault("name", "").trim();
        if (!name.isEmpty()) {
            body.put("name", name);
        }
        String seed = form.getOrDefault("seed", "").trim();
        if (!seed.isEmpty()) {
            try {
                body.set("seed", Json.YAML.readTree(seed));
            } catch (Exception e) {
                return Layout.redirect(Layout.ROOT, "error", "the seed is not valid JSON or YAML: " + e.getMessage());
            }
        }
        AdminCalls.Answer a = admin.send("POST", "/universes", body);
        return a.ok() ? Layout.redirect(Layout.universe(a.body().path("id").asText()), "notice", "created")
                : Layout.redirect(Layout.ROOT, "error", a.message());
    }

    Response overview(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        JsonNode u = admin.get("/universes/" + Layout.enc(id));
        String uid = u.path("id").asText();
        JsonNode state = admin.get("/universes/" + Layout.enc(uid) + "/state");
        return Layout.page(u.path("name").asText(), uid, null,
                h1(u.path("name").asText()),
                Layout.flash(r.queryParam("notice").orElse(null), r.queryParam("error").orElse(null)),
                div(span("id ").withClass("label"), span(uid).withClass("mono"),
                        span(" created ").withClass("label"), span(u.path("createdAt").asText())),
                parents(u),
                section(h2("Live counts"), div(countList(state)).attr("hx-get", Layout.ROOT + "/counts/" + Layout.enc(uid))
                        .attr("hx-trigger", "every 3s").withId("counts")),
                actions(uid),
                snapshots(uid, admin.get("/universes/" + Layout.enc(uid) + "/snapshots").path("snapshots")),
                section(h2("How apps reach it"), pre(Json.text(u.path("twins"))).withClass("json")));
    }

    /** Where the universe's state came from: the universe it was forked from, the snapshot restored into it. */
    private static DomContent parents(JsonNode u) {
        JsonNode fork = u.path("forkedFrom");
        JsonNode restore = u.path("restoredFrom");
        if (!fork.isObject() && !restore.isObject()) {
            return null;
        }
        return div(fork.isObject() ? span(span("forked from ").withClass("label"),
                        a(fork.path("universe").asText()).withHref(Layout.universe(fork.path("universe").asText())),
                        span(" at " + fork.path("at").asText()).withClass("time")) : null,
                restore.isObject() ? span(span(" restored from ").withClass("label"),
                        span(restore.path("snapshot").asText()).withClass("mono"), span(" of ").withClass("label"),
                        a(restore.path("universe").asText()).withHref(Layout.universe(restore.path("universe").asText())),
                        span(" at " + restore.path("at").asText()).withClass("time")) : null).withClass("parents");
    }

    /** The universe's snapshots, each restorable with one click. */
    private static DomContent snapshots(String id, JsonNode ids) {
        List<JsonNode> list = new ArrayList<>();
        ids.forEach(list::add);
        return section(h2("Snapshots"), list.isEmpty() ? Layout.empty("None yet: Snapshot takes one.")
                : table(tbody(each(list, s -> tr(td(s.asText()).withClass("mono"), td(form(
                        input().withType("hidden").withName("snapshot").withValue(s.asText()), button("Restore"))
                        .withMethod("post").withAction(Layout.universe(id) + "/restore")))))).withId("snapshots"));
    }

    private static DomContent actions(String id) {
        String base = Layout.universe(id);
        return section(h2("Actions"),
                div(form(input().withName("name").withPlaceholder("fork name (optional)"), button("Fork"))
                                .withMethod("post").withAction(base + "/fork"),
                        form(button("Snapshot")).withMethod("post").withAction(base + "/snapshot"),
                        form(input().withName("snapshot").withPlaceholder("s-… snapshot id").isRequired(), button("Restore"))
                                .withMethod("post").withAction(base + "/restore"),
                        form(button("Reset to seed")).withMethod("post").withAction(base + "/reset"),
                        form(button("Delete").withClass("danger")).withMethod("post").withAction(base + "/delete")
                                .withData("confirm", "Delete this universe?"))
                        .withClass("actions"));
    }

    /** fork, snapshot, restore, reset, delete: the admin API's own calls. */
    Response act(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        String path = "/universes/" + Layout.enc(id);
        Map<String, String> form = AdminCalls.form(r);
        return switch (p.get("action")) {
            case "fork" -> {
                ObjectNode body = Json.object();
                String name = form.getOrDefault("name", "").trim();
                if (!name.isEmpty()) {
                    body.put("name", name);
                }
                AdminCalls.Answer a = admin.send("POST", path + "/fork", body);
                yield a.ok() ? Layout.redirect(Layout.universe(a.body().path("id").asText()), "notice",
                        "forked from " + id) : Layout.redirect(Layout.universe(id), "error", a.message());
            }
            case "snapshot" -> done(id, admin.send("POST", path + "/snapshots", null),
                    a -> "snapshot " + a.body().path("snapshot").asText());
            case "restore" -> done(id, admin.send("POST", path + "/restore",
                    Map.of("snapshot", form.getOrDefault("snapshot", "").trim())), a -> "restored");
            case "reset" -> done(id, admin.send("POST", path + "/reset", null), a -> "reset to its seed");
            case "delete" -> {
                AdminCalls.Answer a = admin.send("DELETE", path, null);
                yield a.ok() ? Layout.redirect(Layout.ROOT, "notice", "deleted " + id)
                        : Layout.redirect(Layout.universe(id), "error", a.message());
            }
            default -> throw new ConsoleException(404, "no action " + p.get("action"));
        };
    }

    private static Response done(String id, AdminCalls.Answer a, java.util.function.Function<AdminCalls.Answer, String> notice) {
        return a.ok() ? Layout.redirect(Layout.universe(id), "notice", notice.apply(a))
                : Layout.redirect(Layout.universe(id), "error", a.message());
    }
}

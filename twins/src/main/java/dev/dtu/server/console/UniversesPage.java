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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.Iterator;
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
                createForm());
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
                section(h2("Live counts"), div(countList(state)).attr("hx-get", Layout.ROOT + "/counts/" + Layout.enc(uid))
                        .attr("hx-trigger", "every 3s").withId("counts")),
                actions(uid),
                snapshots(uid, admin.get("/universes/" + Layout.enc(uid) + "/snapshots").path("snapshots")),
                section(h2("How apps reach it"), pre(Json.text(u.path("twins"))).withClass("json")));
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

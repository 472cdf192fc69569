package dev.dtu.server.console;

import static j2html.TagCreator.button;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.textarea;

import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import java.util.Map;

/**
 * A universe's fault rules and settings as the admin API shows them, edited as JSON or YAML and saved with
 * {@code PUT /_dtu/universes/{id}/faults|settings}: the admin API's own checks answer (a wrong field name, an
 * unknown operation), and a refused text stays in the box beside the message.
 */
final class FaultsPage {

    Response page(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        String path = "/universes/" + Layout.enc(id);
        return show(id, Json.text(admin.get(path + "/faults")), Json.text(admin.get(path + "/settings")),
                r.queryParam("notice").orElse(null), null, 200);
    }

    Response save(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        String what = p.get("what");
        if (!what.equals("faults") && !what.equals("settings")) {
            throw new ConsoleException(404, "no console page " + what);
        }
        String path = "/universes/" + Layout.enc(id);
        String text = AdminCalls.form(r).getOrDefault("text", "");
        AdminCalls.Answer a = admin.sendText("PUT", path + "/" + what, text);
        if (a.ok()) {
            return Layout.redirect(Layout.universe(id) + "/faults", "notice", what + " saved");
        }
        String faults = what.equals("faults") ? text : Json.text(admin.get(path + "/faults"));
        String settings = what.equals("settings") ? text : Json.text(admin.get(path + "/settings"));
        return show(id, faults, settings, null, what + ": " + a.message(), 400);
    }

    private static Response show(String id, String faults, String settings, String notice, String error, int status) {
        String action = Layout.universe(id) + "/faults/";
        return Layout.page(status, "Faults and settings", id, "faults", h1("Faults and settings"),
                Layout.flash(notice, error),
                section(h2("Fault rules"),
                        p("JSON or YAML: {\"rules\": [{\"twin\", \"operation\", \"action\", \"status\", \"probability\", …}]}"),
                        form(textarea(faults).withName("text").attr("rows", "14").withId("faults-text"), button("Save faults"))
                                .withMethod("post").withAction(action + "faults")),
                section(h2("Settings"),
                        form(textarea(settings).withName("text").attr("rows", "10").withId("settings-text"), button("Save settings"))
                                .withMethod("post").withAction(action + "settings")));
    }
}

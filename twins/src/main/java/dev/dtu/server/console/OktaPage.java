package dev.dtu.server.console;

import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.section;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import j2html.tags.DomContent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Okta as its admin console shows it: users with status and factors, groups and members, apps and assignments, the System Log. */
final class OktaPage {
    static final int LOG_PAGE = 100;

    Response page(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        JsonNode okta = admin.get("/universes/" + Layout.enc(id) + "/state").path("okta");
        List<JsonNode> users = SlackPage.sorted(okta.path("users"), Comparator.comparing(u -> u.path("profile").path("login").asText()));
        List<JsonNode> groups = SlackPage.sorted(okta.path("groups"), Comparator.comparing(g -> g.path("profile").path("name")
                .asText(g.path("name").asText())));
        List<JsonNode> memberships = SlackPage.list(okta.path("groupMemberships"));
        List<JsonNode> log = SlackPage.sorted(okta.path("logEvents"), Comparator.comparing((JsonNode e) -> e.path("published").asText())
                .reversed());
        return Layout.page("Okta", id, "okta", h1("Okta"),
                section(h2("Users"), table(thead(tr(th("name"), th("login"), th("status"), th("groups"), th("factors"))),
                        tbody(each(users, u -> user(okta, u, memberships)))).withId("okta-users")),
                section(h2("Groups"), table(thead(tr(th("group"), th("type"), th("members"))),
                        tbody(each(groups, g -> group(okta, g, memberships))))),
                section(h2("Apps"), table(thead(tr(th("app"), th("status"), th("assigned groups"), th("assigned users"))),
                        tbody(each(SlackPage.list(okta.path("apps")), a -> app(okta, a))))),
                section(h2("System Log"), log.isEmpty() ? Layout.empty("No events yet.")
                        : table(thead(tr(th("published"), th("event"), th("message"), th("actor"), th("outcome"))),
                                tbody(each(log.subList(0, Math.min(LOG_PAGE, log.size())), OktaPage::event)))
                                .withId("okta-log")));
    }

    private static DomContent user(JsonNode okta, JsonNode u, List<JsonNode> memberships) {
        String groups = memberships.stream().filter(m -> m.path("userId").asText().equals(u.path("id").asText()))
                .map(m -> groupName(okta.path("groups").path(m.path("groupId").asText()))).collect(Collectors.joining(", "));
        JsonNode profile = u.path("profile");
        return tr(td(profile.path("firstName").asText("") + " " + profile.path("lastName").asText("")),
                td(profile.path("login").asText()), td(u.path("status").asText()).withClass("status"), td(groups),
                td(factors(okta, u.path("id").asText())));
    }

    private static DomContent group(JsonNode okta, JsonNode g, List<JsonNode> memberships) {
        String members = memberships.stream().filter(m -> m.path("groupId").asText().equals(g.path("id").asText()))
                .map(m -> login(okta, m.path("userId").asText())).collect(Collectors.joining(", "));
        return tr(td(groupName(g)), td(g.path("type").asText()), td(members));
    }

    private static DomContent app(JsonNode okta, JsonNode a) {
        return tr(td(a.path("label").asText()), td(a.path("status").asText()),
                td(assigned(okta.path("appGroups"), a, "groupId", g -> groupName(okta.path("groups").path(g)))),
                td(assigned(okta.path("appUsers"), a, "userId", u -> login(okta, u))));
    }

    private static DomContent event(JsonNode e) {
        return tr(td(e.path("published").asText()), td(e.path("eventType").asText()), td(e.path("displayMessage").asText()),
                td(e.path("actor").path("alternateId").asText(e.path("actor").path("displayName").asText(""))),
                td(e.path("result").asText()));
    }

    private static String factors(JsonNode okta, String userId) {
        return SlackPage.list(okta.path("factors")).stream().filter(f -> f.path("userId").asText().equals(userId))
                .map(f -> f.path("factorType").asText(f.path("type").asText()) + " " + f.path("status").asText())
                .collect(Collectors.joining(", "));
    }

    private static String assigned(JsonNode links, JsonNode app, String field, java.util.function.Function<String, String> name) {
        return SlackPage.list(links).stream().filter(l -> l.path("appId").asText().equals(app.path("id").asText()))
                .map(l -> name.apply(l.path(field).asText())).collect(Collectors.joining(", "));
    }

    private static String groupName(JsonNode g) {
        return g.path("profile").path("name").asText(g.path("name").asText(g.path("id").asText()));
    }

    private static String login(JsonNode okta, String userId) {
        return okta.path("users").path(userId).path("profile").path("login").asText(userId);
    }
}

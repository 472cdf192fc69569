package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.img;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.select;
import static j2html.TagCreator.span;
import static j2html.TagCreator.table;
import static j2html.TagCreator.td;
import static j2html.TagCreator.textarea;
import static j2html.TagCreator.th;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import j2html.tags.DomContent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira as its users see it: projects, a project's board by status, an issue's page (its ADF description rendered,
 * comments, history); and a comment or transition as a person through the admin actions
 * ({@code POST /_dtu/universes/{id}/jira/issues/{key}/comments|transitions}).
 */
final class JiraPage {

    Response page(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        JsonNode jira = admin.get("/universes/" + Layout.enc(id) + "/state").path("jira");
        String base = Layout.universe(id) + "/jira";
        List<JsonNode> projects = SlackPage.sorted(jira.path("projects"), Comparator.comparing(x -> x.path("key").asText()));
        String issueKey = r.queryParam("issue").orElse(null);
        JsonNode issue = issueKey == null ? null : SlackPage.list(jira.path("issues")).stream()
                .filter(i -> i.path("key").asText().equals(issueKey)).findFirst().orElse(null);
        String projectKey = r.queryParam("project").orElse(projects.isEmpty() ? "" : projects.get(0).path("key").asText());
        return Layout.page("Jira", id, "jira",
                h1(jira.path("settings").elements().hasNext()
                        ? jira.path("settings").elements().next().path("siteTitle").asText("Jira") : "Jira"),
                Layout.flash(r.queryParam("notice").orElse(null), r.queryParam("error").orElse(null)),
                div(each(projects, x -> a(x.path("key").asText() + " · " + x.path("name").asText())
                        .withHref(Layout.url(base, Layout.params("project", x.path("key").asText())))
                        .withClass(x.path("key").asText().equals(projectKey) && issue == null ? "tab open" : "tab"))).withClass("tabs"),
                issueKey != null && issue == null ? p("No issue " + issueKey + ".").withClass("flash error") : null,
                issue != null ? issuePage(id, jira, issue, admin) : board(jira, projectKey, base, r.queryParam("sprint").orElse(null)));
    }

    private static DomContent board(JsonNode jira, String projectKey, String base, String sprint) {
        JsonNode project = SlackPage.list(jira.path("projects")).stream()
                .filter(x -> x.path("key").asText().equals(projectKey)).findFirst().orElse(null);
        if (project == null) {
            return Layout.empty("No projects.");
        }
        List<JsonNode> issues = SlackPage.sorted(jira.path("issues"), Comparator.comparing(i -> i.path("id").asLong()))
                .stream().filter(i -> i.path("projectId").asText().equals(project.path("id").asText()))
                .filter(i -> sprint == null || jira.path("agile").path(i.path("id").asText()).path("sprintId").asText().equals(sprint))
                .toList();
        List<JsonNode> statuses = SlackPage.list(project.path("workflow").path("statusIds")).stream()
                .map(s -> jira.path("statuses").path(s.asText())).toList();
        return div(sprints(jira, project, base, sprint), div(each(statuses, s -> div(h3(s.path("name").asText()),
                each(issues.stream().filter(i -> i.path("statusId").asText().equals(s.path("id").asText())).toList(),
                        i -> a(span(i.path("key").asText()).withClass("key"), span(i.path("summary").asText()).withClass("summary"),
                                span(user(jira, i.path("assigneeAccountId").asText(null))).withClass("who"))
                                .withHref(Layout.url(base, Layout.params("issue", i.path("key").asText()))).withClass("card")))
                .withClass("column").withData("status", s.path("name").asText()))).withClass("board"));
    }

    /** The sprints of the project's boards (Jira Software), each one a filter of the board to its issues. */
    private static DomContent sprints(JsonNode jira, JsonNode project, String base, String chosen) {
        java.util.Set<String> boards = new java.util.HashSet<>();
        jira.path("boards").forEach(b -> {
            if (b.path("projectId").asText().equals(project.path("id").asText())) {
                boards.add(b.path("id").asText());
            }
        });
        List<JsonNode> sprints = SlackPage.sorted(jira.path("sprints"), Comparator.comparing(x -> x.path("id").asLong()))
                .stream().filter(x -> boards.contains(x.path("originBoardId").asText())).toList();
        if (sprints.isEmpty()) {
            return null;
        }
        String key = project.path("key").asText();
        return div(span("Sprints: ").withClass("label"),
                a("all issues").withHref(Layout.url(base, Layout.params("project", key))).withClass(chosen == null ? "tab open" : "tab"),
                each(sprints, x -> a(x.path("name").asText() + " · " + x.path("state").asText())
                        .withHref(Layout.url(base, Layout.params("project", key, "sprint", x.path("id").asText())))
                        .withTitle(x.path("goal").asText("") + (x.hasNonNull("endDate") ? " (ends " + x.path("endDate").asText() + ")" : ""))
                        .withClass(x.path("id").asText().equals(chosen) ? "tab open" : "tab")
                        .withData("sprint", x.path("id").asText())))
                .withClass("sprints").attr("role", "navigation").attr("aria-label", "sprints");
    }

    private static DomContent issuePage(String id, JsonNode jira, JsonNode issue, AdminCalls admin) {
        String issueId = issue.path("id").asText();
        List<JsonNode> comments = SlackPage.sorted(jira.path("comments"), Comparator.comparing(c -> c.path("id").asLong()))
                .stream().filter(c -> c.path("issueId").asText().equals(issueId)).toList();
        List<JsonNode> history = SlackPage.sorted(jira.path("changelog"), Comparator.comparing(c -> c.path("id").asLong()))
                .stream().filter(c -> c.path("issueId").asText().equals(issueId)).toList();
        return section(h2(span(issue.path("key").asText()).withClass("key"), span(" " + issue.path("summary").asText())),
                table(field("Status", jira.path("statuses").path(issue.path("statusId").asText()).path("name").asText()),
                        field("Type", jira.path("issueTypes").path(issue.path("issueTypeId").asText()).path("name").asText()),
                        field("Priority", jira.path("priorities").path(issue.path("priorityId").asText()).path("name").asText("")),
                        field("Assignee", user(jira, issue.path("assigneeAccountId").asText(null))),
                        field("Reporter", user(jira, issue.path("reporterAccountId").asText(null))),
                        field("Labels", String.join(", ", SlackPage.list(issue.path("labels")).stream().map(JsonNode::asText).toList())),
                        field("Sprint", sprintOf(jira, issueId)),
                        field("Created", issue.path("created").asText()), field("Updated", issue.path("updated").asText()))
                        .withClass("fields"),
                h3("Description"), div(Adf.render(issue.path("description"))).withClass("description"),
                links(id, jira, issue, admin),
                attachments(id, jira, issueId),
                h3("Comments"), comments.isEmpty() ? Layout.empty("No comments.") : div(each(comments, c -> div(
                        div(span(user(jira, c.path("authorAccountId").asText(null))).withClass("author"),
                                span(" " + c.path("created").asText()).withClass("time")),
                        Adf.render(c.path("body"))).withClass("comment"))),
                h3("History"), history.isEmpty() ? Layout.empty("No changes.") : ul(each(history, h -> li(
                        span(h.path("created").asText() + " " + user(jira, h.path("authorAccountId").asText(null)) + ": "),
                        each(SlackPage.list(h.path("items")), it -> span(it.path("field").asText() + " "
                                + it.path("fromText").asText("") + " → " + it.path("toText").asText("") + "; "))))),
                actions(id, jira, issue));
    }

    /** The issue's open sprint (Jira Software's agile fields), and the closed sprints it was in. */
    private static String sprintOf(JsonNode jira, String issueId) {
        JsonNode agile = jira.path("agile").path(issueId);
        List<String> names = new java.util.ArrayList<>();
        if (agile.hasNonNull("sprintId")) {
            names.add(sprintName(jira, agile.path("sprintId").asText()));
        }
        agile.path("closedSprintIds").forEach(s -> names.add(sprintName(jira, s.asText())));
        return names.isEmpty() ? "Backlog" : String.join(", ", names);
    }

    private static String sprintName(JsonNode jira, String sprintId) {
        JsonNode s = byId(jira.path("sprints"), sprintId);
        return s.path("name").asText(sprintId) + " (" + s.path("state").asText("?") + ")";
    }

    /** Issue links (named by their link type, as Jira's issue view names them) and remote links. */
    private static DomContent links(String id, JsonNode jira, JsonNode issue, AdminCalls admin) {
        String issueId = issue.path("id").asText();
        String base = Layout.universe(id) + "/jira";
        List<DomContent> items = new java.util.ArrayList<>();
        JsonNode types = jira.path("issueLinks").isEmpty() ? MissingNode.getInstance()
                : admin.get("/universes/" + Layout.enc(id) + "/jira/issueLinkTypes").path("issueLinkTypes");
        SlackPage.sorted(jira.path("issueLinks"), Comparator.comparing(l -> l.path("id").asLong())).forEach(l -> {
            boolean outward = l.path("outwardIssueId").asText().equals(issueId);
            if (!outward && !l.path("inwardIssueId").asText().equals(issueId)) {
                return;
            }
            // Jira stores a link from the outward issue ("blocks") to the inward one ("is blocked by")
            JsonNode type = byId(types, l.path("typeId").asText());
            String relation = type.path(outward ? "outward" : "inward").asText("linked to");
            JsonNode other = byId(jira.path("issues"), l.path(outward ? "inwardIssueId" : "outwardIssueId").asText());
            items.add(li(span(relation + " ").withClass("label"), a(span(other.path("key").asText()).withClass("key"),
                    span(other.path("summary").asText())).withHref(Layout.url(base, Layout.params("issue", other.path("key").asText()))))
                    .withData("link", l.path("id").asText()));
        });
        SlackPage.sorted(jira.path("remoteLinks"), Comparator.comparing(l -> l.path("id").asLong())).stream()
                .filter(l -> l.path("issueId").asText().equals(issueId)).forEach(l -> {
                    String url = l.path("object").path("url").asText("");
                    String title = l.path("object").path("title").asText(url);
                    items.add(li(span(l.path("relationship").asText("links to") + " ").withClass("label"),
                            Adf.safeHref(url) ? a(title).withHref(url).attr("rel", "noopener noreferrer nofollow") : span(title))
                            .withClass("remote"));
                });
        return div(h3("Links"), items.isEmpty() ? Layout.empty("No links.") : ul(each(items, i -> i)).withClass("links"));
    }

    /** Attachments: name, type, size and author, with a preview when the bytes are an image. */
    private static DomContent attachments(String id, JsonNode jira, String issueId) {
        List<JsonNode> list = SlackPage.sorted(jira.path("attachments"), Comparator.comparing(x -> x.path("id").asLong()))
                .stream().filter(x -> x.path("issueId").asText().equals(issueId)).toList();
        return div(h3("Attachments"), list.isEmpty() ? Layout.empty("No attachments.") : ul(each(list, x -> li(
                span(x.path("filename").asText()), span(" " + x.path("mimeType").asText() + ", " + x.path("size").asLong()
                        + " bytes, " + user(jira, x.path("authorAccountId").asText(null)) + " " + x.path("created").asText())
                        .withClass("time"),
                Previews.imageType(x.path("data").asText(null)).isEmpty() ? null : div(img()
                        .withSrc(Layout.universe(id) + "/jira/attachments/" + Layout.enc(x.path("id").asText()))
                        .withAlt(x.path("filename").asText()).attr("loading", "lazy")).withClass("preview"))
                .withData("attachment", x.path("id").asText()))).withClass("attachments"));
    }

    /** An attachment's image preview, from the state (its bytes are base64 there). */
    Response attachment(Request r, Map<String, String> p, AdminCalls admin) {
        JsonNode x = byId(admin.get("/universes/" + Layout.enc(p.get("id")) + "/state").path("jira").path("attachments"),
                p.get("attachment"));
        if (x.isMissingNode()) {
            throw new ConsoleException(404, "no Jira attachment " + p.get("attachment"));
        }
        return Previews.image(x.path("data").asText(null), "Jira attachment " + p.get("attachment"));
    }

    private static DomContent actions(String id, JsonNode jira, JsonNode issue) {
        String action = Layout.universe(id) + "/jira/act";
        List<JsonNode> people = SlackPage.sorted(jira.path("users"), Comparator.comparing(u -> u.path("displayName").asText()));
        DomContent as = label(j2html.TagCreator.text("as "), select(each(people, u -> option(u.path("displayName").asText())
                .withValue(u.path("personId").asText(u.path("accountId").asText())))).withName("as"));
        JsonNode project = jira.path("projects").path(issue.path("projectId").asText());
        List<JsonNode> transitions = SlackPage.list(project.path("workflow").path("transitions")).stream()
                .filter(t -> t.path("global").asBoolean() || SlackPage.list(t.path("from")).stream()
                        .anyMatch(f -> f.asText().equals(issue.path("statusId").asText()))).toList();
        String key = issue.path("key").asText();
        return div(form(input().withType("hidden").withName("issue").withValue(key),
                        input().withType("hidden").withName("action").withValue("comment"), as,
                        textarea().withName("body").attr("rows", "3").isRequired().withPlaceholder("Add a comment"),
                        button("Comment")).withMethod("post").withAction(action).withClass("comment-form"),
                form(input().withType("hidden").withName("issue").withValue(key),
                        input().withType("hidden").withName("action").withValue("transition"), as,
                        select(each(transitions, t -> option(t.path("name").asText() + " → "
                                + jira.path("statuses").path(t.path("toStatusId").asText()).path("name").asText())
                                .withValue(t.path("id").asText()))).withName("transition"),
                        button("Transition")).withMethod("post").withAction(action).withClass("transition-form"))
                .withClass("actions");
    }

    Response act(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        Map<String, String> form = AdminCalls.form(r);
        String key = form.getOrDefault("issue", "");
        String path = "/universes/" + Layout.enc(id) + "/jira/issues/" + Layout.enc(key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("as", form.getOrDefault("as", ""));
        AdminCalls.Answer a = switch (form.getOrDefault("action", "")) {
            case "comment" -> {
                body.put("body", form.getOrDefault("body", ""));
                yield admin.send("POST", path + "/comments", body);
            }
            case "transition" -> {
                body.put("transition", form.getOrDefault("transition", ""));
                yield admin.send("POST", path + "/transitions", body);
            }
            default -> throw new ConsoleException(400, "no Jira action " + form.get("action"));
        };
        String back = Layout.url(Layout.universe(id) + "/jira", Layout.params("issue", key));
        return a.ok() ? Layout.redirect(back, "notice", form.get("action") + " as " + form.get("as"))
                : Layout.redirect(back, "error", a.message());
    }

    /** The entity whose {@code id} is this one (the state's keys are not always the vendor's ids). */
    private static JsonNode byId(JsonNode entities, String id) {
        for (JsonNode e : entities) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        return MissingNode.getInstance();
    }

    private static DomContent field(String name, String value) {
        return tr(th(name), td(value));
    }

    private static String user(JsonNode jira, String accountId) {
        if (accountId == null) {
            return "Unassigned";
        }
        return jira.path("users").path(accountId).path("displayName").asText(accountId);
    }
}

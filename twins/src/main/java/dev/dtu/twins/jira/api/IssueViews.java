package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.model.Adf;
import dev.dtu.twins.jira.model.ChangeItem;
import dev.dtu.twins.jira.model.ChangelogEntry;
import dev.dtu.twins.jira.model.Comment;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.IssueLink;
import dev.dtu.twins.jira.model.IssueLinkType;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.Transition;
import java.util.List;
import java.util.Set;

/** The JSON Jira writes for issues and what hangs off them: comments, changelogs, transitions, links. */
public record IssueViews(Views views, String viewer) {
    public static final String EXPAND = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

    public IssueViews(String base, Directory dir) {
        this(new Views(base, dir), null);
    }

    /** Issues as {@code viewer} sees them: {@code votes.hasVoted} and {@code watches.isWatching} are theirs. */
    public IssueViews(String base, Directory dir, String viewer) {
        this(new Views(base, dir), viewer);
    }

    private Directory dir() {
        return views.dir();
    }

    private String base() {
        return views.base();
    }

    public String self(Issue issue) {
        return base() + "/rest/api/3/issue/" + issue.id();
    }

    public ObjectNode issue(Issue issue, FieldSelection selection, Set<String> expand) {
        ObjectNode n = Json.object();
        if (selection.idOnly() && expand.isEmpty()) {
            return n.put("id", issue.id());
        }
        n.put("expand", EXPAND);
        n.put("id", issue.id());
        n.put("self", self(issue));
        n.put("key", issue.key());
        if (expand.contains("renderedFields")) {
            n.set("renderedFields", rendered(issue, selection));
        }
        if (expand.contains("names")) {
            ObjectNode names = n.putObject("names");
            fieldIds(issue).stream().filter(selection::includes).forEach(id -> names.put(id, FieldCatalog.name(dir(), id)));
        }
        if (expand.contains("schema")) {
            ObjectNode schema = n.putObject("schema");
            fieldIds(issue).stream().filter(selection::includes).forEach(id -> schema.set(id, FieldCatalog.schema(views, id)));
        }
        if (expand.contains("transitions")) {
            ArrayNode transitions = n.putArray("transitions");
            dir().transitions(issue).forEach(t -> transitions.add(transition(t)));
        }
        if (expand.contains("changelog")) {
            n.set("changelog", changelogPage(issue));
        }
        n.set("fields", fields(issue, selection));
        return n;
    }

    /** Every field the issue has: the system fields and its project's custom fields. */
    public List<String> fieldIds(Issue issue) {
        List<String> ids = new java.util.ArrayList<>(FieldCatalog.systemIds());
        ids.add("timetracking");
        ids.addAll(dir().projectOf(issue).customFieldIds());
        return ids;
    }

    public ObjectNode fields(Issue issue, FieldSelection selection) {
        ObjectNode f = Json.object();
        for (String id : fieldIds(issue)) {
            if (selection.includes(id) && !(id.equals("parent") && issue.parentId() == null)) {
                f.set(id, field(issue, id));
            }
        }
        return f;
    }

    private JsonNode field(Issue issue, String id) {
        Project project = dir().projectOf(issue);
        return switch (id) {
            case "summary" -> Json.tree(issue.summary());
            case "description" -> issue.description();
            case "issuetype" -> dir().issueType(issue.issueTypeId()).map(views::issueType).orElse(null);
            case "project" -> views.projectRef(project);
            case "status" -> views.status(dir().status(issue.statusId()));
            case "priority" -> dir().priority(issue.priorityId()).map(views::priority).orElse(null);
            case "resolution" -> dir().resolution(issue.resolutionId()).map(views::resolution).orElse(null);
            case "assignee" -> views.userOrNull(issue.assigneeAccountId());
            case "reporter" -> views.userOrNull(issue.reporterAccountId());
            case "creator" -> views.userOrNull(issue.creatorAccountId());
            case "labels" -> Json.tree(issue.labels());
            case "components" -> components(issue, project);
            case "fixVersions" -> versions(issue.fixVersionIds());
            case "versions" -> versions(issue.versionIds());
            case "attachment" -> Json.tree(dir().attachments(issue.id()).stream().map(views::attachment).toList());
            case "created" -> Json.tree(Dates.json(issue.created()));
            case "updated" -> Json.tree(Dates.json(issue.updated()));
            case "resolutiondate" -> Json.tree(Dates.json(issue.resolutionDate()));
            case "statuscategorychangedate" -> Json.tree(Dates.json(issue.statusCategoryChangeDate()));
            case "duedate" -> Json.tree(issue.dueDate() == null ? null : issue.dueDate().toString());
            case "issuelinks" -> links(issue);
            case "parent" -> dir().issue(issue.parentId()).map(this::linked).orElse(null);
            case "subtasks" -> Json.tree(dir().subtasks(issue.id()).stream().map(this::linked).toList());
            case "comment" -> commentsPage(issue, dir().comments(issue.id()), 0, 5000, false);
            case "timetracking" -> timetracking(issue);
            case "votes" -> VotesApi.summary(base(), issue, dir().voters(issue.id()), viewer);
            case "watches" -> WatchersApi.summary(base(), issue, dir().watchers(issue.id()), viewer);
            default -> issue.customFields().get(id);
        };
    }

    /** The time logged on the issue; {} when none, as Jira answers (estimates are not modelled). */
    private ObjectNode timetracking(Issue issue) {
        ObjectNode t = Json.object();
        long spent = dir().worklogs(issue.id()).stream().mapToLong(dev.dtu.twins.jira.model.Worklog::timeSpentSeconds).sum();
        if (spent > 0) {
            t.put("timeSpent", dev.dtu.twins.jira.model.Durations.format(spent)).put("timeSpentSeconds", spent);
        }
        return t;
    }

    private ArrayNode versions(List<String> ids) {
        ArrayNode a = Json.array();
        ids.forEach(id -> dir().version(id).ifPresent(v -> a.add(views.version(v))));
        return a;
    }

    private ArrayNode components(Issue issue, Project project) {
        ArrayNode a = Json.array();
        issue.componentIds().forEach(id -> project.component(id).ifPresent(c -> a.add(views.component(project, c))));
        return a;
    }

    private ObjectNode rendered(Issue issue, FieldSelection selection) {
        ObjectNode r = Json.object();
        if (selection.includes("description")) {
            r.put("description", issue.description() == null ? null : Adf.html(issue.description()));
        }
        if (selection.includes("comment")) {
            r.set("comment", commentsPage(issue, dir().comments(issue.id()), 0, 5000, true));
        }
        for (String id : List.of("created", "updated", "resolutiondate", "statuscategorychangedate")) {
            if (selection.includes(id)) {
                r.put(id, Dates.rendered(switch (id) {
                    case "created" -> issue.created();
                    case "updated" -> issue.updated();
                    case "resolutiondate" -> issue.resolutionDate();
                    default -> issue.statusCategoryChangeDate();
                }));
            }
        }
        return r;
    }

    public ObjectNode comment(Comment c, boolean rendered) {
        ObjectNode n = Json.object();
        n.put("self", base() + "/rest/api/3/issue/" + c.issueId() + "/comment/" + c.id());
        n.put("id", c.id());
        n.set("author", views.userOrNull(c.authorAccountId()));
        n.set("body", c.body());
        if (rendered) {
            n.put("renderedBody", Adf.html(c.body()));
        }
        n.set("updateAuthor", views.userOrNull(c.updateAuthorAccountId()));
        n.put("created", Dates.json(c.created()));
        n.put("updated", Dates.json(c.updated()));
        n.put("jsdPublic", true);
        return n;
    }

    public ObjectNode commentsPage(Issue issue, List<Comment> all, int startAt, int maxResults, boolean rendered) {
        ObjectNode page = Json.object();
        page.put("self", self(issue) + "/comment");
        ArrayNode comments = page.putArray("comments");
        all.stream().skip(startAt).limit(maxResults).forEach(c -> comments.add(comment(c, rendered)));
        page.put("maxResults", maxResults);
        page.put("total", all.size());
        page.put("startAt", startAt);
        return page;
    }

    public ObjectNode changelog(ChangelogEntry e) {
        ObjectNode n = Json.object();
        n.put("id", e.id());
        n.set("author", views.userOrNull(e.authorAccountId()));
        n.put("created", Dates.json(e.created()));
        ArrayNode items = n.putArray("items");
        e.items().forEach(i -> items.add(item(i)));
        return n;
    }

    private static ObjectNode item(ChangeItem i) {
        ObjectNode n = Json.object();
        n.put("field", i.field());
        n.put("fieldtype", i.fieldtype());
        if (i.fieldId() != null) {
            n.put("fieldId", i.fieldId());
        }
        n.put("from", i.from());
        n.put("fromString", i.fromText());
        n.put("to", i.to());
        n.put("toString", i.toText());
        return n;
    }

    /** expand=changelog on an issue: the histories, newest first as Jira sorts them. */
    private ObjectNode changelogPage(Issue issue) {
        List<ChangelogEntry> entries = new java.util.ArrayList<>(dir().changelog(issue.id()));
        java.util.Collections.reverse(entries);
        ObjectNode page = Json.object();
        page.put("startAt", 0);
        page.put("maxResults", entries.size());
        page.put("total", entries.size());
        ArrayNode histories = page.putArray("histories");
        entries.forEach(e -> histories.add(changelog(e)));
        return page;
    }

    public ObjectNode transition(Transition t) {
        ObjectNode n = Json.object();
        n.put("id", t.id());
        n.put("name", t.name());
        n.set("to", views.status(dir().status(t.toStatusId())));
        n.put("hasScreen", false);
        n.put("isGlobal", t.isGlobal());
        n.put("isInitial", false);
        n.put("isAvailable", true);
        n.put("isConditional", false);
        n.put("isLooped", false);
        return n;
    }

    private ArrayNode links(Issue issue) {
        ArrayNode a = Json.array();
        for (IssueLink link : dir().links(issue.id())) {
            IssueLinkType type = IssueLinkType.find(link.typeId()).orElseThrow();
            ObjectNode n = a.addObject();
            n.put("id", link.id());
            n.put("self", base() + "/rest/api/3/issueLink/" + link.id());
            n.set("type", linkType(type));
            boolean isInward = link.inwardIssueId().equals(issue.id());
            String otherId = isInward ? link.outwardIssueId() : link.inwardIssueId();
            dir().issue(otherId).ifPresent(other -> n.set(isInward ? "outwardIssue" : "inwardIssue", linked(other)));
        }
        return a;
    }

    /** GET issueLink/{id}: the link with both of its issues. */
    public ObjectNode issueLink(IssueLink link) {
        ObjectNode n = Json.object().put("id", link.id()).put("self", base() + "/rest/api/3/issueLink/" + link.id());
        n.set("type", linkType(IssueLinkType.find(link.typeId()).orElseThrow()));
        dir().issue(link.inwardIssueId()).ifPresent(i -> n.set("inwardIssue", linked(i)));
        dir().issue(link.outwardIssueId()).ifPresent(i -> n.set("outwardIssue", linked(i)));
        return n;
    }

    public ObjectNode linkType(IssueLinkType type) {
        return Json.object().put("id", type.id()).put("name", type.name()).put("inward", type.inward())
                .put("outward", type.outward()).put("self", base() + "/rest/api/3/issueLinkType/" + type.id());
    }

    private ObjectNode linked(Issue other) {
        ObjectNode n = Json.object().put("id", other.id()).put("key", other.key()).put("self", self(other));
        ObjectNode f = n.putObject("fields");
        f.put("summary", other.summary());
        f.set("status", views.status(dir().status(other.statusId())));
        dir().priority(other.priorityId()).ifPresent(p -> f.set("priority", views.priority(p)));
        dir().issueType(other.issueTypeId()).ifPresent(t -> f.set("issuetype", views.issueType(t)));
        return n;
    }
}

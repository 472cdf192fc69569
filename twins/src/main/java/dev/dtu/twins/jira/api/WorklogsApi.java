package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Adf;
import dev.dtu.twins.jira.model.Durations;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.Worklog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Issue worklogs (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-worklogs/): log, read,
 * page, update, delete, fetch by ids, and the ids changed since a time; the issue's {@code timetracking} field sums
 * them. Logging work needs Work on issues, which the twin grants with Edit issues (its seed has no separate grant).
 * Not modelled: estimates ({@code adjustEstimate} is accepted and ignored), visibility.
 */
final class WorklogsApi {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private WorklogsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/{issueIdOrKey}/worklog", WorklogsApi::list)
                .post("/rest/api/3/issue/{issueIdOrKey}/worklog", WorklogsApi::add)
                .get("/rest/api/3/issue/{issueIdOrKey}/worklog/{id}", WorklogsApi::get)
                .put("/rest/api/3/issue/{issueIdOrKey}/worklog/{id}", WorklogsApi::update)
                .delete("/rest/api/3/issue/{issueIdOrKey}/worklog/{id}", WorklogsApi::delete)
                .post("/rest/api/3/worklog/list", WorklogsApi::byIds)
                .get("/rest/api/3/worklog/updated", WorklogsApi::updatedSince);
    }

    static Response list(ApiCall c) {
        Issue issue = c.issue();
        List<Worklog> all = c.dir().worklogs(issue.id());
        int startAt = Math.max(0, c.intQuery("startAt", 0));
        int maxResults = Math.clamp(c.intQuery("maxResults", 5000), 0, 5000);
        ObjectNode page = Json.object().put("startAt", startAt).put("maxResults", maxResults).put("total", all.size());
        ArrayNode items = page.putArray("worklogs");
        all.stream().skip(startAt).limit(maxResults).forEach(w -> items.add(view(c, w)));
        return Response.json(200, page);
    }

    static Response add(ApiCall c) {
        Issue issue = c.issue();
        mayLog(c, issue);
        JsonNode body = c.objectBody();
        long seconds = seconds(body).orElseThrow(() -> JiraException.field("timeLogged", "You must indicate the time spent working."));
        JsonNode comment = comment(body);
        Instant started = started(body);
        Worklog w = c.write(site -> site.addWorklog(c.actor().accountId(), issue, comment, started, seconds));
        return Response.json(201, view(c, w));
    }

    static Response get(ApiCall c) {
        Issue issue = c.issue();
        return Response.json(200, view(c, worklog(c, issue)));
    }

    static Response update(ApiCall c) {
        Issue issue = c.issue();
        mayLog(c, issue);
        Worklog existing = worklog(c, issue);
        JsonNode body = c.objectBody();
        Long seconds = seconds(body).orElse(null);
        JsonNode comment = comment(body);
        Instant started = body.has("started") ? started(body) : null;
        Worklog w = c.write(site -> site.updateWorklog(c.actor().accountId(), issue, existing, comment, started, seconds));
        return Response.json(200, view(c, w));
    }

    static Response delete(ApiCall c) {
        Issue issue = c.issue();
        mayLog(c, issue);
        Worklog existing = worklog(c, issue);
        c.write(site -> {
            site.deleteWorklog(issue, existing);
            return null;
        });
        return Response.empty(204);
    }

    /** Up to 1000 worklogs by id, those on issues the caller can see. */
    static Response byIds(ApiCall c) {
        JsonNode ids = c.objectBody().path("ids");
        if (!ids.isArray()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        if (ids.size() > 1000) {
            throw JiraException.message(400, "The number of worklog IDs cannot exceed 1000.");
        }
        Set<String> wanted = new HashSet<>();
        ids.forEach(id -> wanted.add(id.asText()));
        ArrayNode out = Json.array();
        c.dir().allWorklogs().stream().filter(w -> wanted.contains(w.id()))
                .filter(w -> c.visibleIssue(w.issueId()).isPresent()).forEach(w -> out.add(view(c, w)));
        return Response.json(200, out);
    }

    /** Worklogs updated at or after {@code since} (epoch milliseconds), oldest first, up to 1000 a page. */
    static Response updatedSince(ApiCall c) {
        long since = c.query("since").map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw JiraException.message(400, "Invalid value for since: '" + s + "'. It must be a number.");
            }
        }).orElse(0L);
        List<Worklog> changed = c.dir().allWorklogs().stream().filter(w -> w.updated().toEpochMilli() >= since)
                .sorted(Comparator.comparing(Worklog::updated)).limit(1000).toList();
        long until = changed.isEmpty() ? Math.max(since, c.call().now().toEpochMilli())
                : changed.get(changed.size() - 1).updated().toEpochMilli();
        ObjectNode out = Json.object();
        ArrayNode values = out.putArray("values");
        changed.forEach(w -> values.addObject().put("worklogId", Long.parseLong(w.id()))
                .put("updatedTime", w.updated().toEpochMilli()).putArray("properties"));
        out.put("since", since).put("until", until).put("self", c.base() + "/rest/api/3/worklog/updated?since=" + since)
                .put("lastPage", changed.size() < 1000);
        return Response.json(200, out);
    }

    private static ObjectNode view(ApiCall c, Worklog w) {
        Views users = new Views(c.base(), c.dir());
        ObjectNode n = Json.object().put("self", c.base() + "/rest/api/3/issue/" + w.issueId() + "/worklog/" + w.id());
        n.set("author", users.userOrNull(w.authorAccountId()));
        n.set("updateAuthor", users.userOrNull(w.updateAuthorAccountId()));
        if (w.comment() != null) {
            n.set("comment", w.comment());
        }
        return n.put("created", Dates.json(w.created())).put("updated", Dates.json(w.updated()))
                .put("started", Dates.json(w.started())).put("timeSpent", Durations.format(w.timeSpentSeconds()))
                .put("timeSpentSeconds", w.timeSpentSeconds()).put("id", w.id()).put("issueId", w.issueId());
    }

    private static void mayLog(ApiCall c, Issue issue) {
        c.require(ProjectPermission.EDIT_ISSUES, issue, 403, "You do not have the permission to log work on this issue.");
    }

    private static Worklog worklog(ApiCall c, Issue issue) {
        String id = c.param("id");
        return c.dir().worklogs(issue.id()).stream().filter(w -> w.id().equals(id)).findFirst()
                // Guessed wording, after the comments' "Can not find a comment for the id".
                .orElseThrow(() -> JiraException.message(404, "Cannot find worklog with id: " + id + "."));
    }

    /** timeSpentSeconds, or timeSpent in Jira's duration syntax; a text that is not one is Jira's 400. */
    private static java.util.Optional<Long> seconds(JsonNode body) {
        if (body.path("timeSpentSeconds").canConvertToLong() && body.path("timeSpentSeconds").asLong() > 0) {
            return java.util.Optional.of(body.path("timeSpentSeconds").asLong());
        }
        if (body.has("timeSpent")) {
            return java.util.Optional.of(Durations.parse(body.path("timeSpent").asText(null)).filter(s -> s > 0)
                    .orElseThrow(() -> JiraException.field("timeLogged", "Invalid time duration entered.")));
        }
        return java.util.Optional.empty();
    }

    private static JsonNode comment(JsonNode body) {
        JsonNode comment = body.get("comment");
        if (comment == null || comment.isNull()) {
            return null;
        }
        if (!Adf.isDocument(comment)) {
            throw JiraException.field("comment", "Comment is not valid!");
        }
        return comment;
    }

    private static Instant started(JsonNode body) {
        JsonNode started = body.get("started");
        if (started == null || started.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(started.asText(), STARTED).toInstant();
        } catch (DateTimeParseException e) {
            return parseIso(started.asText());
        }
    }

    private static Instant parseIso(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw JiraException.field("started", "Invalid date format. Please enter the date in the format \"yyyy-MM-dd'T'HH:mm:ss.SSSZ\".");
        }
    }
}

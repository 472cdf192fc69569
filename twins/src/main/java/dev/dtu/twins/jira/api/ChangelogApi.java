package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.ChangeItem;
import dev.dtu.twins.jira.model.ChangelogEntry;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An issue's changelog (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get):
 * paged oldest first, picked by id ({@code changelog/list}), and for many issues at once ({@code changelog/bulkfetch},
 * at most 1,000 issues and 10 field ids, paged with an opaque {@code nextPageToken}). Every change the twin makes to
 * an issue writes an entry (edits, transitions, links, versions and components removed).
 */
final class ChangelogApi {
    private static final int MAX_ISSUES = 1000;
    private static final int MAX_FIELDS = 10;

    private ChangelogApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/issue/{issueIdOrKey}/changelog", ChangelogApi::page)
                .post("/rest/api/3/issue/{issueIdOrKey}/changelog/list", ChangelogApi::byIds)
                .post("/rest/api/3/changelog/bulkfetch", ChangelogApi::bulk);
    }

    static Response page(ApiCall c) {
        Issue issue = c.issue();
        IssueViews views = new IssueViews(c.base(), c.dir());
        return Response.json(200, AgilePaging.pageBean(c, c.dir().changelog(issue.id()), views::changelog, 100));
    }

    static Response byIds(ApiCall c) {
        Issue issue = c.issue();
        JsonNode ids = c.objectBody().path("changelogIds");
        if (!ids.isArray() || ids.isEmpty()) {
            // Guessed wording: the spec gives only "400 if the request is invalid".
            throw JiraException.field("changelogIds", "The list of changelog IDs must not be empty.");
        }
        Set<String> wanted = new LinkedHashSet<>();
        ids.forEach(id -> wanted.add(id.asText()));
        List<ChangelogEntry> found = c.dir().changelog(issue.id()).stream().filter(e -> wanted.contains(e.id())).toList();
        IssueViews views = new IssueViews(c.base(), c.dir());
        ObjectNode out = Json.object().put("startAt", 0).put("maxResults", found.size()).put("total", found.size());
        ArrayNode histories = out.putArray("histories");
        found.forEach(e -> histories.add(views.changelog(e)));
        return Response.json(200, out);
    }

    /** Issues the caller may not browse are left out, as unknown ones are. */
    static Response bulk(ApiCall c) {
        JsonNode body = c.objectBody();
        List<String> keys = strings(body.path("issueIdsOrKeys"));
        if (keys.isEmpty() || keys.size() > MAX_ISSUES) {
            throw JiraException.field("issueIdsOrKeys", "issueIdsOrKeys must contain between 1 and " + MAX_ISSUES + " items.");
        }
        Set<String> fields = new LinkedHashSet<>(strings(body.path("fieldIds")));
        if (fields.size() > MAX_FIELDS) {
            throw JiraException.field("fieldIds", "fieldIds must contain at most " + MAX_FIELDS + " items.");
        }
        int max = body.path("maxResults").asInt(1000);
        if (max < 1 || max > 10_000) {
            throw JiraException.field("maxResults", "maxResults must be between 1 and 10000.");
        }
        int start = body.hasNonNull("nextPageToken") ? AgilePaging.offset(body.path("nextPageToken").asText()) : 0;
        List<Issue> issues = keys.stream().distinct().map(c::visibleIssue).flatMap(java.util.Optional::stream).toList();
        IssueViews views = new IssueViews(c.base(), c.dir());
        List<ObjectNode> all = new ArrayList<>();
        for (Issue issue : issues) {
            for (ChangelogEntry e : c.dir().changelog(issue.id())) {
                List<ChangeItem> items = e.items().stream().filter(i -> fields.isEmpty() || fields.contains(i.fieldId())).toList();
                if (!items.isEmpty()) {
                    all.add(views.changelog(new ChangelogEntry(e.id(), e.issueId(), e.authorAccountId(), e.created(), items))
                            .put("issueId", issue.id()));
                }
            }
        }
        ObjectNode out = Json.object();
        ArrayNode logs = out.putArray("issueChangeLogs");
        ObjectNode current = null;
        for (ObjectNode entry : all.subList(Math.min(start, all.size()), Math.min(start + max, all.size()))) {
            String issueId = entry.remove("issueId").asText();
            if (current == null || !current.path("issueId").asText().equals(issueId)) {
                current = logs.addObject().put("issueId", issueId);
                current.putArray("changeHistories");
            }
            ((ArrayNode) current.get("changeHistories")).add(entry);
        }
        if (start + max < all.size()) {
            out.put("nextPageToken", AgilePaging.token(start + max));
        }
        return Response.json(200, out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}

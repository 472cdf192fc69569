package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.Permissions;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.Site;
import dev.dtu.twins.jira.model.SiteJql;
import dev.dtu.twins.jira.webhooks.WebhookDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A request to the Jira twin by an authenticated account, with the route's path parameters. */
public record ApiCall(TwinCall call, Map<String, String> params, JiraUser actor) {
    static final String BAD_PAYLOAD = "Invalid request payload. Refer to the REST API documentation and try again.";

    public Directory dir() {
        return new Directory(call.state());
    }

    /** The site root as the client reached it ({@code .../u/{id}/jira}); every "self" link starts with it. */
    public String base() {
        String b = call.request().baseUrl();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public String param(String name) {
        return params.get(name);
    }

    public Optional<String> query(String name) {
        return call.request().queryParam(name);
    }

    /** Every value of a repeatable, comma-separated query parameter (fields=a,b&fields=c). */
    public List<String> queryList(String name) {
        List<String> out = new ArrayList<>();
        call.request().queryParams(name).forEach(v -> {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        });
        return out;
    }

    public int intQuery(String name, int fallback) {
        Optional<String> raw = query(name);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw JiraException.message(400, "Invalid value for " + name + ": '" + raw.get() + "'. It must be an integer.");
        }
    }

    public boolean boolQuery(String name, boolean fallback) {
        return query(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    /**
     * The JSON body; a body that is not JSON gets Jira's 400 naming what its JSON parser met ("Unexpected
     * character ('x' (code 120)): was expecting double-quote to start field name"), as Jira answers.
     */
    public JsonNode body() {
        try {
            return Json.parse(call.request().body());
        } catch (Json.MalformedJsonException e) {
            throw JiraException.message(400, e.getMessage());
        }
    }

    public JsonNode objectBody() {
        JsonNode body = body();
        if (!body.isObject()) {
            throw JiraException.message(400, BAD_PAYLOAD);
        }
        return body;
    }

    /** The path's issue; one the caller may not browse does not exist for them, as in Jira. */
    public Issue issue() {
        return visibleIssue(param("issueIdOrKey")).orElseThrow(JiraException::issueNotFound);
    }

    public Optional<Issue> visibleIssue(String idOrKey) {
        return dir().issue(idOrKey).filter(i -> permissions().canBrowse(actor, i));
    }

    public Optional<Project> visibleProject(String idOrKey) {
        return dir().project(idOrKey).filter(p -> can(ProjectPermission.BROWSE_PROJECTS, p));
    }

    public Permissions permissions() {
        return new Permissions(dir());
    }

    public boolean can(ProjectPermission permission, Issue issue) {
        return permissions().has(actor, permission, issue);
    }

    public boolean can(ProjectPermission permission, Project project) {
        return permissions().has(actor, permission, project);
    }

    /** Throws Jira's answer (status and message) unless the caller holds the permission on the issue. */
    public void require(ProjectPermission permission, Issue issue, int status, String message) {
        if (!can(permission, issue)) {
            throw JiraException.message(status, message);
        }
    }

    public SiteJql jql() {
        return new SiteJql(dir(), Optional.of(actor.accountId()), call.universe().clock());
    }

    /** Changes the site as the caller; webhooks for what happened go out once the write is committed. */
    public <R> R write(Function<Site, R> change) {
        return write(call, actor.accountId(), change);
    }

    public dev.dtu.twins.jira.model.agile.AgileDirectory agile() {
        return new dev.dtu.twins.jira.model.agile.AgileDirectory(call.state());
    }

    /** Changes Jira Software's part of the site (boards, sprints, ranks, filters); these raise no webhooks. */
    public <R> R agileWrite(Function<dev.dtu.twins.jira.model.agile.Agile, R> change) {
        return call.write(tx -> change.apply(new dev.dtu.twins.jira.model.agile.Agile(tx, call.now())));
    }

    static <R> R write(TwinCall call, String actor, Function<Site, R> change) {
        Site.Outcome<R> outcome = call.write(tx -> {
            Site site = new Site(tx, call.now());
            R result = change.apply(site);
            return new Site.Outcome<>(result, site.events());
        });
        WebhookDispatcher.dispatch(call.universe(), outcome.events());
        return outcome.result();
    }
}

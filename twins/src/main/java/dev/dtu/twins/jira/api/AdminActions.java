package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.jira.model.Adf;
import dev.dtu.twins.jira.model.Comment;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.Transition;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code /_dtu/universes/{id}/jira/...}: a scenario acts as a named person ({"as": "grace"}) to create, edit,
 * comment on and transition issues. Webhooks fire exactly as when the person uses the API. {@code GET
 * /issueLinkTypes} lists the link types by name (the web console names an issue's links with them).
 */
public final class AdminActions {
    private final Router<BiFunction<TwinCall, Map<String, String>, Response>> router = new Router<>();

    public AdminActions() {
        router.post("/issues", (c, p) -> create(c))
                .put("/issues/{issueIdOrKey}", this::edit)
                .delete("/issues/{issueIdOrKey}", this::delete)
                .post("/issues/{issueIdOrKey}/comments", this::comment)
                .post("/issues/{issueIdOrKey}/transitions", this::transition)
                // read-only, for the web console: the link types' names (as GET /rest/api/3/issueLinkType lists them)
                .get("/issueLinkTypes", (c, p) -> Response.json(200, Map.of("issueLinkTypes",
                        dev.dtu.twins.jira.model.IssueLinkType.defaults())));
    }

    public Optional<Response> handle(TwinCall call) {
        Router.Match<BiFunction<TwinCall, Map<String, String>, Response>> m =
                router.match(call.request().method(), call.request().path());
        if (!m.found()) {
            return Optional.empty();
        }
        try {
            return Optional.of(m.handler().apply(call, m.params()));
        } catch (JiraException e) {
            String message = String.join(" ", e.errorMessages()) + (e.errors().isEmpty() ? "" : " " + e.errors());
            return Optional.of(AdminApi.error(e.status(), e.status() == 404 ? "not_found" : "invalid_request", message.trim()));
        } catch (Json.MalformedJsonException e) {
            return Optional.of(AdminApi.error(400, "invalid_request", "the body must be JSON: " + e.getMessage()));
        }
    }

    private Response create(TwinCall c) {
        JsonNode body = body(c);
        Issue issue = ApiCall.write(c, actor(c, body), site -> site.createIssue(actor(c, body), body.get("fields"), body.get("update")));
        return Response.json(201, view(c, issue));
    }

    private Response edit(TwinCall c, Map<String, String> p) {
        JsonNode body = body(c);
        Issue issue = issue(c, p);
        Issue updated = ApiCall.write(c, actor(c, body), s -> s.editIssue(actor(c, body), issue, body.get("fields"), body.get("update")));
        return Response.json(200, view(c, updated));
    }

    private Response delete(TwinCall c, Map<String, String> p) {
        String as = c.request().queryParam("as").orElseThrow(() -> JiraException.message(400, "as: the person acting is required"));
        String actor = account(c, as);
        Issue issue = issue(c, p);
        ApiCall.write(c, actor, site -> {
            site.deleteIssue(actor, issue, true);
            return null;
        });
        return Response.empty(204);
    }

    private Response comment(TwinCall c, Map<String, String> p) {
        JsonNode body = body(c);
        Issue issue = issue(c, p);
        JsonNode text = body.path("body");
        JsonNode adf = text.isTextual() ? Adf.fromText(text.asText()) : text;
        Comment comment = ApiCall.write(c, actor(c, body), site -> site.addComment(actor(c, body), issue, adf));
        return Response.json(201, new IssueViews(base(c), new Directory(c.state())).comment(comment, false));
    }

    /** {"transition": "Start work"} names a transition by id or name; {"to": "Done"} by its target status. */
    private Response transition(TwinCall c, Map<String, String> p) {
        JsonNode body = body(c);
        Issue issue = issue(c, p);
        Directory dir = new Directory(c.state());
        String wanted = body.path("transition").asText(null);
        String to = body.path("to").asText(null);
        Transition t = dir.transitions(issue).stream()
                .filter(x -> (wanted != null && (x.id().equals(wanted) || x.name().equalsIgnoreCase(wanted)))
                        || (to != null && dir.status(x.toStatusId()).name().equalsIgnoreCase(to)))
                .findFirst().orElseThrow(() -> JiraException.message(400, "No transition "
                        + (wanted != null ? "'" + wanted + "'" : "to '" + to + "'") + " is available from "
                        + dir.status(issue.statusId()).name() + "."));
        Issue updated = ApiCall.write(c, actor(c, body), s -> s.transition(actor(c, body), issue, t.id(), body.get("fields"), body.get("update")));
        return Response.json(200, view(c, updated));
    }

    private static JsonNode body(TwinCall c) {
        JsonNode body = Json.parse(c.request().body());
        if (!body.isObject()) {
            throw JiraException.message(400, "the body must be a JSON object");
        }
        return body;
    }

    private static String actor(TwinCall c, JsonNode body) {
        String as = body.path("as").asText(null);
        if (as == null) {
            throw JiraException.message(400, "as: the person acting is required");
        }
        return account(c, as);
    }

    private static String account(TwinCall c, String as) {
        Directory dir = new Directory(c.state());
        return dir.userByPerson(as).or(() -> dir.user(as)).map(JiraUser::accountId)
                .orElseThrow(() -> JiraException.message(400, "as: no person '" + as + "'"));
    }

    private static Issue issue(TwinCall c, Map<String, String> p) {
        return new Directory(c.state()).issue(p.get("issueIdOrKey")).orElseThrow(JiraException::issueNotFound);
    }

    private static String base(TwinCall c) {
        return c.request().baseUrl();
    }

    private static JsonNode view(TwinCall c, Issue issue) {
        Directory dir = new Directory(c.state());
        Issue current = dir.issue(issue.id()).orElse(issue);
        return new IssueViews(base(c), dir).issue(current, FieldSelection.parse(java.util.List.of(), "*all"), java.util.Set.of());
    }
}

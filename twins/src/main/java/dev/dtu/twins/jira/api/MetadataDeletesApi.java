package dev.dtu.twins.jira.api;

import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.IssueType;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds.Task;
import dev.dtu.twins.jira.model.Priority;
import java.util.Optional;

/**
 * Deleting issue types and priorities (Administer Jira). An issue type in use needs an alternative of the same level
 * (api-group-issue-types: 404 without one or for an unknown one, 409 for itself or a sub-task for a standard type);
 * a priority's issues take the site's default priority, and the deletion answers 303 to its finished task.
 */
final class MetadataDeletesApi {
    private MetadataDeletesApi() {}

    static void routes(Routes r) {
        r.delete("/rest/api/3/issuetype/{id}", MetadataDeletesApi::deleteIssueType)
                .delete("/rest/api/3/priority/{id}", MetadataDeletesApi::deletePriority);
    }

    private static void requireAdmin(ApiCall c) {
        if (!RolesApi.administersJira(c.actor())) {
            throw JiraException.message(403, "You are not authorized to perform this action. Administrator privileges are required.");
        }
    }

    static Response deleteIssueType(ApiCall c) {
        requireAdmin(c);
        String id = c.param("id");
        IssueType type = c.dir().issueType(id)
                .orElseThrow(() -> JiraException.message(404, "The issue type with id '" + id + "' does not exist."));
        Optional<String> alternative = c.query("alternativeIssueTypeId").filter(a -> !a.isEmpty());
        boolean inUse = c.dir().issues().stream().anyMatch(i -> id.equals(i.issueTypeId()));
        String replacement = null;
        if (inUse) {
            String altId = alternative.orElseThrow(() -> JiraException.message(404,
                    "The issue type is in use: an alternative issue type must be specified."));
            IssueType alt = c.dir().issueType(altId)
                    .orElseThrow(() -> JiraException.message(404, "The issue type with id '" + altId + "' does not exist."));
            if (alt.id().equals(id)) {
                throw JiraException.message(409, "The alternative issue type cannot be the issue type being deleted.");
            }
            if (alt.subtask() != type.subtask()) {
                throw JiraException.message(409, "The alternative issue type must be of the same level ("
                        + (type.subtask() ? "sub-task" : "standard") + ") as the issue type being deleted.");
            }
            replacement = alt.id();
        }
        String chosen = replacement;
        c.write(site -> {
            site.deleteIssueType(c.actor().accountId(), id, chosen);
            return null;
        });
        return Response.empty(204);
    }

    static Response deletePriority(ApiCall c) {
        requireAdmin(c);
        String id = c.param("id");
        Priority p = c.dir().priority(id)
                .orElseThrow(() -> JiraException.message(404, "The priority with ID '" + id + "' does not exist."));
        // Guessed: Atlassian's reference names no replacement; Jira moves the issues to the default priority, which
        // therefore cannot itself be deleted.
        Priority fallback = c.dir().priorities().stream().filter(Priority::isDefault).findFirst()
                .filter(d -> !d.id().equals(id))
                .orElseThrow(() -> JiraException.message(400, "The default priority cannot be deleted."));
        Task task = c.write(site -> site.deletePriority(c.actor().accountId(), p, fallback.id()));
        return Response.empty(303).header("Location", c.base() + "/rest/api/3/task/" + task.id());
    }
}

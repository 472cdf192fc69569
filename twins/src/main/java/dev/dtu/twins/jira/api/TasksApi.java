package dev.dtu.twins.jira.api;

import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds;
import dev.dtu.twins.jira.model.JiraKinds.Task;

/**
 * Long-running tasks (api-group-tasks): the twin runs them within the request that starts them, so a task is read
 * back COMPLETE; only the account that submitted it or a Jira administrator may read it.
 */
final class TasksApi {
    private TasksApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/task/{taskId}", TasksApi::get)
                .post("/rest/api/3/task/{taskId}/cancel", TasksApi::cancel);
    }

    private static Task task(ApiCall c) {
        String id = c.param("taskId");
        Task t = c.dir().state().get(JiraKinds.TASKS, id)
                .orElseThrow(() -> JiraException.message(404, "The task with ID '" + id + "' does not exist."));
        if (!t.submittedBy().equals(c.actor().accountId()) && !RolesApi.administersJira(c.actor())) {
            throw JiraException.message(403, "You do not have permission to view the task with ID '" + id + "'.");
        }
        return t;
    }

    static Response get(ApiCall c) {
        Task t = task(c);
        long submitter = Math.abs((long) t.submittedBy().hashCode());
        return Response.json(200, Json.object().put("self", c.base() + "/rest/api/3/task/" + t.id()).put("id", t.id())
                .put("description", t.description()).put("status", "COMPLETE").put("message", "")
                .put("submittedBy", submitter).put("progress", 100).put("elapsedRuntime", t.finished() - t.submitted())
                .put("submitted", t.submitted()).put("started", t.submitted()).put("finished", t.finished())
                .put("lastUpdate", t.finished()));
    }

    /** "400 Returned if cancellation of the task is not possible": a finished task cannot be cancelled. */
    static Response cancel(ApiCall c) {
        Task t = task(c);
        throw JiraException.message(400, "The task with ID '" + t.id() + "' has already finished and cannot be cancelled.");
    }
}

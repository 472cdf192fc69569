package dev.dtu.twins.jira.api;

import dev.dtu.server.http.Router;
import java.util.List;

/** The Jira twin's route table; each route knows its operation name ("GET /rest/api/3/issue/{issueIdOrKey}"). */
public final class Routes {
    /** A handler with the operation it serves. */
    public record Route(String operation, Handler handler) {}

    private final Router<Route> router = new Router<>();

    public static Routes jira() {
        Routes r = new Routes();
        IssuesApi.routes(r);
        FieldMetaApi.routes(r);
        TransitionsApi.routes(r);
        CommentsApi.routes(r);
        SearchApi.routes(r);
        ProjectsApi.routes(r);
        UsersApi.routes(r);
        PermissionsApi.routes(r);
        MetadataApi.routes(r);
        WebhooksApi.routes(r);
        WikiMarkupApi.routes(r);
        DeclaredApi.routes(r);
        return r;
    }

    Routes get(String template, Handler h) {
        return add("GET", template, h);
    }

    Routes post(String template, Handler h) {
        return add("POST", template, h);
    }

    Routes put(String template, Handler h) {
        return add("PUT", template, h);
    }

    Routes delete(String template, Handler h) {
        return add("DELETE", template, h);
    }

    Routes add(String method, String template, Handler h) {
        router.add(method, template, new Route(method + " " + template, h));
        return this;
    }

    public Router.Match<Route> match(String method, String path) {
        return router.match(method, path);
    }

    /** Every route as "METHOD /template" (COVERAGE.md and the OpenAPI check read it). */
    public List<String> table() {
        return router.table();
    }
}

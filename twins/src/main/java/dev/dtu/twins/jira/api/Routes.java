package dev.dtu.twins.jira.api;

import dev.dtu.server.http.Router;
import java.util.List;

/** The Jira twin's route table; each route knows its operation name ("GET /rest/api/3/issue/{issueIdOrKey}"). */
public final class Routes {
    /** A handler with the operation it serves. */
    public record Route(String operation, Handler handler) {}

    /** One row of the table: method, template and route. */
    record Entry(String method, String template, Route route) {}

    private final List<Entry> entries = new java.util.ArrayList<>();

    private final Router<Route> router = new Router<>();

    public static Routes jira() {
        Routes r = new Routes();
        PropertiesApi.routes(r);
        AgileIssuesApi.routes(r);
        BoardsApi.routes(r);
        SprintsApi.routes(r);
        FilterSharingApi.routes(r);
        FiltersApi.routes(r);
        VersionsApi.routes(r);
        ComponentsApi.routes(r);
        AttachmentsApi.routes(r);
        AvatarsApi.routes(r);
        FieldMetaApi.routes(r); // before issue/{issueIdOrKey}: GET issue/createmeta is a route of its own
        IssuesApi.routes(r);
        RemoteLinksApi.routes(r);
        VotesApi.routes(r);
        ChangelogApi.routes(r);
        TransitionsApi.routes(r);
        CommentsApi.routes(r);
        SearchApi.routes(r);
        JqlApi.routes(r);
        ProjectsApi.routes(r);
        ProjectValidationApi.routes(r);
        ProjectFeaturesApi.routes(r);
        UsersApi.routes(r);
        PermissionsApi.routes(r);
        MetadataApi.routes(r);
        WebhooksApi.routes(r);
        RolesApi.routes(r);
        WatchersApi.routes(r);
        WorklogsApi.routes(r);
        PreferencesApi.routes(r);
        LabelsApi.routes(r);
        AppModulesApi.routes(r);
        SettingsApi.routes(r);
        ExpressionsApi.routes(r);
        MetadataDeletesApi.routes(r);
        TasksApi.routes(r);
        IssueSecurityApi.routes(r);
        DeclaredApi.routes(r);
        RestV2.routes(r);
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
        Route route = new Route(method + " " + template, h);
        router.add(method, template, route);
        entries.add(new Entry(method, template, route));
        return this;
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    boolean has(String method, String template) {
        return entries.stream().anyMatch(e -> e.method().equals(method) && e.template().equals(template));
    }

    public Router.Match<Route> match(String method, String path) {
        return router.match(method, path);
    }

    /** Every route as "METHOD /template" (COVERAGE.md and the OpenAPI check read it). */
    public List<String> table() {
        return router.table();
    }
}

package dev.dtu.server.console;

import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.universe.DtuException;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * The web console at {@code /_dtu/console}: server-rendered pages over the admin API. It binds where the admin
 * API binds and is served by it, so it is off the twins' request path: no journal entry, no rate limit, no
 * universe credential reaches it. Every page reads and every form writes through {@link AdminCalls}.
 */
public final class Console {
    @FunctionalInterface
    interface Page {
        Response show(Request request, Map<String, String> params, AdminCalls admin);
    }

    private final Function<Request, Response> admin;
    private final Router<Page> routes = new Router<>();
    private final ReportsPage reports = new ReportsPage();

    /** @param admin the admin API ({@code AdminApi::serve}), called with paths below {@code /_dtu} */
    public Console(Function<Request, Response> admin) {
        this.admin = admin;
        UniversesPage universes = new UniversesPage();
        TimelinePage timeline = new TimelinePage();
        SlackPage slack = new SlackPage();
        JiraPage jira = new JiraPage();
        routes.get("/", universes::list)
                .get("/assets/{file}", (r, p, a) -> Assets.serve(p.get("file")))
                .get("/counts/{id}", universes::counts)
                .get("/reports", reports::list)
                .get("/reports/{n}", reports::trajectory)
                .post("/universes", universes::create)
                .get("/universes/{id}", universes::overview)
                .post("/universes/{id}/{action}", universes::act)
                .get("/universes/{id}/timeline", timeline::page)
                .get("/universes/{id}/timeline/poll", timeline::poll)
                .get("/universes/{id}/timeline/{seq}", timeline::entry)
                .get("/universes/{id}/slack", slack::page)
                .post("/universes/{id}/slack/act", slack::act)
                .get("/universes/{id}/slack/surfaces", slack::surfaces)
                .get("/universes/{id}/slack/files/{file}", slack::file)
                .get("/universes/{id}/jira", jira::page)
                .post("/universes/{id}/jira/act", jira::act)
                .get("/universes/{id}/jira/attachments/{attachment}", jira::attachment)
                .get("/universes/{id}/google", new GooglePage()::page)
                .get("/universes/{id}/okta", new OktaPage()::page)
                .get("/universes/{id}/faults", new FaultsPage()::page)
                .post("/universes/{id}/faults/{what}", new FaultsPage()::save);
    }

    /**
     * Shows a sweep's report folder at {@code /_dtu/console/reports} ({@code dtu console DIR}).
     *
     * @throws java.io.IOException when its report.json cannot be read
     */
    public void openReport(java.nio.file.Path dir) throws java.io.IOException {
        reports.open(dir);
    }

    /** Serves a request whose path is below {@code /_dtu/console} ({@code path} is the rest, "/" for the root). */
    public Response serve(Request request) {
        String path = request.path().isEmpty() ? "/" : request.path();
        Router.Match<Page> match = routes.match(request.method(), path);
        if (!match.found()) {
            return error(match.pathKnown() ? 405 : 404, match.pathKnown()
                    ? request.method() + " is not allowed here" : "no console page " + path);
        }
        if (!request.method().equals("GET") && crossSite(request)) {
            return error(403, "a form of the console must be sent from the console's own pages");
        }
        String adminBase = request.baseUrl().substring(0, request.baseUrl().length() - "/console".length());
        try {
            return match.handler().show(request, match.params(), new AdminCalls(admin, adminBase));
        } catch (ConsoleException e) {
            return error(e.status(), e.getMessage());
        } catch (DtuException e) {
            return error(e.status(), e.getMessage());
        }
    }

    /**
     * A write from another site's page (a browser sends its {@code Origin}, and {@code Sec-Fetch-Site}): refused,
     * so a page elsewhere cannot make a person's browser reset or delete their universes.
     */
    static boolean crossSite(Request r) {
        String site = r.header("sec-fetch-site").orElse("");
        if (site.equals("cross-site") || site.equals("same-site")) {
            return true;
        }
        String origin = r.header("origin").orElse(null);
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI o = URI.create(origin);
            String host = r.header("host").orElse("");
            String originHost = o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort());
            return !originHost.equalsIgnoreCase(host) && !origin.equalsIgnoreCase(hostOf(r.baseUrl()));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static String hostOf(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    private static Response error(int status, String message) {
        return Layout.page(status, "Error", null, null, j2html.TagCreator.h1("HTTP " + status),
                j2html.TagCreator.p(message).withClass("flash error"),
                j2html.TagCreator.p(j2html.TagCreator.a("All universes").withHref(Layout.ROOT)));
    }
}

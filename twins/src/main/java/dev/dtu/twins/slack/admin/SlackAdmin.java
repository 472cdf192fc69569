package dev.dtu.twins.slack.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.api.Args;
import dev.dtu.twins.slack.api.WebApi;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.errors.SlackErrors;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.Workspace;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /_dtu/universes/{id}/slack/...}: configure the app, and act as a person. Acting goes through
 * the Web API methods themselves, so state and events change exactly as if the person used Slack.
 */
public final class SlackAdmin {
    @FunctionalInterface
    interface Route {
        Response handle(TwinCall call, Map<String, String> params, ObjectNode body);
    }

    private final Router<Route> routes = new Router<>();
    private final WebApi web;

    public SlackAdmin(WebApi web, AppRoutes app, PeopleRoutes people, SurfaceRoutes surfaces) {
        this.web = web;
        routes.get("/app", (c, p, b) -> app.show(c))
                .put("/app", (c, p, b) -> app.configure(c, b))
                .post("/app", (c, p, b) -> app.configure(c, b))
                .get("/socket", (c, p, b) -> app.sockets(c))
                .post("/socket/disconnect", (c, p, b) -> app.disconnect(c, b))
                .post("/messages", alias("chat.postMessage"))
                .post("/reactions", alias("reactions.add"))
                .post("/joins", alias("conversations.join"))
                .post("/channels", alias("conversations.create"))
                .post("/commands", (c, p, b) -> people.command(c, person(c, b.path("as").asText(null)), b))
                .post("/actions", (c, p, b) -> people.action(c, person(c, b.path("as").asText(null)), b))
                .post("/as/{person}/commands", (c, p, b) -> people.command(c, person(c, p.get("person")), b))
                .post("/as/{person}/actions", (c, p, b) -> people.action(c, person(c, p.get("person")), b))
                .get("/as/{person}/views", (c, p, b) -> surfaces.views(c, as(c, p)))
                .post("/as/{person}/shortcuts", (c, p, b) -> surfaces.shortcut(c, as(c, p), b))
                .post("/as/{person}/views/{view}/actions", (c, p, b) -> surfaces.action(c, as(c, p), p.get("view"), b))
                .post("/as/{person}/views/{view}/submit", (c, p, b) -> surfaces.submit(c, as(c, p), p.get("view"), b))
                .post("/as/{person}/views/{view}/close", (c, p, b) -> surfaces.close(c, as(c, p), p.get("view")))
                .post("/as/{person}/home", (c, p, b) -> surfaces.home(c, as(c, p), b))
                .post("/as/{person}/assistant", (c, p, b) -> surfaces.assistant(c, as(c, p), b))
                .post("/as/{person}/assistant/context", (c, p, b) -> surfaces.assistantContext(c, as(c, p), b))
                .post("/as/{person}/{method}", (c, p, b) -> act(c, p.get("method"), person(c, p.get("person")), b));
    }

    public Optional<Response> handle(TwinCall call) {
        Router.Match<Route> match = routes.match(call.request().method(), call.request().path());
        if (!match.found()) {
            return Optional.empty();
        }
        try {
            return Optional.of(match.handler().handle(call, match.params(), body(call)));
        } catch (SlackError e) {
            return Optional.of(failure(e));
        }
    }

    private static User as(TwinCall call, Map<String, String> params) {
        return person(call, params.get("person"));
    }

    private Route alias(String method) {
        return (c, p, b) -> {
            ObjectNode args = b.deepCopy();
            args.remove("as");
            return act(c, method, person(c, b.path("as").asText(null)), args);
        };
    }

    private Response act(TwinCall call, String method, User person, ObjectNode args) {
        return Response.json(200, web.actAs(call, method, Args.of(args), person.id()));
    }

    /** A person by universe person id ("ada"), Slack user id or email. */
    static User person(TwinCall call, String ref) {
        if (ref == null || ref.isEmpty()) {
            throw new SlackError("user_not_found");
        }
        Workspace ws = new Workspace(new Tx(call.state()), call.now());
        return ws.user(ref)
                .or(() -> ws.users().stream().filter(u -> ref.equals(u.person())).findFirst())
                .or(() -> ws.userByEmail(ref))
                .orElseThrow(() -> new SlackError("user_not_found"));
    }

    /** Admin failures keep Slack's envelope but say so in the status: 404 for unknown things, else 400. */
    static Response failure(SlackError e) {
        Response slack = SlackErrors.of(e);
        int status = switch (e.code()) {
            case "unknown_method", "user_not_found", "channel_not_found", "message_not_found",
                 "unknown_command", "action_not_found", "view_not_found", "option_not_found" -> 404;
            default -> 400;
        };
        return new Response(status, Response.JSON, slack.body());
    }

    private static ObjectNode body(TwinCall call) {
        byte[] raw = call.request().body();
        if (raw.length == 0) {
            return Json.object();
        }
        JsonNode node;
        try {
            node = Json.parse(raw);
        } catch (Json.MalformedJsonException e) {
            throw new SlackError("invalid_json");
        }
        if (!node.isObject()) {
            throw new SlackError("invalid_json");
        }
        return (ObjectNode) node;
    }
}

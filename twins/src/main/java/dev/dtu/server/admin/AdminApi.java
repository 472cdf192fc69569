package dev.dtu.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.faults.FaultRules;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.journal.JournalFilter;
import dev.dtu.server.journal.JournalJson;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.universe.DtuException;
import dev.dtu.server.universe.Settings;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.server.universe.UniverseRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The admin API under {@code /_dtu}: universes, snapshots, state, journal, faults, settings. */
public final class AdminApi {
    @FunctionalInterface
    interface Handler {
        Response handle(Request request, Map<String, String> params);
    }

    private record CreateBody(String name, JsonNode seed) {}

    private record ForkBody(String name) {}

    private record RestoreBody(String snapshot) {}

    private final UniverseRegistry universes;
    private final Supplier<Boolean> ready;
    private final Supplier<Optional<String>> caPem;
    private final Router<Handler> routes = new Router<>();
    private final dev.dtu.server.console.Console console;

    public AdminApi(UniverseRegistry universes, Supplier<Boolean> ready) {
        this(universes, ready, Optional::empty);
    }

    /** @param caPem the local CA's certificate, when the server uses one */
    public AdminApi(UniverseRegistry universes, Supplier<Boolean> ready, Supplier<Optional<String>> caPem) {
        this.universes = universes;
        this.ready = ready;
        this.caPem = caPem;
        DocsPages docs = new DocsPages(universes);
        console = new dev.dtu.server.console.Console(this::serve);
        for (String method : new String[] {"GET", "POST"}) {
            routes.add(method, "/console", (r, p) -> console.serve(r.withPath("/").withBaseUrl(r.baseUrl() + "/console")))
                    .add(method, "/console/{rest...}", (r, p) -> console.serve(r.withPath("/" + p.get("rest"))
                            .withBaseUrl(r.baseUrl() + "/console")));
        }
        routes.get("/", docs::index)
                .get("/docs", docs::swaggerUi)
                .get("/docs/{file}", docs::asset)
                .get("/openapi", docs::documentList)
                .get("/openapi/{name}", docs::document)
                .get("/health", this::health)
                .get("/coverage", (r, p) -> Response.json(200, Map.of("twins", universes.twins().stream()
                        .map(dev.dtu.server.coverage.Coverage::of).filter(java.util.Objects::nonNull).toList())))
                .get("/ca.pem", this::ca)
                .post("/universes", this::create)
                .get("/universes", this::list)
                .get("/universes/{id}", (r, p) -> Response.json(200, describe(universes.require(p.get("id")), r)))
                .delete("/universes/{id}", this::delete)
                .post("/universes/{id}/snapshots", this::snapshot)
                .get("/universes/{id}/snapshots", (r, p) -> Response.json(200, Map.of("snapshots",
                        universes.snapshots(p.get("id")))))
                .post("/universes/{id}/restore", this::restore)
                .post("/universes/{id}/fork", this::fork)
                .post("/universes/{id}/reset", this::reset)
                .get("/universes/{id}/state", (r, p) -> Response.json(200, universes.state(p.get("id"))))
                .get("/universes/{id}/secrets", (r, p) -> Response.json(200, universes.secrets(p.get("id"))))
                .get("/universes/{id}/journal", this::journal)
                .delete("/universes/{id}/journal", this::clearJournal)
                .get("/universes/{id}/version", this::version)
                .get("/universes/{id}/quiet", this::quiet)
                .get("/universes/{id}/faults", (r, p) -> Response.json(200, universes.faults(p.get("id"))))
                .put("/universes/{id}/faults", this::setFaults)
                .delete("/universes/{id}/faults", this::clearFaults)
                .get("/universes/{id}/settings", (r, p) -> Response.json(200, universes.settings(p.get("id"))))
                .put("/universes/{id}/settings", this::setSettings)
                .get("/universes/{id}/clock", (r, p) -> Response.json(200, ClockJson.of(universes.require(p.get("id")))))
                .put("/universes/{id}/clock", this::setClock);
        for (Twin twin : universes.twins()) {
            for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
                routes.add(method, "/universes/{id}/" + twin.name() + "/{rest...}", (r, p) -> twinAdmin(twin, r, p));
            }
        }
    }

    /** The web console it serves at {@code /_dtu/console}. */
    public dev.dtu.server.console.Console console() {
        return console;
    }

    /** The admin routes as "METHOD /_dtu/template" (twin admin routes excluded: each twin documents its own). */
    public java.util.List<String> routeTable() {
        return routes.table().stream()
                .filter(r -> !r.endsWith("{rest...}") && !r.endsWith(" /console"))
                .map(r -> r.replaceFirst(" ", " /_dtu"))
                .toList();
    }

    /** Serves a request whose path is below {@code /_dtu}. */
    public Response serve(Request request) {
        try {
            Router.Match<Handler> match = routes.match(request.method(), request.path());
            if (!match.found()) {
                return match.pathKnown()
                        ? error(405, "method_not_allowed", request.method() + " is not allowed on /_dtu" + request.path())
                        : error(404, "not_found", "no admin route /_dtu" + request.path());
            }
            return match.handler().handle(request, match.params());
        } catch (DtuException e) {
            return error(e.status(), e.code(), e.getMessage());
        } catch (SeedException e) {
            return Response.json(400, Map.of("error", Map.of("code", "invalid_seed",
                    "message", "invalid seed: " + e.getMessage(), "field", e.field())));
        }
    }

    public static Response error(int status, String code, String message) {
        return Response.json(status, Map.of("error", Map.of("code", code, "message", message)));
    }

    private Response health(Request r, Map<String, String> p) {
        boolean up = ready.get();
        return Response.json(up ? 200 : 503, Map.of("status", up ? "ok" : "starting", "universes", universes.size()));
    }

    private Response ca(Request r, Map<String, String> p) {
        return caPem.get()
                .map(pem -> Response.text(200, "application/x-pem-file", pem))
                .orElseGet(() -> error(404, "no_local_ca", "this server does not use the local CA (start it with --tls)"));
    }

    private Response list(Request r, Map<String, String> p) {
        return Response.json(200, Map.of("universes",
                universes.list().stream().flatMap(info -> universes.find(info.id()).stream()).map(u -> describe(u, r)).toList()));
    }

    private Response create(Request r, Map<String, String> p) {
        CreateBody body = Bodies.strict(Bodies.tree(r), CreateBody.class);
        if (body.seed() != null && !body.seed().isNull() && !body.seed().isObject()) {
            throw new SeedException("(root)", "the seed must be an object");
        }
        JsonNode seed = body.seed() == null || body.seed().isNull() ? null : body.seed();
        return Response.json(201, describe(universes.require(universes.create(body.name(), seed).id()), r));
    }

    /** The universe with URLs under the address the client reached (Host, X-Forwarded-*, or --public-url). */
    private UniverseInfo describe(Universe u, Request r) {
        String base = r.baseUrl();
        return universes.info(u, base.endsWith("/_dtu") ? base.substring(0, base.length() - 5) : base);
    }

    private Response delete(Request r, Map<String, String> p) {
        universes.delete(p.get("id"));
        return Response.empty(204);
    }

    private Response snapshot(Request r, Map<String, String> p) {
        return Response.json(201, Map.of("snapshot", universes.snapshot(p.get("id"))));
    }

    private Response restore(Request r, Map<String, String> p) {
        RestoreBody body = Bodies.strict(Bodies.tree(r), RestoreBody.class);
        if (body.snapshot() == null) {
            throw DtuException.badRequest("invalid_request", "snapshot: required");
        }
        Universe u = universes.require(p.get("id"));
        universes.restore(u.id(), body.snapshot());
        return Response.json(200, Map.of("id", u.id(), "snapshot", body.snapshot()));
    }

    private Response fork(Request r, Map<String, String> p) {
        ForkBody body = Bodies.strict(Bodies.tree(r), ForkBody.class);
        return Response.json(201, describe(universes.require(universes.fork(p.get("id"), body.name()).id()), r));
    }

    private Response reset(Request r, Map<String, String> p) {
        universes.reset(p.get("id"));
        return Response.json(200, describe(universes.require(p.get("id")), r));
    }

    /**
     * The entries after {@code after} that pass the filter; {@code before} keeps those numbered below it, and
     * {@code limit} keeps at most that many: the first ones, or with {@code before} the last ones (a page of a
     * long journal, the newest with {@code before=9223372036854775807}).
     */
    private Response journal(Request r, Map<String, String> p) {
        long after = parseLong(r.queryParam("after").orElse("0"), "after");
        long before = parseLong(r.queryParam("before").orElse(String.valueOf(Long.MAX_VALUE)), "before");
        long limit = parseLong(r.queryParam("limit").orElse(String.valueOf(Integer.MAX_VALUE)), "limit");
        if (limit < 1) {
            throw DtuException.badRequest("invalid_request", "limit: expected a positive integer, got '" + limit + "'");
        }
        JournalFilter filter = JournalFilter.of(r);
        List<dev.dtu.server.journal.JournalEntry> entries = universes.journal(p.get("id"), after,
                filter.and(e -> e.seq() < before));
        int n = (int) Math.min(limit, entries.size());
        List<dev.dtu.server.journal.JournalEntry> page = r.queryParam("before").isPresent()
                ? entries.subList(entries.size() - n, entries.size()) : entries.subList(0, n);
        return Response.json(200, Map.of("entries", JournalJson.of(page)));
    }

    private Response clearJournal(Request r, Map<String, String> p) {
        universes.require(p.get("id")).journal().clear();
        return Response.empty(204);
    }

    /** How long a waiting call may hold its worker at most. */
    static final long MAX_WAIT_MS = 60_000;

    /**
     * The universe's change counter (it moves with every request served, delivery made or state written), waiting
     * up to {@code waitMs} for it to move past {@code after}: how a remote sweep waits for the app to act.
     */
    private Response version(Request r, Map<String, String> p) {
        Universe u = universes.require(p.get("id"));
        long after = parseLong(r.queryParam("after").orElse("-1"), "after");
        long wait = waitMs(r);
        try {
            return Response.json(200, Map.of("version", after < 0 ? u.version() : u.awaitChange(after, wait)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "stopping", "the server is stopping");
        }
    }

    /** Waits up to {@code waitMs} until no request of the universe is being served; whether it is quiet. */
    private Response quiet(Request r, Map<String, String> p) {
        Universe u = universes.require(p.get("id"));
        long wait = waitMs(r);
        try {
            return Response.json(200, Map.of("quiet", u.awaitQuiet(wait)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "stopping", "the server is stopping");
        }
    }

    private static long waitMs(Request r) {
        long wait = parseLong(r.queryParam("waitMs").orElse("0"), "waitMs");
        if (wait < 0 || wait > MAX_WAIT_MS) {
            throw DtuException.badRequest("invalid_request", "waitMs: expected 0 to " + MAX_WAIT_MS);
        }
        return wait;
    }

    private Response setFaults(Request r, Map<String, String> p) {
        JsonNode tree = Bodies.tree(r);
        if (tree.isArray()) {
            ObjectNode wrapped = Json.object();
            wrapped.set("rules", tree);
            tree = wrapped;
        }
        List<FaultRules.Problem> problems = FaultRules.check(tree.path("rules").isMissingNode() ? Json.array() : tree.path("rules"),
                universes.twins(), false);
        if (!problems.isEmpty()) {
            throw DtuException.badRequest("invalid_request", problems.stream().map(x -> "rules" + x.path() + ": " + x.message())
                    .collect(Collectors.joining("; ")));
        }
        FaultConfig config = Bodies.read(tree, FaultConfig.class);
        universes.setFaults(p.get("id"), config);
        return Response.json(200, universes.faults(p.get("id")));
    }

    private Response clearFaults(Request r, Map<String, String> p) {
        universes.setFaults(p.get("id"), FaultConfig.NONE);
        return Response.empty(204);
    }

    private Response setSettings(Request r, Map<String, String> p) {
        Settings current = universes.settings(p.get("id"));
        ObjectNode merged = (ObjectNode) Json.tree(current);
        JsonNode patch = Bodies.tree(r);
        if (!patch.isObject()) {
            throw DtuException.badRequest("invalid_request", "the body must be a JSON object");
        }
        patch.fields().forEachRemaining(f -> {
            if (!merged.has(f.getKey())) {
                throw DtuException.badRequest("invalid_request", f.getKey() + ": unknown setting");
            }
            merged.set(f.getKey(), f.getValue());
        });
        universes.setSettings(p.get("id"), Bodies.strict(merged, Settings.class));
        return Response.json(200, universes.settings(p.get("id")));
    }

    private Response setClock(Request r, Map<String, String> p) {
        Universe u = universes.require(p.get("id"));
        universes.setClock(u.id(), ClockJson.change(Bodies.tree(r)));
        return Response.json(200, ClockJson.of(u));
    }

    private Response twinAdmin(Twin twin, Request r, Map<String, String> p) {
        Universe u = universes.require(p.get("id"));
        // the twin's root as this client reached the server (its answers' URLs are for this client to follow)
        String twinRoot = r.baseUrl().substring(0, r.baseUrl().length() - "/_dtu".length()) + "/u/" + u.id() + "/"
                + twin.name();
        Optional<Response> answer = twin.admin(new TwinCall(r.withPath("/" + p.get("rest")).withBaseUrl(twinRoot), u,
                twin.name()));
        return answer.orElseGet(() -> error(404, "not_found", "no admin route /_dtu" + r.path()));
    }


    private static long parseLong(String value, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw DtuException.badRequest("invalid_request", name + ": expected an integer, got '" + value + "'");
        }
    }
}

package dev.dtu.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.twin.RateLimitPolicy;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.twin.UniverseView;
import dev.dtu.server.twin.VendorErrors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A tiny twin for testing the framework alone: notes keyed by id, a bearer token, its own error envelope
 * {@code {"problem": "..."}}. Each person of the seed gets a note; POST /notes adds one.
 */
public final class NotesTwin implements Twin {
    public record Note(String id, String text, String author) {}

    public static final Kind<Note> NOTES = Kind.of("notes", "notes", Note.class);

    private final Router<BiFunction<TwinCall, Map<String, String>, Response>> routes = new Router<>();

    /** The name of the thread that served the last request (tests check which requests stay on IO threads). */
    public static volatile String lastThread = "";

    private static TwinCall servedBy(TwinCall call) {
        lastThread = Thread.currentThread().getName();
        return call;
    }

    public NotesTwin() {
        routes.post("/notes", (call, p) -> create(servedBy(call)))
                .get("/notes/{id}", (call, p) -> servedBy(call).state().get(NOTES, p.get("id"))
                        .map(n -> Response.json(200, n))
                        .orElseGet(() -> errors().error(404, "no note " + p.get("id"))))
                .get("/notes", (call, p) -> Response.json(200, call.state().all(NOTES).values()));
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public List<Kind<?>> kinds() {
        return List.of(NOTES);
    }

    @Override
    public void seed(SeedDocument seed, Tx tx) {
        seed.people().forEach(p -> tx.put(NOTES, "n" + tx.next("note"), new Note(null, "hello from " + p.name(), p.id())));
    }

    @Override
    public List<CredentialSpec> credentials(State state) {
        return List.of(new CredentialSpec("app", r -> "note-" + CredentialSpec.alnum(r, 24)));
    }

    @Override
    public ObjectNode describe(UniverseView u) {
        ObjectNode node = Json.object();
        node.put("baseUrl", u.twinUrl(name()) + "/");
        node.put("token", u.secret(name(), "app").orElseThrow());
        return node;
    }

    /** Reading one note is cheap (served on the IO thread); creating one may be held by a test ({@code Hold}). */
    @Override
    public boolean cheap(String path) {
        return path.startsWith("/notes/");
    }

    @Override
    public String operation(Request request) {
        return request.method() + " " + request.path().replaceAll("/n\\d+$", "/{id}");
    }

    /** Like Slack: a token in an {@code Authorization} header, or else a {@code token} field of a form body. */
    @Override
    public Response handle(TwinCall call) {
        Optional<String> token = call.request().bearerToken().or(() -> formToken(call.request()));
        if (token.flatMap(call::credential).isEmpty()) {
            return errors().unauthenticated(call.request());
        }
        Router.Match<BiFunction<TwinCall, Map<String, String>, Response>> m =
                routes.match(call.request().method(), call.request().path());
        return m.found() ? m.handler().apply(call, m.params()) : errors().error(404, "no such route");
    }

    private static Optional<String> formToken(Request request) {
        if (!request.header("content-type").orElse("").startsWith("application/x-www-form-urlencoded")) {
            return Optional.empty();
        }
        List<String> token = QueryStrings.parse(new String(request.body(), StandardCharsets.UTF_8)).get("token");
        return token == null || token.isEmpty() ? Optional.empty() : Optional.of(token.get(0));
    }

    /** A header token this universe did not issue, or none with a body that cannot carry one. */
    @Override
    public boolean refusesUnread(TwinCall call) {
        Optional<String> header = call.request().bearerToken();
        return header.isPresent() ? call.credential(header.get()).isEmpty()
                : !call.request().header("content-type").orElse("").startsWith("application/x-www-form-urlencoded");
    }

    private Response create(TwinCall call) {
        JsonNode body;
        try {
            body = Json.parse(call.request().body());
        } catch (Json.MalformedJsonException e) {
            return errors().error(400, "bad json");
        }
        String text = body.path("text").asText("");
        if (text.equals("boom")) {
            throw new IllegalStateException("a twin bug");
        }
        if (text.equals("deep")) {
            return Response.json(200, Map.of("depth", recurse(0)));
        }
        if (text.equals("hold")) {
            Hold.await();
        }
        if (text.equals("spin")) {
            Hold.spin();
        }
        Note note = call.write(tx -> {
            String id = "n" + tx.next("note");
            return tx.put(NOTES, id, new Note(id, text, "app"));
        });
        return Response.json(201, note);
    }

    /** Recurses until the stack overflows (a parser without a depth bound would). */
    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Override
    public boolean decodesGzipBodies() {
        return true;
    }

    @Override
    public RateLimitPolicy rateLimits() {
        return (request, operation) -> Optional.of(new RateLimitPolicy.Limit(operation, 2, 60_000));
    }

    @Override
    public List<String> rootPrefixes() {
        return List.of("/notes");
    }

    @Override
    public VendorErrors errors() {
        return new VendorErrors() {
            @Override
            public Response error(int status, String message) {
                return Response.json(status, Map.of("problem", message));
            }

            @Override
            public Response rateLimited(Request request, long retryAfterSeconds) {
                return error(429, "slow down").header("Retry-After", Long.toString(retryAfterSeconds));
            }

            @Override
            public Response unauthenticated(Request request) {
                return error(401, "who are you");
            }
        };
    }
}

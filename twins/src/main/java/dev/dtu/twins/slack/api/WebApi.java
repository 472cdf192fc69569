package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.errors.SlackErrors;
import dev.dtu.twins.slack.events.EventSink;
import dev.dtu.twins.slack.model.Schedule;
import dev.dtu.twins.slack.model.Scopes;
import dev.dtu.twins.slack.model.Installs;
import dev.dtu.twins.slack.model.Reminders;
import dev.dtu.twins.slack.model.Workspace;
import dev.dtu.twins.slack.model.WorkspaceEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Serves {@code /api/{method}}: parse, authenticate, check the scope, run the method, answer. */
public final class WebApi {
    public static final String PREFIX = "/api/";

    private static final Pattern SCOPE = Pattern.compile("[a-z_.]+:[a-z_.]+|\\badmin\\b");

    private final MethodTable methods;
    private final EventSink events;
    private final Map<String, String> accepted = new ConcurrentHashMap<>();

    public WebApi(MethodTable methods, EventSink events) {
        this.methods = methods;
        this.events = events;
    }

    public static Optional<String> methodName(String path) {
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(path.substring(PREFIX.length()));
    }

    /**
     * A method that needs a token, called with a header token this universe never issued (invalid_auth), or with
     * a JSON body and no header (not_authed: JSON bodies cannot carry the token): refused whatever the body says.
     */
    public boolean refusesUnread(TwinCall call) {
        if (methodName(call.request().path()).flatMap(methods::get).filter(SlackMethod::authed).isEmpty()) {
            return false;
        }
        Optional<String> header = call.request().bearerToken().filter(s -> !s.isBlank());
        return header.isPresent() ? call.credential(header.get()).isEmpty() && !issued(call, header.get())
                : call.request().mediaType().equals("application/json");
    }

    /** A token an OAuth install issued (live, expired or revoked: the full path tells which). */
    private static boolean issued(TwinCall call, String token) {
        return dev.dtu.twins.slack.model.Installs.issued(new dev.dtu.server.state.Tx(call.state()), token).isPresent();
    }

    public Response handle(TwinCall call) {
        Optional<SlackMethod> method = methodName(call.request().path()).flatMap(methods::get);
        if (method.isEmpty()) {
            return SlackErrors.of(new SlackError("unknown_method"));
        }
        Caller[] caller = new Caller[1];
        Response answer;
        try {
            Args args = Args.parse(call.request());
            answer = Response.json(200, call(call, method.get(), args, ws -> caller[0] = Caller.of(call, args, ws),
                    call.request().baseUrl()));
        } catch (SlackError e) {
            answer = SlackErrors.of(e);
        }
        return scopeHeaders(answer, method.get(), caller[0]);
    }

    /**
     * X-OAuth-Scopes (the token's scopes, once it is known) and X-Accepted-OAuth-Scopes (the method's), on every
     * answer (https://api.slack.com/concepts/token-types#scopes).
     */
    private Response scopeHeaders(Response answer, SlackMethod method, Caller caller) {
        if (caller != null) {
            answer.header("X-OAuth-Scopes", String.join(",", caller.token().scopes()));
        }
        return answer.header("X-Accepted-OAuth-Scopes", accepted.computeIfAbsent(method.name(), n -> accepted(method)));
    }

    /** The scopes a method accepts: "{type}:read" is each conversation family's, "a (bots), b (users)" both. */
    private static String accepted(SlackMethod method) {
        if (method.scope() == null) {
            return "";
        }
        if (method.scope().startsWith("{type}:")) {
            String action = method.scope().substring("{type}:".length());
            return Stream.of("channels", "groups", "mpim", "im").map(t -> t + ":" + action).collect(Collectors.joining(","));
        }
        return SCOPE.matcher(method.scope()).results().map(MatchResult::group).collect(Collectors.joining(","));
    }

    /**
     * Runs a method as a person of the workspace, as if with a user token of theirs: how scenarios act as
     * people. The answer is the Web API's, errors included; its URLs (upload URLs, url_private) are the
     * twin's, not the admin API's.
     */
    public ObjectNode actAs(TwinCall call, String methodName, Args args, String userId) {
        SlackMethod method = methods.get(methodName).orElseThrow(() -> new SlackError("unknown_method"));
        return call(call, method, args, ws -> Caller.person(ws, userId), call.request().baseUrl());
    }

    private ObjectNode call(TwinCall call, SlackMethod method, Args args, Function<Workspace, Caller> auth,
                            String twinUrl) {
        postDue(call.universe());
        Outcome outcome = method.writes()
                ? call.write(tx -> run(method, call, args, tx, auth, twinUrl))
                : run(method, call, args, new Tx(call.state()), auth, twinUrl);
        events.publish(call.universe(), outcome.events());
        Universe universe = call.universe();
        outcome.wakeUps().forEach(at -> universe.wakeAt(at, () -> postDue(universe)));
        return outcome.body();
    }

    private record Outcome(ObjectNode body, List<WorkspaceEvent> events, List<Instant> wakeUps) {}

    private static Outcome run(SlackMethod method, TwinCall call, Args args, Tx tx, Function<Workspace, Caller> auth,
                               String twinUrl) {
        Workspace ws = new Workspace(tx, call.now()).withFilesUrl(twinUrl)
                .withTokenRoute(call.universe().secret("slack", Installs.ROUTE).orElse(null));
        Caller caller = method.authed() ? auth.apply(ws) : null;
        boolean appLevelMethod = method.scope() != null && Scopes.APP_LEVEL.contains(method.scope());
        if (caller != null && caller.isAppLevel() != appLevelMethod) {
            throw new SlackError("not_allowed_token_type");
        }
        if (caller != null && method.scopeUpfront()) {
            caller.require(method.scope());
        }
        ObjectNode fields = method.handler().handle(new MethodCall(args, caller, ws, call.universe()));
        ObjectNode body = Json.object();
        body.put("ok", true);
        body.setAll(fields);
        args.warning().filter(w -> !body.has("warning")).ifPresent(w -> {
            body.put("warning", w);
            body.withObjectProperty("response_metadata").putArray("warnings").add(w);
        });
        return new Outcome(body, ws.events(), ws.wakeUps());
    }

    /**
     * Scheduled messages post themselves and Slackbot delivers reminders when their time comes (a timer set when
     * they were made), or with the first request after it when no timer stands for them (a fork, a restarted server).
     */
    private void postDue(Universe universe) {
        Instant now = universe.clock().instant();
        Workspace read = new Workspace(new Tx(universe.state()), now);
        if (!new Schedule(read).anyDue() && !new Reminders(read).anyDue()) {
            return;
        }
        Workspace done = universe.write(tx -> {
            Workspace ws = new Workspace(tx, now);
            new Schedule(ws).postDue();
            new Reminders(ws).deliverDue();
            return ws;
        });
        events.publish(universe, done.events());
        done.wakeUps().forEach(at -> universe.wakeAt(at, () -> postDue(universe)));
    }
}

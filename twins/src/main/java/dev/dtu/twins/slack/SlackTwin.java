package dev.dtu.twins.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
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
import dev.dtu.twins.slack.admin.AppRoutes;
import dev.dtu.twins.slack.admin.PeopleRoutes;
import dev.dtu.twins.slack.admin.SlackAdmin;
import dev.dtu.twins.slack.admin.SurfaceRoutes;
import dev.dtu.twins.slack.events.SurfaceInteractions;
import dev.dtu.twins.slack.api.FileUploads;
import dev.dtu.twins.slack.api.HooksApi;
import dev.dtu.twins.slack.api.AuthorizePage;
import dev.dtu.twins.slack.api.IncomingWebhooksApi;
import dev.dtu.twins.slack.api.OAuthApi;
import dev.dtu.twins.slack.api.OpenIdApi;
import dev.dtu.twins.slack.model.Installs;
import dev.dtu.twins.slack.events.WebhookUrls;
import dev.dtu.twins.slack.api.MethodTable;
import dev.dtu.twins.slack.api.SlackRateLimits;
import dev.dtu.twins.slack.api.WebApi;
import dev.dtu.twins.slack.errors.SlackErrors;
import dev.dtu.twins.slack.events.EventDeliverer;
import dev.dtu.twins.slack.events.Interactions;
import dev.dtu.twins.slack.events.ResponseUrls;
import dev.dtu.twins.slack.events.Secrets;
import dev.dtu.twins.slack.events.SocketMode;
import dev.dtu.server.delivery.SocketUpgrade;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.ConfigTokens;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.SlackSeed;
import dev.dtu.twins.slack.model.Token;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Slack twin: Web API under {@code /api/{method}}, Events API and interactivity out (over HTTP, or over the
 * app's Socket Mode WebSockets at {@code /link/}), response URLs in.
 */
public final class SlackTwin implements Twin {
    private final SocketMode socketMode = new SocketMode();
    private final MethodTable methods = new MethodTable(socketMode);
    private final EventDeliverer events = new EventDeliverer(socketMode);
    private final WebApi web = new WebApi(methods, events);
    private final HooksApi hooks = new HooksApi(events);
    private final IncomingWebhooksApi incomingWebhooks = new IncomingWebhooksApi(events);
    private final Interactions interactions = new Interactions(socketMode);
    private final SlackAdmin admin = new SlackAdmin(web, new AppRoutes(events, socketMode),
            new PeopleRoutes(interactions, events),
            new SurfaceRoutes(new SurfaceInteractions(interactions), events));
    private final SlackErrors errors = new SlackErrors();

    @Override
    public String name() {
        return SlackKinds.TWIN;
    }

    @Override
    public List<Kind<?>> kinds() {
        return SlackKinds.ALL;
    }

    @Override
    public void seed(SeedDocument seed, Tx tx) {
        SlackSeed.write(seed, tx);
    }

    @Override
    public List<CredentialSpec> credentials(State state) {
        List<CredentialSpec> specs = new ArrayList<>();
        for (Token t : state.all(SlackKinds.TOKENS).values()) {
            specs.add(new CredentialSpec(t.id(), t.isBot() ? SlackTwin::botToken : SlackTwin::userToken));
        }
        specs.add(new CredentialSpec(Secrets.SIGNING_SECRET, r -> CredentialSpec.hex(r, 32)));
        specs.add(new CredentialSpec(Secrets.VERIFICATION_TOKEN, r -> CredentialSpec.alnum(r, 24)));
        specs.add(new CredentialSpec(OAuthApi.CLIENT_SECRET, r -> CredentialSpec.hex(r, 32)));
        String appId = state.get(SlackKinds.APP, AppConfig.ID).map(AppConfig::appId).orElse("A0");
        specs.add(new CredentialSpec(Secrets.APP_TOKEN, r -> appToken(r, appId)));
        specs.add(new CredentialSpec(ConfigTokens.ACCESS, ConfigTokens::access));
        specs.add(new CredentialSpec(ConfigTokens.REFRESH, ConfigTokens::refresh));
        specs.add(new CredentialSpec(Installs.ROUTE, r -> "1" + CredentialSpec.digits(r, 11)));
        return specs;
    }

    /** xapp-1-{app id}-{digits}-{64 hex}, as Slack shapes app-level tokens. */
    private static String appToken(SecureRandom r, String appId) {
        return "xapp-1-" + appId + "-" + CredentialSpec.digits(r, 13) + "-" + CredentialSpec.hex(r, 64);
    }

    private static String botToken(SecureRandom r) {
        return "xoxb-" + CredentialSpec.digits(r, 12) + "-" + CredentialSpec.digits(r, 13) + "-"
                + CredentialSpec.alnum(r, 24);
    }

    private static String userToken(SecureRandom r) {
        return "xoxp-" + CredentialSpec.digits(r, 12) + "-" + CredentialSpec.digits(r, 12) + "-"
                + CredentialSpec.digits(r, 13) + "-" + CredentialSpec.hex(r, 32);
    }

    /**
     * What names the universe of a request: the token in its Authorization header, else the one a form body carries
     * (Slack takes {@code token} as a POST argument too), else the OAuth client secret of a form.
     */
    @Override
    public Optional<String> credentialOf(Request request) {
        if (request.bearerToken().isPresent()) {
            return request.bearerToken();
        }
        if (!request.header("content-type").orElse("").startsWith("application/x-www-form-urlencoded")) {
            return Optional.empty();
        }
        var form = dev.dtu.server.http.QueryStrings.parse(request.bodyText());
        return Optional.ofNullable(form.get("token")).or(() -> Optional.ofNullable(form.get("client_secret")))
                .filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    /** Tokens issued at run time (OAuth installs, refreshes, rotated configuration tokens) carry the route. */
    @Override
    public Optional<String> routeOf(String secret) {
        return Installs.routeOf(secret);
    }

    @Override
    public ObjectNode describe(UniverseView universe) {
        State state = universe.state();
        AppConfig app = state.get(SlackKinds.APP, AppConfig.ID).orElseThrow();
        String userToken = state.all(SlackKinds.TOKENS).values().stream()
                .filter(t -> !t.isBot()).findFirst()
                .flatMap(t -> universe.secret(name(), t.id())).orElse(null);
        ObjectNode o = Json.object();
        o.put("baseUrl", universe.twinUrl(name()) + WebApi.PREFIX);
        o.put("botToken", universe.secret(name(), SlackSeed.BOT_REF).orElse(null));
        o.put("userToken", userToken);
        o.put("signingSecret", universe.secret(name(), Secrets.SIGNING_SECRET).orElse(null));
        o.put("appToken", universe.secret(name(), Secrets.APP_TOKEN).orElse(null));
        o.put("configToken", universe.secret(name(), ConfigTokens.ACCESS).orElse(null));
        o.put("configRefreshToken", universe.secret(name(), ConfigTokens.REFRESH).orElse(null));
        o.put("teamId", state.all(SlackKinds.TEAM).firstKey());
        o.put("botUserId", app.botUserId());
        o.set("incomingWebhooks", IncomingWebhooksApi.describe(universe));
        o.put("clientId", Installs.settings(new Tx(state)).clientId());
        o.put("clientSecret", universe.secret(name(), OAuthApi.CLIENT_SECRET).orElse(null));
        o.put("authorizeUrl", universe.twinUrl(name()) + AuthorizePage.PATH);
        return o;
    }

    @Override
    public String operation(Request request) {
        if (request.path().startsWith(ResponseUrls.PATH)) {
            return "response_url";
        }
        if (WebhookUrls.handles(request.path())) {
            return "incoming_webhook";
        }
        if (AuthorizePage.handles(request.path())) {
            return request.path().equals(AuthorizePage.PATH) ? "oauth.v2.authorize" : "openid.connect.authorize";
        }
        if (request.path().equals(OpenIdApi.KEYS_PATH)) {
            return "openid.connect.keys";
        }
        if (FileUploads.handles(request.path())) {
            return request.path().startsWith(FileUploads.UPLOAD) ? "file_upload" : "file_download";
        }
        return WebApi.methodName(request.path()).filter(m -> methods.get(m).isPresent()).orElse("unknown_method");
    }

    /**
     * Beside the Web API methods of {@link #served()}: what {@link #operation} names the URLs Slack hands out
     * (response_url, incoming webhooks, file upload and download links) and its OAuth pages, so fault rules may
     * name them too.
     */
    @Override
    public List<String> operations() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(Twin.super.operations());
        for (String path : List.of(ResponseUrls.PATH + "x", WebhookUrls.PATH + "x", AuthorizePage.PATH,
                AuthorizePage.OPENID_PATH, OpenIdApi.KEYS_PATH, FileUploads.UPLOAD + "x", FileUploads.PRIVATE + "x")) {
            names.add(operation(Request.of("POST", path)));
        }
        return List.copyOf(names);
    }

    @Override
    public boolean refusesUnread(TwinCall call) {
        return web.refusesUnread(call);
    }

    @Override
    public Response handle(TwinCall call) {
        String path = call.request().path();
        if (path.startsWith(ResponseUrls.PATH) && call.request().method().equals("POST")) {
            return hooks.handle(call);
        }
        if (WebhookUrls.handles(path)) {
            return incomingWebhooks.handle(call);
        }
        if (AuthorizePage.handles(path)) {
            return AuthorizePage.handle(call);
        }
        if (path.equals(OpenIdApi.KEYS_PATH)) {
            return OpenIdApi.keys(call);
        }
        Request withClient = OAuthApi.withClientCredentials(call.request());
        if (withClient != call.request()) {
            call = new TwinCall(withClient, call.universe(), name());
        }
        if (FileUploads.handles(path)) {
            return FileUploads.handle(call);
        }
        return web.handle(call);
    }

    /** Socket Mode's WebSocket link, {@code /link/?ticket=…} (a ticket from apps.connections.open). */
    @Override
    public SocketUpgrade upgrade(Universe universe, Request request) {
        AppConfig app = universe.state().get(SlackKinds.APP, AppConfig.ID).orElseThrow();
        return socketMode.upgrade(universe, request, app.appId());
    }

    @Override
    public VendorErrors errors() {
        return errors;
    }

    @Override
    public RateLimitPolicy rateLimits() {
        return new SlackRateLimits(methods);
    }

    @Override
    public Optional<Response> admin(TwinCall call) {
        return admin.handle(call);
    }

    /** Slack takes every Web API method by GET or POST under {@code /api/}. */
    /** Web API methods are bounded in-memory work; file uploads and search are not. */
    @Override
    public boolean cheap(String path) {
        return path.startsWith("/api/") && !path.startsWith("/api/files.") && !path.startsWith("/api/search.");
    }

    @Override
    public List<dev.dtu.server.twin.ServedRoute> served() {
        return methods.all().stream().flatMap(m -> java.util.stream.Stream.of("GET", "POST")
                .map(verb -> new dev.dtu.server.twin.ServedRoute(verb, "/api/" + m.name(), false))).toList();
    }
}

package dev.dtu.twins.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.resource.convention.FieldMask;
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
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.GoogleRoutes;
import dev.dtu.twins.google.api.RequestSchemas;
import dev.dtu.twins.google.api.Route;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.auth.GoogleApp;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.auth.OAuthApi;
import dev.dtu.twins.google.auth.ServiceAccount;
import dev.dtu.twins.google.auth.ServiceAccountKey;
import dev.dtu.twins.google.docs.api.DocsApi;
import dev.dtu.twins.google.docs.model.DocumentContent;
import dev.dtu.twins.google.docs.model.Documents;
import dev.dtu.twins.google.drive.api.DriveApi;
import dev.dtu.twins.google.drive.api.UploadsApi;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.errors.GoogleErrors;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.sheets.api.SheetsApi;
import dev.dtu.twins.google.sheets.model.SpreadsheetContent;
import dev.dtu.twins.google.sheets.model.Spreadsheets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Google Sheets v4, Docs v1 and Drive v3 in one twin. Every call acts as the account whose access token it
 * carries; the same paths answer below {@code /u/{id}/google/} and at the server root.
 */
public final class GoogleTwin implements Twin {
    private final GoogleErrors errors = new GoogleErrors();
    private final GoogleRoutes routes = new GoogleRoutes();
    private final GoogleSeed seed;

    public GoogleTwin() {
        SpreadsheetContent sheets = new SpreadsheetContent();
        DocumentContent docs = new DocumentContent();
        DriveFiles files = new DriveFiles(Map.of(DriveFile.SPREADSHEET, sheets, DriveFile.DOCUMENT, docs));
        DriveApi.register(routes, files);
        SheetsApi.register(routes, files);
        DocsApi.register(routes, files);
        seed = new GoogleSeed(Map.of(DriveFile.SPREADSHEET, sheets::seed, DriveFile.DOCUMENT, docs::seed));
    }

    @Override
    public String name() {
        return "google";
    }

    @Override
    public List<Kind<?>> kinds() {
        return List.of(GoogleAuth.ACCOUNTS, GoogleAuth.APP, GoogleAuth.SERVICE_ACCOUNT, GoogleAuth.TOKENS, DriveAccess.FILES, DriveAccess.DRIVES, UploadsApi.SESSIONS, dev.dtu.twins.google.drive.api.CommentsApi.COMMENTS,
                dev.dtu.twins.google.drive.changes.ChangeFeed.CHANGES, dev.dtu.twins.google.drive.changes.ChangeFeed.CHANNELS,
                dev.dtu.twins.google.drive.changes.ChangeFeed.ITEMS, dev.dtu.twins.google.drive.model.Revisions.REVISIONS,
                Spreadsheets.SPREADSHEETS, Documents.DOCUMENTS);
    }

    @Override
    public void seed(SeedDocument doc, Tx tx) {
        seed.seed(doc, tx);
    }

    @Override
    public List<CredentialSpec> credentials(State state) {
        return GoogleAuth.credentials(state);
    }

    @Override
    public ObjectNode describe(UniverseView u) {
        ObjectNode node = Json.object();
        node.put("rootUrl", u.serverUrl() + "/");
        u.state().get(GoogleAuth.APP, GoogleApp.ID)
                .flatMap(app -> u.secret(name(), "person:" + app.accountId()))
                .ifPresent(token -> node.put("accessToken", token));
        String tokenUri = u.twinUrl(name()) + "/token";
        node.put("tokenUri", tokenUri);
        u.state().get(GoogleAuth.SERVICE_ACCOUNT, ServiceAccount.ID).ifPresent(sa -> GoogleAuth.key(u).ifPresent(key ->
                node.set("serviceAccount", ServiceAccountKey.keyFile(key, sa,
                        u.secret(name(), GoogleAuth.CLIENT_ID).orElse(""), tokenUri,
                        u.twinUrl(name()) + "/robot/v1/metadata/x509/" + sa.email()))));
        ObjectNode installed = Json.object();
        installed.put("client_id", u.secret(name(), GoogleAuth.OAUTH_CLIENT_ID).orElse(""))
                .put("project_id", u.state().get(GoogleAuth.SERVICE_ACCOUNT, ServiceAccount.ID)
                        .map(ServiceAccount::projectId).orElse(""))
                .put("auth_uri", u.twinUrl(name()) + "/o/oauth2/v2/auth")
                .put("token_uri", tokenUri)
                .put("client_secret", u.secret(name(), GoogleAuth.OAUTH_CLIENT_SECRET).orElse(""));
        installed.putArray("redirect_uris").add("http://localhost");
        node.set("oauthClient", Json.object().set("installed", installed));
        return node;
    }

    @Override
    public String operation(Request request) {
        return OAuthApi.operation(request).or(() -> routes.operation(request))
                .orElse(dev.dtu.server.metrics.Metrics.UNKNOWN);
    }

    @Override
    public boolean refusesUnread(TwinCall call) {
        Request request = call.request();
        return request.header("x-http-method-override").isEmpty() && OAuthApi.operation(request).isEmpty()
                && GoogleAuth.caller(call, operation(request)).isEmpty(); // the OAuth endpoints take no bearer
    }

    @Override
    public Response handle(TwinCall original) {
        TwinCall call;
        try {
            call = MethodOverride.applied(original);
        } catch (GoogleException e) {
            return errors.render(original.request(), e);
        }
        Optional<Response> oauth = OAuthApi.serve(call);
        if (oauth.isPresent()) {
            return oauth.get();
        }
        Router.Match<Route> match = routes.match(call.request());
        String operation = match.found() ? match.handler().operation() : "unknown.unknown";
        Optional<Caller> caller = GoogleAuth.caller(call, operation);
        if (caller.isEmpty()) {
            return errors.unauthenticated(call.request());
        }
        if (!match.found()) {
            return errors.render(call.request(), match.pathKnown()
                    ? new GoogleException(405, "METHOD_NOT_ALLOWED", "Method not allowed.", "methodNotAllowed", null, null)
                    : GoogleException.notFound("Method not found."));
        }
        try {
            caller.get().checkScope(operation);
            checkFieldNames(operation, call.request());
            return match.handler().handler().handle(new GoogleCall(call, caller.get(), match.params()));
        } catch (GoogleException e) {
            return errors.render(call.request(), e);
        } catch (FieldMask.Invalid e) {
            return errors.render(call.request(), GoogleException.invalidParameter(e.getMessage(), "fields"));
        }
    }

    /** Sheets' and Docs' 400 for a body naming a field their message does not have (RequestSchemas). */
    private static void checkFieldNames(String operation, Request request) {
        if (request.body().length == 0) {
            return;
        }
        JsonNode body;
        try {
            body = Json.parse(request.body());
        } catch (Json.MalformedJsonException e) {
            return; // the method answers it in the parser's words
        }
        RequestSchemas.get().check(operation, body);
    }

    /**
     * Issued tokens and self-signed JWTs name their universe by a minted credential inside them; a token request
     * with a service account's assertion (which carries no bearer) by the key id of that assertion.
     */
    @Override
    public Optional<String> credentialOf(Request request) {
        return request.bearerToken().flatMap(GoogleAuth::routingCredential)
                .or(() -> OAuthApi.assertionKeyId(request));
    }

    @Override
    public VendorErrors errors() {
        return errors;
    }

    /** Sheets: 60 reads and 60 writes a minute per user; Docs likewise; Drive 12,000 queries a minute per user. */
    @Override
    public RateLimitPolicy rateLimits() {
        return (request, operation) -> {
            String user = request.bearerToken().orElse("anonymous");
            if (operation.startsWith("drive.")) {
                return Optional.of(new RateLimitPolicy.Limit("drive:" + user, 12_000, 60_000));
            }
            String kind = request.method().equals("GET") ? "read" : "write";
            return Optional.of(new RateLimitPolicy.Limit(operation.split("\\.")[0] + ":" + kind + ":" + user, 60, 60_000));
        };
    }

    /** Google's clients gzip request bodies (Content-Encoding: gzip); the APIs read them decompressed. */
    @Override
    public boolean decodesGzipBodies() {
        return true;
    }

    @Override
    public List<String> rootPrefixes() {
        return List.of("/v4/spreadsheets", "/v1/documents", "/drive/v3/", "/upload/drive/v3/", "/upload/drive/v2/", "/download/drive/v3/");
    }

    /**
     * {@code GET /_dtu/universes/{id}/google/tokens}: every account's access token by person id, so a scenario
     * (or a test) can act as any person.
     */
    @Override
    public Optional<Response> admin(TwinCall call) {
        if (!call.request().method().equals("GET") || !call.request().path().equals("/tokens")) {
            return Optional.empty();
        }
        ObjectNode tokens = Json.object();
        call.state().all(GoogleAuth.ACCOUNTS).values().forEach(a ->
                call.universe().secret(name(), a.credentialName()).ifPresent(t -> tokens.put(a.id(), t)));
        return Optional.of(Response.json(200, Json.object().set("tokens", tokens)));
    }

    /** Every route as "METHOD /template" (the OpenAPI documents are checked against it). */
    /** A custom method ("POST:batchUpdate" on a template) is the template's ":batchUpdate" suffix, as Google writes it. */
    @Override
    public List<dev.dtu.server.twin.ServedRoute> served() {
        return routeTable().stream().map(entry -> {
            String method = entry.substring(0, entry.indexOf(' '));
            String path = entry.substring(entry.indexOf(' ') + 1);
            int colon = method.indexOf(':');
            return colon < 0 ? new dev.dtu.server.twin.ServedRoute(method, path, false)
                    : new dev.dtu.server.twin.ServedRoute(method.substring(0, colon), path + method.substring(colon), false);
        }).toList();
    }

    public List<String> routeTable() {
        return routes.table();
    }
}

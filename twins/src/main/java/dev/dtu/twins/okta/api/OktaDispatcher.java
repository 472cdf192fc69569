package dev.dtu.twins.okta.api;

import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.resource.filter.FilterException;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.okta.errors.OktaErrorResponses;
import dev.dtu.twins.okta.errors.RateLimits;
import dev.dtu.twins.okta.errors.RequestIds;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.OktaException;
import dev.dtu.twins.okta.oauth.OAuthException;
import dev.dtu.twins.okta.oauth.AuthServer;
import dev.dtu.twins.okta.oauth.ManagementScopes;
import dev.dtu.twins.okta.oauth.TokenChecks;
import java.util.List;
import java.util.Optional;

/**
 * Serves one request: finds the route, checks the SSWS API token or the OAuth access token and its scope on
 * Management API routes, turns Okta and
 * OAuth errors into their bodies, and adds the headers every Okta response carries.
 */
public final class OktaDispatcher {
    public static final String API_TOKEN = "apiToken";

    private final Router<OktaRoute> routes;

    public OktaDispatcher(Router<OktaRoute> routes) {
        this.routes = routes;
    }

    public Response handle(TwinCall call) {
        String requestId = RequestIds.next();
        Response response = answer(call, requestId);
        RateLimits.headers(response, call.request(), call.now(), null, 0);
        return response.header("X-Okta-Request-Id", requestId);
    }

    /** A Management API route called without this universe's API token: refused whatever the body says. */
    public boolean refusesUnread(TwinCall call) {
        Router.Match<OktaRoute> match = routes.match(call.request().method(), call.request().path());
        return match.found() && match.handler().management() && caller(call).isEmpty();
    }

    public String operation(Request request) {
        Router.Match<OktaRoute> match = routes.match(request.method(), path(request));
        return match.found() ? match.handler().operationId() : "unknown";
    }

    private Response answer(TwinCall call, String requestId) {
        Request request = call.request();
        Router.Match<OktaRoute> match = routes.match(request.method(), path(request));
        try {
            if (!match.found()) {
                throw match.pathKnown() ? OktaErrors.methodNotSupported()
                        : new OktaException(404, "E0000007", "Not found: Resource not found: " + request.path(), List.of());
            }
            if (match.handler().management()) {
                Optional<Caller> caller = caller(call);
                if (caller.isEmpty()) {
                    throw OktaErrors.invalidToken();
                }
                String scope = match.handler().scope() != null ? match.handler().scope()
                        : ManagementScopes.required(request.method(), path(request));
                if (!caller.get().holds(scope)) {
                    return insufficientScope(request, scope);
                }
            }
            return match.handler().handler().handle(new OktaRequest(call, match.params(), requestId));
        } catch (OktaException e) {
            return OktaErrorResponses.of(e);
        } catch (FilterException e) {
            return OktaErrorResponses.of(OktaErrors.of(e));
        } catch (OAuthException e) {
            return OktaErrorResponses.of(e);
        } catch (Json.MalformedJsonException e) {
            return OktaErrorResponses.of(OktaErrors.malformedBody());
        }
    }

    /**
     * The path as Okta routes it: runs of slashes count as one, so an org URL written with a trailing slash
     * ({@code //api/v1/users}) reaches the same operation.
     */
    static String path(Request request) {
        String path = request.path();
        return path.contains("//") ? path.replaceAll("/{2,}", "/") : path;
    }

    /**
     * Who calls the Management API: the holder of this universe's API token ({@code SSWS}, every scope), or of
     * an active access token of the org server ({@code Bearer}, the scopes it carries).
     */
    private record Caller(List<?> scopes) {
        boolean holds(String scope) {
            return scopes == null || ManagementScopes.satisfied(scopes, scope);
        }
    }

    private static Optional<Caller> caller(TwinCall call) {
        Request request = call.request();
        if (request.authorization("SSWS").flatMap(call::credential).filter(c -> c.name().equals(API_TOKEN)).isPresent()) {
            return Optional.of(new Caller(null));
        }
        return request.bearerToken()
                .flatMap(t -> TokenChecks.activeJwt(call.state(), AuthServer.org(request.baseUrl()), t, call.now()))
                .filter(c -> c.getJWTID().startsWith("AT."))
                .map(c -> new Caller(c.getClaim("scp") instanceof List<?> l ? l : List.of()));
    }

    /** Okta's 403 for an access token without the scope, with RFC 6750's challenge as Okta writes it. */
    private static Response insufficientScope(Request request, String scope) {
        String org = request.baseUrl();
        return OktaErrorResponses.of(new OktaException(403, "E0000006",
                "You do not have permission to perform the requested action", List.of()))
                .header("WWW-Authenticate", "Bearer authorization_uri=\"" + org + "/oauth2/v1/authorize\", realm=\""
                        + org + "\", scope=\"" + scope + "\", error=\"insufficient_scope\", error_description=\"The "
                        + "access token provided does not contain the required scopes.\", resource=\"" + path(request)
                        + "\"");
    }
}

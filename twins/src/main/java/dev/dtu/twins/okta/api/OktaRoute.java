package dev.dtu.twins.okta.api;

import dev.dtu.server.http.Response;

/**
 * One route of the twin: Okta's operation id (journal, metrics, faults, COVERAGE.md) and its handler.
 *
 * @param management whether the route is a Management API route, authenticated with the SSWS API token or an
 *     org-server access token carrying its scope
 * @param scope the {@code okta.*} scope an access token needs for it, or null for the one its path names
 *     ({@code ManagementScopes.required})
 */
public record OktaRoute(String operationId, boolean management, Handler handler, String scope) {

    @FunctionalInterface
    public interface Handler {
        Response handle(OktaRequest request);
    }

    public static OktaRoute api(String operationId, Handler handler) {
        return new OktaRoute(operationId, true, handler, null);
    }

    /** A Management API route that needs a scope other than its path's (declared resources name theirs). */
    public static OktaRoute api(String operationId, String scope, Handler handler) {
        return new OktaRoute(operationId, true, handler, scope);
    }

    public static OktaRoute open(String operationId, Handler handler) {
        return new OktaRoute(operationId, false, handler, null);
    }
}

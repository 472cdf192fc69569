package dev.dtu.twins.okta.api;

import dev.dtu.server.http.Response;

/**
 * One route of the twin: Okta's operation id (journal, metrics, faults, COVERAGE.md) and its handler.
 *
 * @param management whether the route is a Management API route, authenticated with the SSWS API token
 */
public record OktaRoute(String operationId, boolean management, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        Response handle(OktaRequest request);
    }

    public static OktaRoute api(String operationId, Handler handler) {
        return new OktaRoute(operationId, true, handler);
    }

    public static OktaRoute open(String operationId, Handler handler) {
        return new OktaRoute(operationId, false, handler);
    }
}

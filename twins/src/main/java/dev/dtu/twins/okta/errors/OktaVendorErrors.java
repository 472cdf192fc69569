package dev.dtu.twins.okta.errors;

import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.VendorErrors;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.OktaException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** How the framework's own answers (faults, rate limits, unknown universes) look in Okta's envelope. */
public final class OktaVendorErrors implements VendorErrors {
    private final Clock clock;

    public OktaVendorErrors(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response error(int status, String message) {
        return error(status, message, clock.instant());
    }

    /** Dated by the universe's clock when the framework knows the universe (faults, a twin's failure). */
    @Override
    public Response error(int status, String message, Instant now) {
        OktaException e = switch (status) {
            case 400 -> OktaErrors.apiValidationFailed(message, List.of());
            case 401 -> OktaErrors.invalidToken();
            case 403 -> OktaErrors.accessDenied();
            case 404 -> new OktaException(404, "E0000007", "Not found: " + message, List.of());
            case 405 -> OktaErrors.methodNotSupported();
            case 429 -> OktaErrors.rateLimited();
            default -> new OktaException(status, "E0000009", "Internal Server Error", List.of());
        };
        Response response = OktaErrorResponses.of(e);
        RateLimits.headers(response, Request.of("GET", "/"), now, status == 429 ? 0 : null, status == 429 ? 1 : 0);
        return response.header("X-Okta-Request-Id", RequestIds.next());
    }

    /** E0000047; the Node SDK waits until X-Rate-Limit-Reset, measured against the Date header. */
    @Override
    public Response rateLimited(Request request, long retryAfterSeconds) {
        return withHeaders(OktaErrorResponses.of(OktaErrors.rateLimited()), request, 0, Math.max(1, retryAfterSeconds));
    }

    @Override
    public Response rateLimited(Request request, long retryAfterSeconds, Instant now) {
        Response response = OktaErrorResponses.of(OktaErrors.rateLimited());
        RateLimits.headers(response, request, now, 0, Math.max(1, retryAfterSeconds));
        return response.header("X-Okta-Request-Id", RequestIds.next());
    }

    @Override
    public Response unauthenticated(Request request) {
        return withHeaders(OktaErrorResponses.of(OktaErrors.invalidToken()), request, null, 0);
    }

    private Response withHeaders(Response response, Request request, Integer remaining, long reset) {
        Instant now = clock.instant();
        RateLimits.headers(response, request, now, remaining, reset);
        response.header("X-Okta-Request-Id", RequestIds.next());
        return response;
    }
}

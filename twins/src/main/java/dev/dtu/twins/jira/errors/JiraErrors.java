package dev.dtu.twins.jira.errors;

import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.VendorErrors;
import dev.dtu.twins.jira.model.JiraException;
import java.util.List;
import java.util.Map;

/** Jira's error envelope, {"errorMessages":[...],"errors":{field: message}}, for the twin and the framework. */
public final class JiraErrors implements VendorErrors {
    public static final String NOT_AUTHENTICATED = "You are not authenticated. Authentication required to perform this operation.";
    /** What Jira Cloud answers, as plain text, when the Authorization header carries credentials it rejects. */
    public static final String BAD_CREDENTIALS = "Client must be authenticated to access this resource.";
    public static final String RATE_LIMITED = "Rate limit exceeded.";

    public static Response of(JiraException e) {
        return body(e.status(), e.errorMessages(), e.errors());
    }

    public static Response body(int status, List<String> errorMessages, Map<String, String> errors) {
        return Response.json(status, new ErrorCollection(errorMessages, errors));
    }

    @Override
    public Response error(int status, String message) {
        return body(status, List.of(message), Map.of());
    }

    /**
     * Jira Cloud's attachment reference answers 413 when attachments breach a size limit; the words for a full
     * site are the twin's guess (the reference gives none).
     */
    @Override
    public Response storageQuotaExceeded(Request request, dev.dtu.server.universe.StorageQuotaExceeded e) {
        return error(413, "The attachment could not be saved: the site's attachment storage is full ("
                + e.limit() + " bytes). Delete attachments to make room.");
    }

    @Override
    public Response rateLimited(Request request, long retryAfterSeconds) {
        return error(429, RATE_LIMITED).header("Retry-After", Long.toString(retryAfterSeconds))
                .header("RateLimit-Reason", "jira-burst-based");
    }

    @Override
    public Response unauthenticated(Request request) {
        if (request.header("authorization").isPresent()) {
            return Response.text(401, "text/plain;charset=UTF-8", BAD_CREDENTIALS)
                    .header("WWW-Authenticate", "Basic realm=\"protected-area\"");
        }
        return error(401, NOT_AUTHENTICATED);
    }

    /** The wire shape of every Jira error. */
    public record ErrorCollection(List<String> errorMessages, Map<String, String> errors) {}
}

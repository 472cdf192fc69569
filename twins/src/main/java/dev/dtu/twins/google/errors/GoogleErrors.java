package dev.dtu.twins.google.errors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.VendorErrors;

/**
 * Google's error envelope {@code {"error":{"code","message","status"}}}; Drive (and uploads) add the
 * legacy {@code errors[]} with domain, reason, message, locationType and location.
 */
public final class GoogleErrors implements VendorErrors {
    static final String NO_CREDENTIALS = "Request is missing required authentication credential. Expected OAuth 2 "
            + "access token, login cookie or other valid authentication credential. "
            + "See https://developers.google.com/identity/sign-in/web/devconsole-project.";
    static final String BAD_CREDENTIALS = "Request had invalid authentication credentials. Expected OAuth 2 "
            + "access token, login cookie or other valid authentication credential. "
            + "See https://developers.google.com/identity/sign-in/web/devconsole-project.";

    static final String STORAGE_QUOTA = "storageQuotaExceeded";

    public Response render(Request request, GoogleException e) {
        ObjectNode error = Json.object();
        error.put("code", e.code()).put("message", e.getMessage());
        if (isDrive(request)) {
            ObjectNode item = error.putArray("errors").addObject();
            item.put("message", e.getMessage()).put("domain", STORAGE_QUOTA.equals(e.reason()) ? "usageLimits" : "global")
                    .put("reason", e.reason());
            if (e.location() != null) {
                item.put("location", e.location()).put("locationType", e.locationType());
            }
        }
        error.put("status", e.status());
        if (e.details() != null) {
            error.set("details", e.details());
        }
        ObjectNode body = Json.object();
        body.set("error", error);
        return Response.json(e.code(), body);
    }

    @Override
    public Response error(int status, String message) {
        return render(Request.of("GET", "/"), new GoogleException(status, statusOf(status), message, reasonOf(status), null, null));
    }

    @Override
    public Response rateLimited(Request request, long retryAfterSeconds) {
        GoogleException e = new GoogleException(429, "RESOURCE_EXHAUSTED",
                "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute per user' of service '"
                        + service(request) + "' for consumer 'project_number:0'.",
                "rateLimitExceeded", null, null);
        return render(request, e).header("Retry-After", Long.toString(retryAfterSeconds));
    }

    /** Drive's 403 storageQuotaExceeded (developers.google.com/drive/api/guides/handle-errors), domain usageLimits. */
    @Override
    public Response storageQuotaExceeded(Request request, dev.dtu.server.universe.StorageQuotaExceeded e) {
        return render(request, new GoogleException(403, "PERMISSION_DENIED",
                "The user's Drive storage quota has been exceeded.", STORAGE_QUOTA, null, null));
    }

    @Override
    public Response unauthenticated(Request request) {
        boolean sent = request.bearerToken().isPresent();
        GoogleException e = new GoogleException(401, "UNAUTHENTICATED", sent ? BAD_CREDENTIALS : NO_CREDENTIALS,
                sent ? "authError" : "required", "Authorization", "header");
        // A token sent but not accepted adds RFC 6750's error="invalid_token" (as recorded from Google's APIs), the
        // signal on which google-auth-library drops its cached token and fetches a new one.
        return render(request, e).header("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\""
                + (sent ? ", error=\"invalid_token\"" : ""));
    }

    static boolean isDrive(Request request) {
        return request.path().startsWith("/drive/") || request.path().startsWith("/upload/drive/")
                || request.path().startsWith("/download/drive/");
    }

    private static String service(Request request) {
        if (request.path().startsWith("/v4/")) {
            return "sheets.googleapis.com";
        }
        return request.path().startsWith("/v1/") ? "docs.googleapis.com" : "drive.googleapis.com";
    }

    static String statusOf(int code) {
        return switch (code) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "ALREADY_EXISTS";
            case 412 -> "FAILED_PRECONDITION";
            case 413 -> "INVALID_ARGUMENT";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 501 -> "UNIMPLEMENTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> code >= 500 ? "INTERNAL" : "UNKNOWN";
        };
    }

    private static String reasonOf(int code) {
        return switch (code) {
            case 400 -> "badRequest";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 429 -> "rateLimitExceeded";
            default -> code >= 500 ? "backendError" : "error";
        };
    }
}

package dev.dtu.twins.slack.errors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.VendorErrors;

/**
 * Slack's error envelope. Slack answers almost every error with HTTP 200 and {@code ok:false}; the
 * exceptions are unknown methods (404), rate limits (429) and server trouble (5xx).
 */
public final class SlackErrors implements VendorErrors {
    public static Response of(SlackError error) {
        ObjectNode body = envelope(error.code());
        if (error instanceof SlackError.MissingScope m) {
            body.put("needed", m.needed()).put("provided", m.provided());
        }
        if (error instanceof SlackError.Detailed d) {
            body.put("detail", d.detail());
        }
        if (error instanceof SlackError.InvalidManifest im) {
            var out = body.putArray("errors");
            im.errors().forEach(e -> out.addObject().put("message", e.message()).put("pointer", e.pointer()));
        }
        if (error instanceof SlackError.InvalidArguments a) {
            a.messages().forEach(body.putObject("response_metadata").putArray("messages")::add);
        }
        return Response.json(error.code().equals("unknown_method") ? 404 : 200, body);
    }

    public static ObjectNode envelope(String code) {
        ObjectNode body = Json.object();
        body.put("ok", false).put("error", code);
        return body;
    }

    @Override
    public Response error(int status, String message) {
        String code = switch (status) {
            case 404 -> "unknown_method";
            case 413 -> "request_too_large";
            case 429 -> "ratelimited";
            case 503 -> "service_unavailable";
            case 500, 502, 504 -> "internal_error";
            default -> status >= 500 ? "fatal_error" : "invalid_request";
        };
        return Response.json(status, envelope(code));
    }

    /**
     * Slack's files.upload error storage_limit_reached (its reference's error list), with Slack's HTTP 200; the
     * upload URL of files.getUploadURLExternal answers with a status instead, as its clients check only that
     * ("a non-200 response indicates a failure": the 413 and its text are the twin's guess).
     */
    @Override
    public Response storageQuotaExceeded(Request request, dev.dtu.server.universe.StorageQuotaExceeded e) {
        if (request.path().contains("/api/")) {
            return Response.json(200, envelope("storage_limit_reached"));
        }
        return Response.text(413, "text/plain; charset=utf-8", "storage_limit_reached");
    }

    @Override
    public Response rateLimited(Request request, long retryAfterSeconds) {
        return Response.json(429, envelope("ratelimited")).header("Retry-After", Long.toString(retryAfterSeconds));
    }

    @Override
    public Response unauthenticated(Request request) {
        return Response.json(200, envelope("invalid_auth"));
    }
}

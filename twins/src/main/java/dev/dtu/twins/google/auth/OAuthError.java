package dev.dtu.twins.google.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;

/** An error of Google's OAuth endpoints: {@code {"error":"invalid_grant","error_description":"…"}}. */
public final class OAuthError extends RuntimeException {
    private final int status;
    private final String error;

    public OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description);
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    public String error() {
        return error;
    }

    public Response response() {
        ObjectNode body = Json.object().put("error", error);
        if (getMessage() != null) {
            body.put("error_description", getMessage());
        }
        return Response.json(status, body);
    }
}

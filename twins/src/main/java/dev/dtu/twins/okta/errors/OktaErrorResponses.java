package dev.dtu.twins.okta.errors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.okta.model.OktaException;
import dev.dtu.twins.okta.oauth.OAuthException;
import java.security.SecureRandom;

/**
 * Okta's error bodies: the management envelope ({@code errorCode}, {@code errorSummary}, {@code errorLink}
 * — Okta repeats the code there —, {@code errorId}, {@code errorCauses}) and OAuth's
 * {@code error}/{@code error_description}.
 */
public final class OktaErrorResponses {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".toCharArray();

    private OktaErrorResponses() {
    }

    public static Response of(OktaException e) {
        ObjectNode body = Json.object();
        body.put("errorCode", e.errorCode());
        body.put("errorSummary", e.errorSummary());
        body.put("errorLink", e.errorCode());
        body.put("errorId", "oae" + random(22));
        ArrayNode causes = body.putArray("errorCauses");
        e.causes().forEach(c -> causes.addObject().put("errorSummary", c));
        return Response.json(e.httpStatus(), body);
    }

    public static Response of(OAuthException e) {
        ObjectNode body = Json.object();
        body.put("error", e.error());
        body.put("error_description", e.description());
        Response response = Response.json(e.status(), body);
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"Okta\"");
        }
        return response;
    }

    /** Random characters for error and request ids. */
    public static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}

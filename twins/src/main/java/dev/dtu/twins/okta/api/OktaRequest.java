package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.okta.model.Audit;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.Org;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A request to one route: the call, the path parameters, and the parsing helpers routes share. */
public final class OktaRequest {
    private final TwinCall call;
    private final Map<String, String> params;
    private final String requestId;

    public OktaRequest(TwinCall call, Map<String, String> params, String requestId) {
        this.call = call;
        this.params = params;
        this.requestId = requestId;
    }

    public TwinCall call() {
        return call;
    }

    /**
     * A secret this request issued or received (a token, a temporary password): the universe's journal
     * replaces it wherever it shows up, even where no field names it. Returns the secret.
     */
    String secret(String secret, String name) {
        if (secret != null) {
            call.universe().redactor().learn(secret, name);
        }
        return secret;
    }

    public Request http() {
        return call.request();
    }

    public State state() {
        return call.state();
    }

    public Instant now() {
        return call.now();
    }

    /** The org URL as the client reached it: scheme, host and universe prefix, no trailing slash. */
    public String orgUrl() {
        return call.request().baseUrl();
    }

    public Map<String, String> params() {
        return params;
    }

    public String param(String name) {
        return params.get(name);
    }

    public Optional<String> query(String name) {
        return call.request().queryParam(name);
    }

    /** A boolean query parameter; Okta reads anything but "true" as false. */
    public boolean flag(String name, boolean defaultValue) {
        return query(name).map(v -> v.equalsIgnoreCase("true")).orElse(defaultValue);
    }

    public JsonNode body() {
        if (call.request().body().length == 0) {
            return Json.object();
        }
        try {
            return Json.parse(call.request().body());
        } catch (Json.MalformedJsonException e) {
            throw OktaErrors.malformedBody();
        }
    }

    /** The form body of an OAuth endpoint (or the query string of a GET). */
    public Map<String, String> form() {
        Map<String, List<String>> raw = call.request().mediaType().equals("application/x-www-form-urlencoded")
                ? QueryStrings.parse(call.request().bodyText()) : Map.of();
        Map<String, String> form = new LinkedHashMap<>();
        call.request().query().forEach((k, v) -> form.put(k, v.get(0)));
        raw.forEach((k, v) -> form.put(k, v.get(0)));
        return form;
    }

    /** The write's audit: the API token's owner acts, at the universe's time. */
    public Audit audit() {
        LogActor actor = Org.of(state()).admin(state()).map(LogActor::of)
                .orElse(new LogActor("00udtuapitoken000000", "User", "api-token", "API token"));
        return new Audit(now(), actor, requestId);
    }

    public Audit audit(LogActor actor) {
        return new Audit(now(), actor, requestId);
    }

    public <R> R write(Function<Tx, R> change) {
        return call.write(change);
    }

    public String requestId() {
        return requestId;
    }

    public String method() {
        return call.request().method().toUpperCase(Locale.ROOT);
    }
}

package dev.dtu.twins.google.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.server.delivery.Delivery;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.google.drive.changes.ChangeFeed;
import dev.dtu.twins.google.drive.model.Revisions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One authenticated Google API call: the caller, the path parameters and Google's parameter rules. */
public record GoogleCall(TwinCall twinCall, Caller caller, Map<String, String> params) {

    public Request request() {
        return twinCall.request();
    }

    public State state() {
        return twinCall.state();
    }

    /**
     * Changes the universe's state atomically; what the change did to Drive's files and shared drives goes into the
     * changes feed in the same write, and the push notifications it causes are sent once it is committed.
     */
    public <R> R write(Function<Tx, R> change) {
        List<Delivery> outbox = new ArrayList<>();
        R result = twinCall.write(tx -> {
            outbox.clear();
            State before = tx.state();
            R r = change.apply(tx);
            Revisions.record(tx, before, now(), caller == null ? null : caller.id(), CONTENT_KINDS, keepRevisionForever());
            outbox.addAll(ChangeFeed.record(tx, before, now()));
            return r;
        });
        Universe universe = twinCall.universe();
        outbox.forEach(d -> universe.deliveries().send(universe, d));
        return result;
    }

    /** Where Sheets and Docs keep a file's content, under the file's id: a write there is a new revision. */
    private static final java.util.Set<String> CONTENT_KINDS = java.util.Set.of(
            dev.dtu.twins.google.sheets.model.Spreadsheets.SPREADSHEETS.key(),
            dev.dtu.twins.google.docs.model.Documents.DOCUMENTS.key());

    private boolean keepRevisionForever() {
        return query("keepRevisionForever").map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    /** The same call as another caller (a narrower or wider view of shared drives). */
    public GoogleCall as(Caller other) {
        return new GoogleCall(twinCall, other, params);
    }

    public Instant now() {
        return twinCall.now();
    }

    public String param(String name) {
        return params.get(name);
    }

    public Optional<String> query(String name) {
        return request().queryParam(name);
    }

    public boolean flag(String name) {
        // Google reads a boolean parameter without regard to case ("False" from Python's str(False)).
        return query(name).map(v -> {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw GoogleException.invalidParameter("Invalid value for " + name + ": " + v, name);
            }
            return v.equalsIgnoreCase("true");
        }).orElse(false);
    }

    public Optional<Integer> intQuery(String name) {
        return query(name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw GoogleException.invalidParameter("Invalid value '" + v + "'. Values must match the following "
                        + "regular expression: '-?\\d+'", name);
            }
        });
    }

    /** The JSON body; Google's 400 for a body that is not JSON, an empty object for no body. */
    public ObjectNode body() {
        if (request().body().length == 0) {
            return Json.object();
        }
        try {
            JsonNode node = Json.parse(request().body());
            if (!node.isObject()) {
                throw GoogleException.invalidArgument("Invalid JSON payload received. Expected an object.");
            }
            return (ObjectNode) node;
        } catch (Json.MalformedJsonException e) {
            throw dev.dtu.twins.google.errors.InvalidJson.of(e, request().body());
        }
    }

    /** A JSON answer after applying the {@code fields} mask, or {@code defaultMask} when none is given. */
    public Response json(JsonNode full, String defaultMask) {
        String mask = query("fields").orElse(defaultMask);
        JsonNode out = mask == null ? full : FieldMask.parse(mask).apply(full);
        return Response.json(200, out);
    }
}

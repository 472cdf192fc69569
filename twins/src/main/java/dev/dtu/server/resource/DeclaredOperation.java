package dev.dtu.server.resource;

import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One route a declaration gives, for the twin to put in its own route table beside its hand-written routes.
 *
 * @param template the path template below the twin ({@code /api/v1/trustedOrigins/{trustedOriginId}})
 * @param operationId the vendor's operation id (journal, metrics, coverage)
 * @param permission the permission or scope it needs, or null
 */
public record DeclaredOperation(String method, String template, String operationId, String permission, Handler handler) {

    /** Serves the operation once the twin has authenticated the caller. */
    @FunctionalInterface
    public interface Handler {
        Response serve(Caller caller);
    }

    /**
     * The authenticated call as the twin hands it over.
     *
     * @param params the path parameters the route matched
     * @param actor the id the vendor records as creator or updater (may be null)
     * @param granted whether the caller holds a permission or scope
     */
    public record Caller(TwinCall call, Map<String, String> params, String actor, Predicate<String> granted,
                         EventLog events) {
        public Caller {
            events = events == null ? EventLog.NONE : events;
        }

        /** A caller whose twin keeps no log of declared writes. */
        public Caller(TwinCall call, Map<String, String> params, String actor, Predicate<String> granted) {
            this(call, params, actor, granted, EventLog.NONE);
        }
    }

    public Response serve(Caller caller) {
        return handler.serve(caller);
    }
}

package dev.dtu.server.twin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.metrics.Metrics;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.List;

/**
 * One vendor twin plugged into the universe server. The framework owns universes, routing, faults,
 * rate-limit counting, the journal and metrics; a twin owns its state kinds, seed section, routes and
 * its vendor's error envelope.
 */
public interface Twin {
    /** The path segment and state key: "slack", "okta", "jira", "google". */
    String name();

    /** Every entity kind the twin stores (durable storage reads rows back by kind). */
    List<Kind<?>> kinds();

    /** Validates this twin's section of the seed (already schema-checked) and writes the initial state. */
    void seed(SeedDocument seed, Tx tx);

    /** The secrets to mint for a universe with this state (bot token, API token, per-person tokens). */
    List<CredentialSpec> credentials(State state);

    /** The twin's entry in a universe's description: base URL and credentials under fixed names. */
    ObjectNode describe(UniverseView universe);

    /** The operation a request names (Slack method, Okta operation id), for journal, metrics and faults. */
    String operation(Request request);

    /**
     * Whether {@link #operation} could not name a request, i.e. the twin has no route for it: Slack's
     * {@code unknown_method}, the framework's {@code unknown}, or the request line itself.
     */
    static boolean unnamed(String operation, String method, String path) {
        return operation == null || operation.equals("unknown_method") || operation.equals(Metrics.UNKNOWN)
                || operation.equals(method + " " + path);
    }

    /** Serves one request of this twin for one universe. */
    dev.dtu.server.http.Response handle(TwinCall call);

    /** The vendor's error envelope, used by the framework for faults, rate limits and its own errors. */
    VendorErrors errors();

    /** The vendor's rate limits, applied only when a universe switches rate limiting on. */
    default RateLimitPolicy rateLimits() {
        return RateLimitPolicy.NONE;
    }

    /**
     * Whether a request at this path (below the twin) is cheap: bounded work that never blocks, so the server may
     * serve it on the IO thread that read it (when its universe injects no faults and its body is small). Every
     * other request goes to a worker, so one slow request cannot delay health checks or other universes.
     */
    default boolean cheap(String path) {
        return false;
    }

    /**
     * Whether the vendor takes request bodies sent with {@code Content-Encoding: gzip}; the framework then
     * decompresses them (under the body size limit) before the twin sees them.
     */
    default boolean decodesGzipBodies() {
        return false;
    }

    /**
     * Paths this twin also answers at the server root, with the universe chosen by the credential (Google's
     * Node client drops any path prefix in its rootUrl).
     */
    default List<String> rootPrefixes() {
        return List.of();
    }

    /**
     * Whether the request line and headers alone show the request is refused for its credential (none where the
     * vendor needs one in a header, or one this universe did not issue), whatever its body says. The server then
     * serves it with an empty body, before reading the one sent: a stranger's large or slow upload holds no
     * thread and no memory. The twin's own check must refuse such a request first, so the answer is the usual one.
     * False (the default) where the body may still carry the credential (a Slack token in a form).
     */
    default boolean refusesUnread(TwinCall headersOnly) {
        return false;
    }

    /** The credential a root-level request carries, used to find its universe. */
    default java.util.Optional<String> credentialOf(Request request) {
        return request.bearerToken();
    }

    /**
     * The minted credential a secret the twin issued at run time carries (an OAuth token, say), so the forward
     * proxy finds that secret's universe although the registry never saw the secret itself.
     */
    default java.util.Optional<String> routeOf(String secret) {
        return java.util.Optional.empty();
    }

    /** Every route the twin serves, for the coverage report against the vendor's published API. */
    default List<ServedRoute> served() {
        return List.of();
    }

    /**
     * The names {@link #operation} gives the routes in {@link #served()}, sorted: what fault rules, the journal and
     * metrics call operations. Empty when the twin lists no routes (fault rules are then not checked against it).
     */
    default List<String> operations() {
        return Operations.of(this);
    }

    /**
     * A WebSocket upgrade request at one of this twin's paths in a universe (Slack's Socket Mode link). The
     * request path is the part after the twin's name. Refused with a 404 unless the twin takes sockets.
     */
    default dev.dtu.server.delivery.SocketUpgrade upgrade(dev.dtu.server.universe.Universe universe, Request request) {
        return dev.dtu.server.delivery.SocketUpgrade.refuse(errors().error(404, "no WebSocket at " + request.path()));
    }

    /**
     * Serves {@code /_dtu/universes/{id}/{twin}/...}: admin actions of this twin, such as a scenario acting
     * as a person. The request path is the part after the twin's name. Empty when the path is not one.
     */
    default java.util.Optional<dev.dtu.server.http.Response> admin(TwinCall call) {
        return java.util.Optional.empty();
    }
}

package dev.dtu.server;

import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.TwinGateway;
import dev.dtu.server.metrics.Metrics;
import dev.dtu.server.state.DeferredAcks;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.xnio.IoUtils;

/**
 * The one Undertow handler: turns the exchange into a {@link Request}, picks admin, metrics or a twin
 * (by {@code /u/{id}/{twin}/} prefix, or by credential for root-level vendor paths), writes the answer.
 *
 * <p>A twin request whose universe has no faults never blocks: it is read and served on the IO thread, as a
 * bare Undertow handler would be; with durable state its response waits (without holding the thread) until
 * its writes are committed. Everything else (admin calls, fault latency, streamed bodies) is dispatched to a
 * worker thread and uses blocking IO.
 */
final class HttpEntry implements HttpHandler {
    private final UniverseRegistry universes;
    private final AdminApi admin;
    private final TwinGateway gateway;
    private final Metrics metrics;
    /** Most bytes of an oversized body read and dropped before answering 413 (beyond it the connection closes). */
    private static final long DRAIN_LIMIT = 256L << 20;
    private final long maxBody;
    private final SocketEntry sockets;

    /** Where a twin request goes, or the answer it already has (unknown twin or universe, too large). */
    private record Routed(Twin twin, Universe universe, Request request, Response answer) {
        static Routed answered(Response r) {
            return new Routed(null, null, null, r);
        }
    }

    HttpEntry(UniverseRegistry universes, AdminApi admin, TwinGateway gateway, Metrics metrics, long maxBody) {
        this.universes = universes;
        this.admin = admin;
        this.gateway = gateway;
        this.metrics = metrics;
        this.maxBody = maxBody;
        this.sockets = new SocketEntry(universes);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (SocketEntry.isUpgrade(exchange)) {
            sockets.handle(exchange); // a WebSocket at a twin's path (Slack's Socket Mode)
            return;
        }
        if (exchange.isInIoThread()) {
            if (isTwinPath(exchange.getRequestPath()) && hasSmallKnownBody(exchange)) {
                exchange.getRequestReceiver().receiveFullBytes(this::received,
                        (ex, e) -> IoUtils.safeClose(ex.getConnection()));
                return;
            }
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        write(exchange, route(exchange, exchange.getRequestPath()));
    }

    /** The body has arrived on the IO thread: serve here unless this universe's faults may need to sleep. */
    private void received(HttpServerExchange ex, byte[] body) {
        Routed routed = twinRoute(ex, ex.getRequestPath(), body);
        if (routed.answer() == null && !routed.universe().faults().isEmpty()) {
            ex.dispatch(() -> send(ex, serve(routed)));
            return;
        }
        Response response;
        DeferredAcks acks = DeferredAcks.open();
        try {
            response = serve(routed);
        } finally {
            acks.close();
        }
        if (acks.allDurable()) {
            send(ex, response);
            return;
        }
        ex.dispatch(SameThreadExecutor.INSTANCE, () -> acks.whenDurable(failure -> ex.getIoThread().execute(() ->
                send(ex, failure == null ? response : routed.twin().errors().error(500, "internal error")))));
    }

    private boolean hasSmallKnownBody(HttpServerExchange ex) {
        long declared = ex.getRequestContentLength();
        boolean streamed = ex.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
        return !streamed && declared <= maxBody;
    }

    private boolean isTwinPath(String path) {
        return path.startsWith("/u/") || rootTwin(path) != null;
    }

    private Twin rootTwin(String path) {
        for (Twin twin : universes.twins()) {
            for (String prefix : twin.rootPrefixes()) {
                if (path.startsWith(prefix)) {
                    return twin;
                }
            }
        }
        return null;
    }

    private Response route(HttpServerExchange ex, String path) throws IOException {
        if (path.equals("/metrics")) {
            return Response.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
        }
        if (path.startsWith("/_dtu/") || path.equals("/_dtu")) {
            byte[] body = readBody(ex);
            if (body == null) {
                return AdminApi.error(413, "payload_too_large", "the body is larger than " + maxBody + " bytes");
            }
            return admin.serve(request(ex, path.substring(5), body, origin(ex) + "/_dtu"));
        }
        if (!isTwinPath(path)) {
            return AdminApi.error(404, "not_found", "no route " + path + "; twins live under /u/{universe}/{twin}/");
        }
        return serve(twinRoute(ex, path, readBody(ex)));
    }

    private Response serve(Routed routed) {
        return routed.answer() != null ? routed.answer() : gateway.serve(routed.twin(), routed.universe(), routed.request());
    }

    /** @param body the request body, or null when it was larger than the limit */
    private Routed twinRoute(HttpServerExchange ex, String path, byte[] body) {
        return path.startsWith("/u/") ? universePath(ex, path, body) : rootPath(ex, rootTwin(path), path, body);
    }

    private Routed universePath(HttpServerExchange ex, String path, byte[] body) {
        String[] parts = path.split("/", 5); // "", "u", id, twin, rest
        if (parts.length < 4) {
            return Routed.answered(AdminApi.error(404, "not_found", "expected /u/{universe}/{twin}/..."));
        }
        Twin twin = universes.twins().stream().filter(t -> t.name().equals(parts[3])).findFirst().orElse(null);
        if (twin == null) {
            return Routed.answered(AdminApi.error(404, "unknown_twin", "no twin '" + parts[3] + "'"));
        }
        String rest = "/" + (parts.length == 5 ? parts[4] : "");
        String base = origin(ex) + "/u/" + parts[2] + "/" + twin.name();
        Request request = request(ex, rest, body == null ? new byte[0] : body, base);
        if (body == null) {
            return Routed.answered(twin.errors().error(413, "request entity too large"));
        }
        return universes.find(parts[2])
                .map(u -> new Routed(twin, u, request, null))
                .orElseGet(() -> Routed.answered(twin.errors().error(404, "no universe '" + parts[2] + "'")));
    }

    private Routed rootPath(HttpServerExchange ex, Twin twin, String path, byte[] body) {
        Request request = request(ex, path, body == null ? new byte[0] : body, origin(ex));
        if (body == null) {
            return Routed.answered(twin.errors().error(413, "request entity too large"));
        }
        return twin.credentialOf(request)
                .flatMap(universes::bySecret)
                .map(u -> new Routed(twin, u, request, null))
                .orElseGet(() -> Routed.answered(twin.errors().unauthenticated(request)));
    }

    private Request request(HttpServerExchange ex, String path, byte[] body, String baseUrl) {
        Map<String, List<String>> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach(h -> headers.put(h.getHeaderName().toString().toLowerCase(Locale.ROOT),
                new ArrayList<>(h)));
        return new Request(ex.getRequestMethod().toString(), path, QueryStrings.parse(ex.getQueryString()), headers,
                body, baseUrl);
    }

    /**
     * The body, or null when it is larger than the limit. A body over the limit is still read (up to
     * {@link #DRAIN_LIMIT}) and dropped: answering 413 and closing while the client still sends makes its TCP
     * stack reset the connection, and the client never sees the 413.
     */
    private byte[] readBody(HttpServerExchange ex) throws IOException {
        try (InputStream in = ex.getInputStream()) {
            if (ex.getRequestContentLength() > maxBody) {
                drain(in);
                return null;
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (body.length > maxBody) {
                drain(in);
                return null;
            }
            return body;
        }
    }

    /** Undertow's own cut-off: past the body limit by as much as an oversized body is drained. */
    static long entityLimit(long maxBody) {
        return maxBody + DRAIN_LIMIT;
    }

    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
            left -= n;
        }
    }

    private static String origin(HttpServerExchange ex) {
        return ex.getRequestScheme() + "://" + ex.getHostAndPort();
    }

    private static void write(HttpServerExchange ex, Response response) throws IOException {
        if (response.dropsConnection()) {
            ex.getConnection().close();
            return;
        }
        head(ex, response);
        ex.getOutputStream().write(response.body());
        ex.endExchange();
    }

    /** Writes without blocking (from the IO thread, or a worker that never started blocking mode). */
    private static void send(HttpServerExchange ex, Response response) {
        if (response.dropsConnection()) {
            IoUtils.safeClose(ex.getConnection());
            return;
        }
        head(ex, response);
        ex.getResponseSender().send(ByteBuffer.wrap(response.body()));
    }

    private static void head(HttpServerExchange ex, Response response) {
        ex.setStatusCode(response.status());
        response.headers().forEach((k, v) -> ex.getResponseHeaders().put(HttpString.tryFromString(k), v));
        response.repeatedHeaders().forEach((k, values) -> ex.getResponseHeaders().addAll(HttpString.tryFromString(k), values));
    }
}

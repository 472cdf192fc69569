package dev.dtu.server;

import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.BodyEncoding;
import dev.dtu.server.http.HeavyLane;
import dev.dtu.server.http.Paths;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.RequestHead;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.TwinGateway;
import dev.dtu.server.metrics.Metrics;
import dev.dtu.server.proxy.ForwardProxy;
import dev.dtu.server.state.DeferredAcks;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.xnio.IoUtils;

/**
 * The one Undertow handler: turns the exchange into a {@link Request}, picks admin, metrics or a twin
 * (by {@code /u/{id}/{twin}/} prefix, or by credential for root-level vendor paths), writes the answer.
 *
 * <p>The IO threads only read and write: they answer the health check, and what can be answered from the
 * request line and headers alone (an unknown universe or twin, a root-level request without a credential of
 * any universe, a declared body over the limit) without reading the body. Everything else runs on a worker
 * thread, so one slow request (a large body, a search, a recalculation) never delays the health check or
 * another universe. A small body is read without blocking before the worker takes over; with durable state a
 * twin's response waits (without holding the worker) until its writes are committed.
 */
final class HttpEntry implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(HttpEntry.class.getName());
    private static final String HEALTH = "/_dtu/health";
    private static final byte[] NO_BODY = new byte[0];
    /** Most bytes of an oversized body read and dropped before answering 413 (beyond it the connection closes). */
    private static final long DRAIN_LIMIT = 256L << 20;

    private final UniverseRegistry universes;
    private final AdminApi admin;
    private final TwinGateway gateway;
    private final Metrics metrics;
    /** Largest body of a request served on the IO thread; larger ones cost parsing time and go to a worker. */
    static final int CHEAP_BODY = 16 * 1024;
    private final long maxBody;
    private final HeavyLane heavy = HeavyLane.forThisMachine();
    private final SocketEntry sockets;
    private final String proxyKey;

    /** Where a twin request goes (found from its request line and headers), or the answer it already has. */
    private record Routed(Twin twin, Universe universe, String path, String baseUrl, Response answer) {
        static Routed answered(Response r) {
            return new Routed(null, null, null, null, r);
        }
    }

    HttpEntry(UniverseRegistry universes, AdminApi admin, TwinGateway gateway, Metrics metrics, long maxBody,
              String proxyKey) {
        this.proxyKey = proxyKey;
        this.universes = universes;
        this.admin = admin;
        this.gateway = gateway;
        this.metrics = metrics;
        this.maxBody = maxBody;
        this.sockets = new SocketEntry(universes);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        try {
            if (SocketEntry.isUpgrade(exchange)) {
                sockets.handle(exchange); // a WebSocket at a twin's path (Slack's Socket Mode)
                return;
            }
            String malformed = malformed(exchange);
            if (malformed != null) {
                send(exchange, malformed(exchange, malformed)); // the body, unread, is discarded by Undertow
                return;
            }
            if (exchange.isInIoThread()) {
                onIoThread(exchange);
            } else {
                onWorker(exchange);
            }
        } catch (Throwable e) {
            failed(exchange, null, e);
        }
    }

    private void onIoThread(HttpServerExchange ex) {
        String path = Paths.decode(ex.getRequestPath()).orElse(null);
        if (path == null) {
            send(ex, badPath(ex));
            return;
        }
        if (path.equals(HEALTH)) {
            send(ex, admin.serve(request(ex, "/health", new byte[0], origin(ex) + "/_dtu")));
            return;
        }
        if (!isTwinPath(path)) {
            ex.dispatch(this);
            return;
        }
        Routed routed = twinRoute(ex, path);
        if (routed.answer() == null && refusedUnread(ex, routed)) {
            serveUnread(ex, routed);
            return;
        }
        if (routed.answer() != null && !declaresLargeBody(ex)) {
            send(ex, routed.answer()); // the body, unread, is discarded by Undertow
            return;
        }
        if (routed.answer() == null && hasSmallKnownBody(ex)) {
            ex.getRequestReceiver().receiveFullBytes((e, body) -> {
                if (servesHere(e, routed, body)) {
                    serveReceived(e, routed, body);
                } else {
                    e.dispatch(() -> serveReceived(e, routed, body));
                }
            }, (e, error) -> IoUtils.safeClose(e.getConnection()));
            return;
        }
        ex.dispatch(this);
    }

    /** Admin calls, metrics, and twin requests whose body is streamed or large: blocking IO on a worker. */
    private void onWorker(HttpServerExchange ex) throws IOException {
        ex.startBlocking();
        String path = Paths.decode(ex.getRequestPath()).orElse(null);
        if (path == null) {
            write(ex, badPath(ex));
            return;
        }
        if (path.equals("/metrics")) {
            write(ex, Response.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
            return;
        }
        if (path.startsWith("/_dtu/") || path.equals("/_dtu")) {
            byte[] body = readBody(ex);
            write(ex, body == null
                    ? AdminApi.error(413, "payload_too_large", "the body is larger than " + maxBody + " bytes")
                    : admin.serve(request(ex, path.substring(5), body, origin(ex) + "/_dtu")));
            return;
        }
        if (path.equals("/")) {
            write(ex, admin.serve(request(ex, "/", new byte[0], origin(ex) + "/_dtu"))); // the index page
            return;
        }
        if (!isTwinPath(path)) {
            write(ex, AdminApi.error(404, "not_found", "no route " + path + "; twins live under /u/{universe}/{twin}/"));
            return;
        }
        Routed routed = twinRoute(ex, path);
        byte[] body = readBody(ex);
        if (routed.answer() != null) {
            write(ex, routed.answer());
        } else if (body != null && HeavyLane.isHeavy(body.length, ex.getRequestHeaders().contains(Headers.CONTENT_ENCODING))) {
            write(ex, heavy.serve(() -> serve(ex, routed, body)));
        } else {
            write(ex, serve(ex, routed, body));
        }
    }

    /** Whether the twin refuses this request for its headers alone, so its body need never be read. */
    private boolean refusedUnread(HttpServerExchange ex, Routed routed) {
        Request headersOnly = request(ex, routed.path(), NO_BODY, routed.baseUrl());
        return routed.twin().refusesUnread(new TwinCall(headersOnly, routed.universe(), routed.twin().name()));
    }

    /**
     * Serves a refused request with an empty body, on this IO thread unless faults may sleep. The body sent is
     * never read into memory: Undertow discards it after the answer, on the IO thread, without blocking.
     */
    private void serveUnread(HttpServerExchange ex, Routed routed) {
        if (routed.universe().faults().isEmpty()) {
            serveReceived(ex, routed, NO_BODY);
        } else {
            ex.dispatch(() -> serveReceived(ex, routed, NO_BODY));
        }
    }

    /** Cheap work the twin vouches for, in a universe whose faults cannot sleep: served on the IO thread. */
    /**
     * A small body of a cheap route with no faults is served on the IO thread that read it. An encoded (gzip) body
     * never is: a few KiB on the wire may inflate to the body limit, work that would hold the IO thread and the
     * health checks it answers.
     */
    private static boolean servesHere(HttpServerExchange ex, Routed routed, byte[] body) {
        return body.length <= CHEAP_BODY && !ex.getRequestHeaders().contains(Headers.CONTENT_ENCODING)
                && routed.universe().faults().isEmpty() && routed.twin().cheap(routed.path());
    }

    /** A twin request whose body has arrived: served on this thread (a worker, or the IO thread when cheap). */
    private void serveReceived(HttpServerExchange ex, Routed routed, byte[] body) {
        Response response;
        DeferredAcks acks = DeferredAcks.open();
        try {
            response = serve(ex, routed, body);
        } catch (Throwable e) {
            failed(ex, routed.twin(), e);
            return;
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

    /** @param body the request body, or null when it was larger than the limit */
    private Response serve(HttpServerExchange ex, Routed routed, byte[] body) {
        Twin twin = routed.twin();
        if (body == null) {
            return twin.errors().error(413, BodyEncoding.tooLarge(maxBody));
        }
        Map<String, List<String>> headers = headers(ex);
        if (twin.decodesGzipBodies() && BodyEncoding.isGzip(headers) && body.length > 0) {
            BodyEncoding.Decoded decoded = BodyEncoding.gunzip(body, maxBody);
            if (decoded.answer() != null) {
                return decoded.answer().apply(twin.errors());
            }
            body = decoded.body();
            headers.remove("content-encoding");
        }
        Request request = new Request(ex.getRequestMethod().toString(), routed.path(),
                QueryStrings.parse(ex.getQueryString()), headers, body, routed.baseUrl());
        return gateway.serve(twin, routed.universe(), request);
    }

    /** A path with a malformed escape or bytes that are not UTF-8: the addressed vendor's 400. */
    private Response badPath(HttpServerExchange ex) {
        Twin twin = addressedTwin(ex.getRequestPath());
        String message = "The request path is not valid: a malformed %-escape or bytes that are not UTF-8.";
        return twin != null ? twin.errors().error(400, message) : AdminApi.error(400, "invalid_request", message);
    }

    /** A request Undertow's parser would have refused (mended by {@link RequestHead}): the vendor's 400. */
    private Response malformed(HttpServerExchange ex, String what) {
        String message = what.equals("url")
                ? "The request URL is not valid: a malformed %-escape, a space or a control character."
                : "A request header is not valid: it holds a control character.";
        Twin twin = addressedTwin(Paths.decode(ex.getRequestPath()).orElse(ex.getRequestPath()));
        return twin != null ? twin.errors().error(400, message) : AdminApi.error(400, "invalid_request", message);
    }

    /** The last resort: one log line and a 500 in the addressed vendor's shape, on a connection kept open. */
    private void failed(HttpServerExchange ex, Twin twin, Throwable e) {
        LOG.warning(() -> "request " + ex.getRequestMethod() + " " + ex.getRequestURI() + " failed: " + e
                + (e.getStackTrace().length == 0 ? "" : " at " + e.getStackTrace()[0]));
        if (ex.isResponseStarted()) {
            IoUtils.safeClose(ex.getConnection());
            return;
        }
        Twin addressed = twin != null ? twin : addressedTwin(ex.getRequestPath());
        send(ex, addressed != null ? addressed.errors().error(500, "internal error")
                : AdminApi.error(500, "internal_error", "internal error"));
    }

    private boolean hasSmallKnownBody(HttpServerExchange ex) {
        return !ex.getRequestHeaders().contains(Headers.TRANSFER_ENCODING) && ex.getRequestContentLength() <= maxBody;
    }

    private boolean declaresLargeBody(HttpServerExchange ex) {
        return ex.getRequestContentLength() > 64 * 1024 || ex.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
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

    /** The twin a path addresses ({@code /u/{id}/{twin}/...} or a root prefix), if any. */
    Twin addressedTwin(String path) {
        if (path.startsWith("/u/")) {
            String[] parts = path.split("/", 5);
            return parts.length < 4 ? null : twinNamed(parts[3]);
        }
        return rootTwin(path);
    }

    private Twin twinNamed(String name) {
        return universes.twins().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** Routes by request line and headers alone: the body is not needed to find the universe. */
    private Routed twinRoute(HttpServerExchange ex, String path) {
        return path.startsWith("/u/") ? universePath(ex, path) : rootPath(ex, rootTwin(path), path);
    }

    private Routed universePath(HttpServerExchange ex, String path) {
        String[] parts = path.split("/", 5); // "", "u", id, twin, rest
        if (parts.length < 4) {
            return Routed.answered(AdminApi.error(404, "not_found", "expected /u/{universe}/{twin}/..."));
        }
        Twin twin = twinNamed(parts[3]);
        if (twin == null) {
            return Routed.answered(AdminApi.error(404, "unknown_twin", "no twin '" + parts[3] + "'"));
        }
        String rest = "/" + (parts.length == 5 ? parts[4] : "");
        String base = vendorOrigin(ex).orElse(origin(ex) + "/u/" + parts[2] + "/" + twin.name());
        return universes.find(parts[2])
                .map(u -> new Routed(twin, u, rest, base, null))
                .orElseGet(() -> Routed.answered(twin.errors().error(404, "no universe '" + parts[2] + "'")));
    }

    private Routed rootPath(HttpServerExchange ex, Twin twin, String path) {
        Request headersOnly = request(ex, path, new byte[0], origin(ex));
        return twin.credentialOf(headersOnly)
                .flatMap(universes::bySecret)
                .map(u -> new Routed(twin, u, path, vendorOrigin(ex).orElse(origin(ex)), null))
                .orElseGet(() -> Routed.answered(twin.errors().unauthenticated(headersOnly)));
    }

    /**
     * The vendor's own origin ({@code https://slack.com}) when the request came through this server's forward proxy
     * for that host: the twin's root there is the vendor's, so links and {@code Location} headers name it.
     */
    private java.util.Optional<String> vendorOrigin(HttpServerExchange ex) {
        return viaProxy(ex).map(via -> "https://" + via[0]);
    }

    /**
     * What the forward proxy says of a request it sends on: the vendor host, and (when the head it received needed
     * mending, see {@link RequestHead}) what was malformed; empty when the header is absent or lacks the proxy's key.
     */
    private java.util.Optional<String[]> viaProxy(HttpServerExchange ex) {
        String via = ex.getRequestHeaders().getFirst(ForwardProxy.VENDOR_HOST);
        int space = via == null ? -1 : via.indexOf(' ');
        if (space < 0 || !java.security.MessageDigest.isEqual(proxyKey.getBytes(StandardCharsets.US_ASCII),
                via.substring(0, space).getBytes(StandardCharsets.US_ASCII))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(via.substring(space + 1).split(" ", 2));
    }

    /** The guard's marker ({@link RequestHead}), or the proxy's word for it. */
    private String malformed(HttpServerExchange ex) {
        String marker = ex.getRequestHeaders().getFirst(RequestHead.MARKER);
        return marker != null ? marker : viaProxy(ex).filter(via -> via.length > 1).map(via -> via[1]).orElse(null);
    }

    private Request request(HttpServerExchange ex, String path, byte[] body, String baseUrl) {
        return new Request(ex.getRequestMethod().toString(), path, QueryStrings.parse(ex.getQueryString()), headers(ex),
                body, baseUrl);
    }

    private static Map<String, List<String>> headers(HttpServerExchange ex) {
        Map<String, List<String>> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach(h -> headers.put(h.getHeaderName().toString().toLowerCase(Locale.ROOT),
                new ArrayList<>(h)));
        headers.remove(ForwardProxy.VENDOR_HOST); // the proxy's key: for this handler only
        return headers;
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

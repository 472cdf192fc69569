package dev.dtu.server;

import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.TwinGateway;
import dev.dtu.server.metrics.Metrics;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.UniverseRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one Undertow handler: turns the exchange into a {@link Request}, picks admin, metrics or a twin
 * (by {@code /u/{id}/{twin}/} prefix, or by credential for root-level vendor paths), writes the answer.
 */
final class HttpEntry implements HttpHandler {
    private final UniverseRegistry universes;
    private final AdminApi admin;
    private final TwinGateway gateway;
    private final Metrics metrics;
    private final long maxBody;

    HttpEntry(UniverseRegistry universes, AdminApi admin, TwinGateway gateway, Metrics metrics, long maxBody) {
        this.universes = universes;
        this.admin = admin;
        this.gateway = gateway;
        this.metrics = metrics;
        this.maxBody = maxBody;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        String path = exchange.getRequestPath();
        write(exchange, route(exchange, path));
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
        if (path.startsWith("/u/")) {
            return universePath(ex, path);
        }
        for (Twin twin : universes.twins()) {
            for (String prefix : twin.rootPrefixes()) {
                if (path.startsWith(prefix)) {
                    return rootPath(ex, twin, path);
                }
            }
        }
        return AdminApi.error(404, "not_found", "no route " + path + "; twins live under /u/{universe}/{twin}/");
    }

    private Response universePath(HttpServerExchange ex, String path) throws IOException {
        String[] parts = path.split("/", 5); // "", "u", id, twin, rest
        if (parts.length < 4) {
            return AdminApi.error(404, "not_found", "expected /u/{universe}/{twin}/...");
        }
        Twin twin = universes.twins().stream().filter(t -> t.name().equals(parts[3])).findFirst().orElse(null);
        if (twin == null) {
            return AdminApi.error(404, "unknown_twin", "no twin '" + parts[3] + "'");
        }
        String rest = "/" + (parts.length == 5 ? parts[4] : "");
        String base = origin(ex) + "/u/" + parts[2] + "/" + twin.name();
        byte[] body = readBody(ex);
        Request request = request(ex, rest, body == null ? new byte[0] : body, base);
        if (body == null) {
            return twin.errors().error(413, "request entity too large");
        }
        return universes.find(parts[2])
                .map(u -> gateway.serve(twin, u, request))
                .orElseGet(() -> twin.errors().error(404, "no universe '" + parts[2] + "'"));
    }

    private Response rootPath(HttpServerExchange ex, Twin twin, String path) throws IOException {
        byte[] body = readBody(ex);
        Request request = request(ex, path, body == null ? new byte[0] : body, origin(ex));
        if (body == null) {
            return twin.errors().error(413, "request entity too large");
        }
        return twin.credentialOf(request)
                .flatMap(universes::bySecret)
                .map(u -> gateway.serve(twin, u, request))
                .orElseGet(() -> twin.errors().unauthenticated(request));
    }

    private Request request(HttpServerExchange ex, String path, byte[] body, String baseUrl) {
        Map<String, List<String>> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach(h -> headers.put(h.getHeaderName().toString().toLowerCase(Locale.ROOT),
                new ArrayList<>(h)));
        return new Request(ex.getRequestMethod().toString(), path, QueryStrings.parse(ex.getQueryString()), headers,
                body, baseUrl);
    }

    /** The body, or null when it is larger than the limit. */
    private byte[] readBody(HttpServerExchange ex) throws IOException {
        long declared = ex.getRequestContentLength();
        if (declared > maxBody) {
            return null;
        }
        try (InputStream in = ex.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            return body.length > maxBody ? null : body;
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
        ex.setStatusCode(response.status());
        response.headers().forEach((k, v) -> ex.getResponseHeaders().put(HttpString.tryFromString(k), v));
        response.repeatedHeaders().forEach((k, values) -> ex.getResponseHeaders().addAll(HttpString.tryFromString(k), values));
        ex.getOutputStream().write(response.body());
        ex.endExchange();
    }
}

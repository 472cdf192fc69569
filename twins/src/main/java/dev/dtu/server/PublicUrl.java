package dev.dtu.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.URI;

/** {@code --public-url}: every request is answered as if it reached that URL (links, Location headers, uploads). */
final class PublicUrl implements HttpHandler {
    private final String scheme;
    private final String hostAndPort;
    private final HttpHandler next;

    PublicUrl(URI url, HttpHandler next) {
        this.scheme = url.getScheme();
        this.hostAndPort = url.getRawAuthority();
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.setRequestScheme(scheme);
        exchange.getRequestHeaders().put(Headers.HOST, hostAndPort);
        next.handleRequest(exchange);
    }
}

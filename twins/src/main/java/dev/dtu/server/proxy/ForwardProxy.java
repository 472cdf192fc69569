package dev.dtu.server.proxy;

import dev.dtu.server.http.RequestHead;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import dev.dtu.server.http.Request;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseRegistry;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * {@code --proxy-port}: a forward proxy for apps that cannot change their base URL but honour {@code HTTPS_PROXY}.
 * A {@code CONNECT} to a vendor host ({@link VendorHosts}) is answered by this proxy itself: TLS is terminated with a
 * certificate for that host from the local CA, and each request is sent on to the twin of the universe its
 * credential was minted for (else the universe named by the host's first label, else {@code default}). Other hosts
 * are refused: the twins never reach the internet.
 */
public final class ForwardProxy implements AutoCloseable {
    private static final int MAX_HEAD = 64 * 1024;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect");

    /**
     * Sent on with each request: the proxy's key and the vendor host the client asked for, so the twins' links and
     * {@code Location} headers name that host (https://slack.com/...) rather than the server behind the proxy.
     */
    public static final String VENDOR_HOST = "x-dtu-vendor-host";

    private final UniverseRegistry universes;
    private final String key;
    private final String serverUrl;
    private final LocalCa ca;
    private final ServerSocket socket;
    private final HttpClient upstream;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, SSLContext> contexts = new ConcurrentHashMap<>();

    /** @param serverUrl the DTU server's own URL (where requests are sent on) */
    public ForwardProxy(String host, int port, UniverseRegistry universes, String serverUrl, LocalCa ca, String key)
            throws IOException {
        this.universes = universes;
        this.key = key;
        this.serverUrl = serverUrl;
        this.ca = ca;
        this.upstream = HttpClient.newBuilder().sslContext(TlsContexts.trusting(ca.certificate()))
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 128);
        Thread.ofVirtual().name("dtu-proxy-accept").start(this::acceptLoop);
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(60_000);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            Head head = Head.read(in);
            if (head == null) {
                return;
            }
            if (head.method().equals("CONNECT") && head.target().equalsIgnoreCase(URI.create(serverUrl).getAuthority())) {
                relay(in, out, URI.create(serverUrl));
                return;
            }
            if (head.method().equals("CONNECT")) {
                tunnel(client, head, out);
                return;
            }
            URI target = URI.create(head.target());
            if (target.getHost() == null) {
                respond(out, 400, "a proxy request needs an absolute URL");
                return;
            }
            exchanges(target.getHost(), head, in, out, proxyUser(head));
        } catch (IOException | RuntimeException e) {
            // The client went away or sent something that is not HTTP: nothing more to say to it.
        }
    }

    private void tunnel(Socket client, Head connect, OutputStream out) throws IOException {
        String host = connect.target().replaceFirst(":\\d+$", "").replaceAll("^\\[|]$", "");
        if (VendorHosts.twin(host).isEmpty()) {
            respond(out, 403, "dtu proxy serves only the vendors' hosts, not " + host);
            return;
        }
        out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        SSLSocket tls = (SSLSocket) context(host).getSocketFactory().createSocket(client, null, client.getPort(), false);
        tls.setUseClientMode(false);
        tls.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        var params = tls.getSSLParameters();
        params.setApplicationProtocols(new String[] {"http/1.1"});
        tls.setSSLParameters(params);
        tls.startHandshake();
        InputStream in = new BufferedInputStream(tls.getInputStream());
        Head first = Head.read(in);
        if (first != null) {
            exchanges(host, first, in, tls.getOutputStream(), proxyUser(connect));
        }
    }

    /**
     * A CONNECT to this server itself (the links the twins give: upload URLs, url_private) is a plain tunnel to it,
     * so an app that sends everything through the proxy can follow them.
     */
    private void relay(InputStream in, OutputStream out, URI server) throws IOException {
        try (Socket upstreamSocket = new Socket(server.getHost(), server.getPort())) {
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            OutputStream toServer = upstreamSocket.getOutputStream();
            Thread up = Thread.ofVirtual().start(() -> {
                try {
                    in.transferTo(toServer);
                    upstreamSocket.shutdownOutput();
                } catch (IOException e) {
                    // Either side closed: the tunnel ends.
                }
            });
            upstreamSocket.getInputStream().transferTo(out);
            up.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SSLContext context(String host) {
        return contexts.computeIfAbsent(host, h -> {
            LocalCa.Issued issued = ca.issue(List.of(h));
            return TlsContexts.server(issued.key(), List.of(issued.certificate(), issued.issuer()));
        });
    }

    /** Serves requests on one connection until the client closes it or asks to. */
    private void exchanges(String host, Head head, InputStream in, OutputStream out, Optional<Universe> proxyUser)
            throws IOException {
        for (Head h = head; h != null; h = Head.read(in)) {
            byte[] body = h.body(in);
            forward(host, h, body, out, proxyUser);
            if ("close".equalsIgnoreCase(h.header("connection").orElse(""))) {
                return;
            }
        }
    }

    private void forward(String host, Head h, byte[] body, OutputStream out, Optional<Universe> proxyUser)
            throws IOException {
        String twin = VendorHosts.twin(host).orElse(null);
        if (twin == null) {
            respond(out, 403, "dtu proxy serves only the vendors' hosts, not " + host);
            return;
        }
        URI target = URI.create(h.target());
        String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        boolean bearer = h.header("authorization").isPresent();
        Optional<Universe> named = twinCredential(twin, h, target.getRawPath(), body).flatMap(s -> bySecret(twin, s))
                .or(() -> bearer ? Optional.empty() : proxyUser);
        String universe = named.or(() -> universeOf(twin, h, host)).map(Universe::id).orElse(UniverseRegistry.DEFAULT);
        // Google's root paths are routed by the server itself, by token; a request without one whose universe its
        // body (an OAuth token request's assertion) or the proxy user names goes to that universe.
        String path = twin.equals("google") && named.isEmpty() ? pathAndQuery
                : "/u/" + universe + "/" + twin + pathAndQuery;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serverUrl + path)).timeout(Duration.ofSeconds(60))
                .method(h.method(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        h.headers().forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name) && !name.equals(VENDOR_HOST) && !name.equals(RequestHead.MARKER)) {
                b.header(name, value);
            }
        });
        b.header(VENDOR_HOST, key + " " + host + h.header(RequestHead.MARKER).map(what -> " " + what).orElse(""));
        HttpResponse<byte[]> r;
        try {
            r = upstream.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (IllegalArgumentException e) {
            respond(out, 400, e.getMessage());
            return;
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.statusCode()).append(" \r\n");
        r.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
            }
        });
        head.append("Content-Length: ").append(r.body().length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(r.body());
        out.flush();
    }

    /**
     * The credential the twin finds in the whole request (its {@code Twin#credentialOf}, body included), for a
     * request with no credential in its headers: the only way to route a request whose body alone names it.
     */
    private Optional<String> twinCredential(String twinName, Head h, String rawPath, byte[] body) {
        if (h.header("authorization").isPresent() || body.length == 0) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new java.util.TreeMap<>();
        h.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        Request request = new Request(h.method(), rawPath, Map.of(), headers, body, serverUrl);
        return universes.twins().stream().filter(t -> t.name().equals(twinName)).findFirst()
                .flatMap(t -> t.credentialOf(request));
    }

    /**
     * The universe named by the proxy's user name ({@code HTTPS_PROXY=http://UNIVERSE@127.0.0.1:PORT}, sent as
     * {@code Proxy-Authorization: Basic}): where a request with no credential of its own goes — a service account's
     * token request from a client that signs its assertion without a key id (Node's google-auth-library).
     */
    private Optional<Universe> proxyUser(Head head) {
        String auth = head.header("proxy-authorization").orElse("");
        if (!auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            String user = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
            return user.isEmpty() ? Optional.empty() : universes.find(java.net.URLDecoder.decode(user, StandardCharsets.UTF_8));
        } catch (RuntimeException badOrAmbiguous) {
            return Optional.empty();
        }
    }

    /** The universe a secret was minted for, or that of the minted credential a secret the twin issued carries. */
    private Optional<Universe> bySecret(String twinName, String secret) {
        return universes.bySecret(secret).or(() -> universes.twins().stream()
                .filter(t -> t.name().equals(twinName)).findFirst()
                .flatMap(t -> t.routeOf(secret)).flatMap(universes::bySecret));
    }

    /** The universe the request's credential was minted for, else the one the host's first label names. */
    private Optional<Universe> universeOf(String twin, Head h, String host) {
        Optional<Universe> byToken = token(h.header("authorization").orElse("")).flatMap(s -> bySecret(twin, s));
        if (byToken.isPresent()) {
            return byToken;
        }
        String label = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        try {
            return universes.find(label);
        } catch (RuntimeException ambiguous) {
            return Optional.empty();
        }
    }

    /** The secret in an Authorization header: Bearer (Slack, Google), SSWS (Okta), Basic email:token (Jira). */
    static Optional<String> token(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
        String value = authorization.substring(space + 1).trim();
        return switch (scheme) {
            case "bearer", "ssws" -> Optional.of(value);
            case "basic" -> {
                try {
                    String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                    yield decoded.contains(":") ? Optional.of(decoded.substring(decoded.indexOf(':') + 1)) : Optional.empty();
                } catch (IllegalArgumentException notBase64) {
                    yield Optional.empty();
                }
            }
            default -> Optional.empty();
        };
    }

    private static void respond(OutputStream out, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " \r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        threads.shutdownNow();
        upstream.close();
    }

    /** A request line and headers (names lower-case). */
    record Head(String method, String target, Map<String, String> headers) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }

        /**
         * Reads the next request head; null at the end of the stream. A head Undertow would refuse (a bad %-escape, a
         * control character in a header) is mended and marked as the server's own listener does, so it is answered
         * in the vendor's envelope on a connection that stays open.
         */
        static Head read(InputStream in) throws IOException {
            String text = readHead(in);
            if (text == null) {
                return null;
            }
            String[] lines = text.split("\r\n");
            String[] request = lines[0].split(" ");
            if (request.length != 3 || !request[2].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x request line: " + lines[0]);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            return new Head(request[0], request[1], headers);
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            for (int c; (c = in.read()) >= 0; ) {
                head.write(c);
                matched = (c == '\r' && (matched == 0 || matched == 2)) || (c == '\n' && (matched == 1 || matched == 3))
                        ? matched + 1 : 0;
                if (matched == 4) {
                    return new String(RequestHead.mend(head.toByteArray()), StandardCharsets.ISO_8859_1);
                }
                if (head.size() > MAX_HEAD) {
                    throw new IOException("request head larger than " + MAX_HEAD + " bytes");
                }
            }
            if (head.size() > 0) {
                throw new IOException("the connection closed in a request head");
            }
            return null;
        }

        byte[] body(InputStream in) throws IOException {
            if (header("transfer-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
                return chunked(in);
            }
            long length = Long.parseLong(header("content-length").orElse("0"));
            if (length < 0 || length > 256L << 20) {
                throw new IOException("bad Content-Length " + length);
            }
            return in.readNBytes((int) length);
        }

        private static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    while (!line(in).isEmpty()) {
                        // Trailers: dropped.
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
                if (c != '\r') {
                    line.write(c);
                }
                if (line.size() > 8192) {
                    throw new IOException("chunk line too long");
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}

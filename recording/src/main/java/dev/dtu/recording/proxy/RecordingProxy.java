package dev.dtu.recording.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dtu.recording.RecordingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The recording proxy: every request to it is forwarded to the target, the answer is streamed back, and
 * the exchange is handed to the {@link Recorder}. Bodies pass through temporary files, so a large
 * download never sits in memory. A target that cannot be reached gets a 502 and no recording.
 */
public final class RecordingProxy implements AutoCloseable {
    private final URI target;
    private final Recorder recorder;
    private final PrintStream log;
    private final HttpClient client;
    private final HttpServer server;

    public RecordingProxy(URI target, int port, Recorder recorder, PrintStream log) {
        this.target = target;
        this.recorder = recorder;
        this.log = log;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new RecordingException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    }

    public RecordingProxy start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        Path requestBody = Files.createTempFile("dtu-rec-req", ".bin");
        Path responseBody = Files.createTempFile("dtu-rec-res", ".bin");
        try (ex) {
            try (InputStream in = ex.getRequestBody()) {
                Files.copy(in, requestBody, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            HttpResponse<Path> answer;
            try {
                answer = client.send(forward(ex, requestBody), HttpResponse.BodyHandlers.ofFile(responseBody));
            } catch (IOException e) {
                unreachable(ex, e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Map<String, List<String>> headers = answerHeaders(answer);
            record(new Captured(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(),
                    requestHeaders(ex), requestBody, answer.statusCode(), headers, responseBody));
            reply(ex, answer.statusCode(), headers, responseBody);
        } finally {
            Files.deleteIfExists(requestBody);
            Files.deleteIfExists(responseBody);
        }
    }

    /** Recorded before the app gets its answer, so an answered request is always on disk. */
    private void record(Captured captured) {
        try {
            recorder.record(captured);
        } catch (RuntimeException e) {
            log.println("dtu record: could not record " + captured.method() + " " + captured.path() + ": " + e.getMessage());
        }
    }

    private HttpRequest forward(HttpExchange ex, Path body) throws IOException {
        String base = target.toString().replaceAll("/+$", "");
        URI uri = URI.create(base + ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
        HttpRequest.BodyPublisher publisher = Files.size(body) == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofFile(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(ex.getRequestMethod(), publisher)
                .timeout(Duration.ofMinutes(5));
        ex.getRequestHeaders().forEach((name, values) -> {
            if (!HopByHop.is(name) && !name.equalsIgnoreCase("accept-encoding")) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return b.build();
    }

    private static Map<String, List<String>> requestHeaders(HttpExchange ex) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    private static Map<String, List<String>> answerHeaders(HttpResponse<?> answer) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        answer.headers().map().forEach((k, v) -> {
            if (!HopByHop.is(k) && !k.equals(":status")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void reply(HttpExchange ex, int status, Map<String, List<String>> headers, Path body) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().put(k, v));
        long size = Files.size(body);
        boolean noBody = ex.getRequestMethod().equals("HEAD") || status == 204 || status == 304;
        ex.sendResponseHeaders(status, noBody || size == 0 ? -1 : size);
        if (!noBody && size > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                Files.copy(body, out);
            }
        }
    }

    private void unreachable(HttpExchange ex, IOException e) throws IOException {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String message = "dtu record: cannot reach the target " + target + ": " + reason;
        log.println(message + " (" + ex.getRequestMethod() + " " + ex.getRequestURI() + " not recorded)");
        byte[] body = ("{\"error\":\"target_unreachable\",\"message\":" + dev.dtu.server.http.Json.text(message) + "}")
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(502, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}

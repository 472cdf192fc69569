package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for the app under test: receives events, commands and interactions, and verifies each
 * request's signature the way Slack's docs tell apps to (recompute v0 HMAC-SHA256, reject stale timestamps).
 */
final class AppReceiver implements AutoCloseable {
    record Received(String path, String signature, String timestamp, String retryNum, String retryReason, String body,
                    boolean signatureValid) {
        JsonNode json() {
            return Json.parse(body.getBytes(StandardCharsets.UTF_8));
        }

        JsonNode payload() {
            return Json.parse(QueryStrings.parse(body).get("payload").get(0).getBytes(StandardCharsets.UTF_8));
        }

        String form(String name) {
            return QueryStrings.parse(body).get(name).get(0);
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failEvents = new AtomicInteger();
    /** The next this many events are answered only after {@link #slowAnswer}. */
    final AtomicInteger slowEvents = new AtomicInteger();
    volatile Duration slowAnswer = Duration.ZERO;
    volatile String commandAnswer = "";
    /** How the app answers an interaction POSTed to /interactive (by default an empty 200). */
    volatile java.util.function.Function<Received, String> interactiveAnswer = r -> "";
    volatile boolean echoChallenge = true;
    private final String signingSecret;
    private final HttpServer server;

    AppReceiver(String signingSecret) throws IOException {
        this.signingSecret = signingSecret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var h = ex.getRequestHeaders();
        String ts = h.getFirst("X-Slack-Request-Timestamp");
        String sig = h.getFirst("X-Slack-Signature");
        Received r = new Received(ex.getRequestURI().getPath(), sig, ts, h.getFirst("X-Slack-Retry-Num"),
                h.getFirst("X-Slack-Retry-Reason"), body, verify(ts, sig, body));
        received.add(r);
        if (!r.signatureValid()) {
            answer(ex, 401, "bad signature");
        } else if (r.path().equals("/events")) {
            JsonNode json = r.json();
            if (json.path("type").asText().equals("url_verification")) {
                answer(ex, 200, echoChallenge ? "{\"challenge\":\"" + json.path("challenge").asText() + "\"}" : "{}");
            } else {
                if (slowEvents.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    pause(slowAnswer);
                }
                answer(ex, failEvents.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200, "");
            }
        } else if (r.path().equals("/commands")) {
            answer(ex, 200, commandAnswer);
        } else if (r.path().equals("/interactive")) {
            answer(ex, 200, interactiveAnswer.apply(r));
        } else {
            answer(ex, 200, "");
        }
    }

    /** https://api.slack.com/authentication/verifying-requests-from-slack, step by step. */
    private boolean verify(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 60 * 5) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("v0=");
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return java.security.MessageDigest.isEqual(hex.toString().getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    List<Received> events(Predicate<JsonNode> which) {
        return received.stream().filter(r -> r.path().equals("/events"))
                .filter(r -> r.json().path("type").asText().equals("event_callback"))
                .filter(r -> which.test(r.json().path("event")))
                .toList();
    }

    static <T> T await(Supplier<T> value, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        T current = value.get();
        while (!done.test(current)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting; last value: " + current);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            current = value.get();
        }
        return current;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

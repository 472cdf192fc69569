package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.TwinGateway;
import dev.dtu.server.testing.Hold;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.server.testing.NotesTwin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's edge: what no single request may do to it (issue 15), over real HTTP with the notes twin. */
class HttpEntryTest {
    static final long MAX_BODY = 256 * 1024;
    static DtuServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 16, MAX_BODY), List.of(new NotesTwin())).start();
        url = server.url();
    }

    @AfterAll
    static void stop() {
        Hold.releaseAll();
        server.close();
    }

    record Universe(String id, String base, String token) {}

    static Universe universe() {
        JsonNode u = Http.post(url + "/_dtu/universes", "{\"name\":\"edge\"}", "Content-Type", "application/json").json();
        return new Universe(u.path("id").asText(), u.path("twins").path("notes").path("baseUrl").asText(),
                u.path("twins").path("notes").path("token").asText());
    }

    static JsonNode journal(Universe u, String query) {
        return Http.get(url + "/_dtu/universes/" + u.id() + "/journal" + query).json().path("entries");
    }

    @Test
    void aStackOverflowInATwinIsTheVendors500OnOneLogLineAndTheConnectionLives() throws Exception {
        Universe u = universe();
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(TwinGateway.class.getName());
        log.addHandler(capture);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            String body = "{\"text\":\"deep\"}";
            String first = exchange(socket, "POST", "/u/" + u.id() + "/notes/notes", u.token(), body);
            assertTrue(first.startsWith("HTTP/1.1 500"), first);
            assertTrue(first.endsWith("{\"problem\":\"internal error\"}"), first);
            String second = exchange(socket, "GET", "/u/" + u.id() + "/notes/notes", u.token(), null);
            assertTrue(second.startsWith("HTTP/1.1 200"), "the same connection still answers: " + second);
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(1, records.size(), "one log record");
        LogRecord r = records.get(0);
        assertNull(r.getThrown(), "no stack trace");
        assertTrue(r.getMessage().contains("StackOverflowError"), r.getMessage());
        assertFalse(r.getMessage().contains("\n"), "one line: " + r.getMessage());
    }

    /** One request and its whole answer (headers and a Content-Length body) on a kept-alive socket. */
    private static String exchange(Socket s, String method, String path, String token, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = s.getOutputStream();
        out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        s.setSoTimeout(20_000);
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head);
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Test
    void aGzipBodyThatInflatesPastTheLimitGetsThe413OfAPlainBodyThatLarge() throws Exception {
        Universe u = universe();
        byte[] bomb = gzip(new byte[16 << 20]); // 16 MiB of zeros, about 16 KiB on the wire
        assertTrue(bomb.length < MAX_BODY);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(u.base() + "notes"))
                .header("Authorization", "Bearer " + u.token()).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)));
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("{\"problem\":\"Request payload size exceeds the limit: " + MAX_BODY + " bytes.\"}", r.body());

        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(u.base() + "notes"))
                .header("Authorization", "Bearer " + u.token()).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip("{\"text\":\"zipped\"}".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(201, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"text\":\"zipped\""), ok.body());

        HttpResponse<String> notGzip = send(HttpRequest.newBuilder(URI.create(u.base() + "notes"))
                .header("Authorization", "Bearer " + u.token()).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"plain\"}")));
        assertEquals(400, notGzip.statusCode(), notGzip.body());
        assertTrue(notGzip.body().startsWith("{\"problem\":"), notGzip.body());
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pathsUndertowWouldRefuseBeforeRoutingGetTheAddressedVendorsEnvelope() throws Exception {
        Universe u = universe();
        // escapes that are well-formed but decode to bytes that are not UTF-8 pass Undertow's parser; the server
        // refuses them in the vendor's envelope
        for (String path : List.of("/u/" + u.id() + "/notes/notes%C3%28", "/u/" + u.id() + "/notes/not\u00e9s",
                "/notes/%FF")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + u.token()
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
            assertTrue(answer.contains("{\"problem\":\"The request path is not valid"), path + ": " + answer);
        }
        Reply escaped = Http.get(u.base() + "notes/n%31", "Authorization", "Bearer " + u.token());
        assertEquals(200, escaped.status(), "a good escape still decodes: " + escaped.body());
        assertTrue(escaped.json().path("text").asText().startsWith("hello from"));
    }

    @Test
    void whatUndertowsParserRefusesIsAnsweredInTheVendorsEnvelopeOnAConnectionThatLives() throws Exception {
        Universe u = universe();
        String notes = "/u/" + u.id() + "/notes/notes";
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            String body = "{\"text\":\"a%zz b\"}"; // a body is passed as it is, and the next head found after it
            String created = exchangeRaw(s, "POST " + notes + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + u.token() + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
            assertTrue(created.startsWith("HTTP/1.1 201") && created.contains("a%zz b"), created);
            for (String bad : List.of("GET " + notes + "%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET " + notes + "/n 1 HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /notes/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET " + notes + " HTTP/1.1\r\nHost: x\r\nX-Trace: a\u0000b\r\n\r\n")) {
                String answer = exchangeRaw(s, bad);
                assertTrue(answer.startsWith("HTTP/1.1 400"), bad + " → " + answer);
                assertTrue(answer.contains("{\"problem\":\""), "the notes vendor's envelope: " + answer);
            }
            String admin = exchangeRaw(s, "GET /_dtu/universes/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
            assertTrue(admin.startsWith("HTTP/1.1 400") && admin.contains("invalid_request"), admin);
            String good = exchangeRaw(s, "GET " + notes + "/n1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + u.token() + "\r\n\r\n");
            assertTrue(good.startsWith("HTTP/1.1 200"), "the same connection still serves: " + good);
        }
    }

    /** Writes bytes as they are and reads one answer with a Content-Length body. */
    private static String exchangeRaw(Socket s, String request) throws IOException {
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        String headers = head(s);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return headers + new String(s.getInputStream().readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Sends bytes as they are (the JDK client would refuse to) and reads the answer to the end. */
    static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thousandsOfQueryParametersAreTaken() {
        Universe u = universe();
        StringBuilder q = new StringBuilder("x=0");
        for (int i = 1; i < 5_000; i++) {
            q.append("&ranges=A").append(i);
        }
        Reply r = Http.get(u.base() + "notes?" + q, "Authorization", "Bearer " + u.token());
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void slowTwinRequestsHoldWorkersNotTheIoThreadsSoTheHealthCheckAnswers() throws Exception {
        Universe u = universe();
        int slow = 2 * Math.max(2, Runtime.getRuntime().availableProcessors()); // more than Undertow's IO threads
        List<CompletableFuture<Reply>> held = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            held.add(CompletableFuture.supplyAsync(() -> Http.post(u.base() + "notes", "{\"text\":\"hold\"}",
                    "Authorization", "Bearer " + u.token())));
        }
        try {
            assertTrue(Hold.entered(slow, 30), "every slow request reached the twin");
            Reply health = Http.get(url + "/_dtu/health");
            assertEquals(200, health.status());
            Reply other = Http.get(universe().base() + "notes/n1", "Authorization", "Bearer " + u.token());
            assertEquals(401, other.status(), "another universe is served meanwhile: " + other.body());
        } finally {
            Hold.releaseAll();
        }
        for (CompletableFuture<Reply> f : held) {
            assertEquals(201, f.get().status());
        }
    }

    @Test
    void cheapRequestsStayOnTheIoThreadOthersGoToAWorker() throws Exception {
        Universe u = universe();
        assertEquals(201, Http.post(u.base() + "notes", "{\"text\":\"hi\"}", "Authorization", "Bearer " + u.token()).status());
        assertFalse(NotesTwin.lastThread.contains("I/O"), "a write the twin does not call cheap: " + NotesTwin.lastThread);
        assertEquals(200, Http.get(u.base() + "notes/n1", "Authorization", "Bearer " + u.token()).status());
        assertTrue(NotesTwin.lastThread.contains("I/O"), "a cheap read is served where it was read: " + NotesTwin.lastThread);
        byte[] bomb = gzip(new byte[(int) MAX_BODY]); // under a KiB on the wire, the body limit inflated
        assertTrue(bomb.length < HttpEntry.CHEAP_BODY, bomb.length + " bytes");
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(u.base() + "notes/n1"))
                .header("Authorization", "Bearer " + u.token()).header("Content-Encoding", "gzip")
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(bomb))).statusCode());
        assertFalse(NotesTwin.lastThread.contains("I/O"), "an encoded body may inflate: a worker serves: " + NotesTwin.lastThread);
        assertEquals(200, Http.send("PUT", url + "/_dtu/universes/" + u.id() + "/faults",
                "[{\"twin\":\"notes\",\"action\":\"latency\",\"latency\":{\"ms\":1}}]").status());
        assertEquals(200, Http.get(u.base() + "notes/n1", "Authorization", "Bearer " + u.token()).status());
        assertFalse(NotesTwin.lastThread.contains("I/O"), "faults may sleep, so a worker serves: " + NotesTwin.lastThread);
    }

    @Test
    void theJournalMarksTheEntriesAnInjectedFaultMet() {
        Universe u = universe();
        assertEquals(200, Http.send("PUT", url + "/_dtu/universes/" + u.id() + "/faults", "[{\"twin\":\"notes\","
                + "\"method\":\"GET\",\"action\":\"error\",\"status\":503,\"count\":1},{\"twin\":\"notes\","
                + "\"method\":\"POST\",\"action\":\"latency\",\"latency\":{\"ms\":5}}]").status());
        assertEquals(503, Http.get(u.base() + "notes/n1", "Authorization", "Bearer " + u.token()).status());
        assertEquals(200, Http.get(u.base() + "notes/n1", "Authorization", "Bearer " + u.token()).status());
        assertEquals(201, Http.post(u.base() + "notes", "{\"text\":\"hi\"}", "Authorization", "Bearer " + u.token()).status());
        JsonNode all = journal(u, "");
        assertEquals("error", all.get(0).path("fault").path("action").asText(), all.get(0).toString());
        assertTrue(all.get(1).path("fault").isMissingNode(), "the rule fired once: " + all.get(1));
        assertEquals("latency", all.get(2).path("fault").path("action").asText(), all.get(2).toString());
        assertEquals(5, all.get(2).path("fault").path("latencyMs").asLong());
    }

    @Test
    void aRequestAnInjectedErrorMetKeepsItsBodyWhenItPresentsTheUniversesCredential() {
        Universe u = universe();
        assertEquals(200, Http.send("PUT", url + "/_dtu/universes/" + u.id() + "/faults", "[{\"twin\":\"notes\","
                + "\"method\":\"POST\",\"action\":\"error\",\"status\":503}]").status());
        assertEquals(503, Http.post(u.base() + "notes", "{\"text\":\"kept\"}", "Authorization", "Bearer " + u.token()).status());
        assertEquals(503, Http.post(u.base() + "notes", "{\"text\":\"stranger\"}", "Authorization", "Bearer not-a-token").status());
        JsonNode all = journal(u, "");
        assertEquals("error", all.get(0).path("fault").path("action").asText());
        assertTrue(all.get(0).path("requestBody").toString().contains("kept"), all.get(0).toString());
        assertTrue(all.get(1).path("requestBody").isNull(), "a stranger's body stays out even when a fault answers: " + all.get(1));
    }

    @Test
    void theJournalKeepsNoBodyOfAnUnauthenticatedRequestOnlyItsSizeAndDigest() throws Exception {
        Universe u = universe();
        // a form may carry the token (as Slack's do), so this body is read before the request is refused
        String body = "text=" + "x".repeat(50_000) + "&token=not-a-token";
        Reply r = Http.post(u.base() + "notes", body, "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(401, r.status());
        JsonNode entry = journal(u, "").get(0);
        assertTrue(entry.path("requestBody").isNull(), "no request body kept");
        assertEquals(body.length(), entry.path("requestBodyCut").path("bytes").asLong());
        assertEquals(sha256(body), entry.path("requestBodyCut").path("sha256").asText());
    }

    @Test
    void aRequestRefusedForItsHeadersIsAnsweredBeforeItsSlowBodyIsReadAndBlocksNobody() throws Exception {
        Universe u = universe();
        String path = "/u/" + u.id() + "/notes/notes";
        List<Socket> slow = new ArrayList<>();
        try {
            // bodies announced (one within the limit, one far past it) but never sent past their first bytes
            for (long length : List.of(MAX_BODY - 10, 64L << 20)) {
                for (String credential : List.of("Authorization: Bearer not-a-token\r\n", "")) {
                    Socket s = new Socket("127.0.0.1", server.port());
                    slow.add(s);
                    s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + credential
                            + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{\"text\":\"")
                            .getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    String head = head(s);
                    assertTrue(head.startsWith("HTTP/1.1 401"), length + " " + credential + ": " + head);
                }
            }
            assertEquals(200, Http.get(url + "/_dtu/health").status());
            assertEquals(201, Http.post(u.base() + "notes", "{\"text\":\"meanwhile\"}",
                    "Authorization", "Bearer " + u.token()).status(), "the universe is served meanwhile");
            List<Integer> statuses = statuses(journal(u, "?status=401"));
            assertEquals(List.of(401, 401, 401, 401), statuses, "refused requests are journaled like any other");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    /** The status line and headers of the first answer on a socket. */
    private static String head(Socket s) throws IOException {
        s.setSoTimeout(20_000);
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theJournalKeepsALargeBodyCutWithItsSizeAndDigest() throws Exception {
        Universe u = universe();
        String body = "{\"text\":\"" + "y".repeat(100_000) + "\"}";
        assertEquals(201, Http.post(u.base() + "notes", body, "Authorization", "Bearer " + u.token()).status());
        JsonNode entry = journal(u, "").get(0);
        assertTrue(entry.path("requestBody").asText().length() < body.length());
        assertEquals(body.length(), entry.path("requestBodyCut").path("bytes").asLong());
        assertEquals(sha256(body), entry.path("requestBodyCut").path("sha256").asText());
        assertTrue(entry.path("responseBodyCut").path("bytes").asLong() > body.length(), "the echoed note is cut too");
        Http.get(u.base() + "notes/n1", "Authorization", "Bearer " + u.token());
        JsonNode small = journal(u, "").get(1);
        assertTrue(small.path("requestBodyCut").isMissingNode() && small.path("responseBodyCut").isMissingNode(),
                "a whole body has no cut");
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theJournalRecordsHeadersWithCredentialsRedactedAndFilters() {
        Universe u = universe();
        Http.post(u.base() + "notes", "{\"text\":\"a\"}", "Authorization", "Bearer " + u.token(), "X-Trace", "t-1");
        Http.get(u.base() + "notes/n404", "Authorization", "Bearer " + u.token(), "Cookie", "sid=s3cr3t");
        Http.get(u.base() + "notes", "Authorization", "Bearer " + u.token());

        JsonNode all = journal(u, "");
        assertEquals(3, all.size());
        JsonNode first = all.get(0).path("requestHeaders");
        assertEquals("Bearer [notes:app]", first.path("authorization").asText());
        assertEquals("t-1", first.path("x-trace").asText());
        assertEquals("[redacted]", all.get(1).path("requestHeaders").path("cookie").asText());
        assertFalse(all.toString().contains(u.token()) || all.toString().contains("s3cr3t"));

        assertEquals(List.of(404), statuses(journal(u, "?status=404")));
        assertEquals(List.of(201), statuses(journal(u, "?operation=POST%20/notes")));
        assertEquals(3, journal(u, "?twin=notes").size());
        assertEquals(0, journal(u, "?twin=slack").size());
        String since = all.get(1).path("at").asText();
        assertEquals(2, journal(u, "?since=" + since).size());
        assertEquals(0, journal(u, "?since=2999-01-01T00:00:00Z").size());
        Reply bad = Http.get(url + "/_dtu/universes/" + u.id() + "/journal?status=abc");
        assertEquals(400, bad.status(), bad.body());
    }

    static List<Integer> statuses(JsonNode entries) {
        List<Integer> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path("status").asInt()));
        return out;
    }
}

package dev.dtu.recording.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.MappingWriter;
import dev.dtu.recording.mapping.RecordedBody;
import dev.dtu.recording.mapping.RecordingFolder;
import dev.dtu.recording.redact.Placeholders;
import dev.dtu.recording.redact.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingProxyTest {
    @TempDir
    Path tmp;
    WireMockServer vendor;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
        client.close();
    }

    private RecordingProxy proxy(URI target, Path out, long inlineLimit, PrintStream log) {
        return new RecordingProxy(target, 0, new Recorder(new MappingWriter(out), new Redactor(new Placeholders(), false),
                null, inlineLimit, Clock.systemUTC()), log).start();
    }

    private HttpResponse<byte[]> send(RecordingProxy proxy, HttpRequest.Builder b, String path) throws Exception {
        return client.send(b.uri(URI.create("http://127.0.0.1:" + proxy.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aLargeBodyIsStreamedToTheAppWholeAndKeptUnderFilesRedacted() throws Exception {
        StringBuilder big = new StringBuilder("{\"ok\":true,\"token\":\"xoxb-111-222-secretsecret\",\"messages\":[");
        for (int i = 0; i < 40_000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"ts\":\"1700000000.").append(String.format("%06d", i))
                    .append("\",\"text\":\"message number ").append(i).append("\"}");
        }
        byte[] body = big.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        vendor.stubFor(get(urlPathEqualTo("/api/conversations.history")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(body)));
        Path out = tmp.resolve("rec");
        try (RecordingProxy proxy = proxy(URI.create(vendor.baseUrl()), out, 64 * 1024, System.err)) {
            HttpResponse<byte[]> r = send(proxy, HttpRequest.newBuilder().GET(), "/api/conversations.history?channel=C1");
            assertEquals(200, r.statusCode());
            assertArrayEquals(body, r.body(), "the app gets the vendor's bytes unchanged");
        }
        Exchange e = RecordingFolder.read(out, null).exchanges().get(0);
        assertTrue(e.body() instanceof RecordedBody.InFile, "kept under __files");
        assertEquals(40_000, e.json().path("messages").size());
        assertTrue(e.json().path("token").asText().startsWith("xoxb-REDACTED-"));
    }

    @Test
    void requestBodiesAreRecordedRedactedAndTheRecordingLoadsIntoWireMock() throws Exception {
        vendor.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"ts\":\"1.000100\"}")));
        Path out = tmp.resolve("rec");
        try (RecordingProxy proxy = proxy(URI.create(vendor.baseUrl()), out, 1 << 20, System.err)) {
            send(proxy, HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=xoxb-1-2-abcdefghijkl&channel=C1&text=hi")),
                    "/api/chat.postMessage");
        }
        Exchange e = RecordingFolder.read(out, null).exchanges().get(0);
        assertEquals(Vendor.SLACK, e.vendor());
        String form = new String(e.requestBody(), StandardCharsets.UTF_8);
        assertTrue(form.startsWith("token=xoxb-REDACTED-") && form.endsWith("&channel=C1&text=hi"), form);

        WireMockServer replay = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(out.toString()));
        replay.start();
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/api/chat.postMessage"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"ok\":true,\"ts\":\"1.000100\"}", r.body().replace(" ", "").replace("\n", ""));
        } finally {
            replay.stop();
        }
    }

    @Test
    void anUnreachableTargetGetsA502AndNothingIsWritten() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path out = tmp.resolve("rec");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (RecordingProxy proxy = proxy(URI.create("http://127.0.0.1:" + closed), out, 1024, new PrintStream(log, true))) {
            HttpResponse<byte[]> r = send(proxy, HttpRequest.newBuilder().GET(), "/api/users.list");
            assertEquals(502, r.statusCode());
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("cannot reach the target"));
        }
        assertFalse(Files.exists(out), "no recording folder for a failed exchange");
        assertTrue(log.toString().contains("not recorded"), log.toString());
        assertThrows(RecordingException.class, () -> TargetProbe.check(URI.create("http://127.0.0.1:" + closed), 1000));
    }
}

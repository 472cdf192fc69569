package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests Undertow's parser refuses before any handler (a bad %-escape, a space in the target, a control character
 * in a header) get the addressed vendor's 400 on a connection that stays open — over TLS as over plain HTTP, and
 * after a chunked body or a very long head on the same connection (issue 15 item 10).
 */
public class GuardedListenerTest {
    @TempDir
    static Path tmp;
    static DtuServer plain;
    static DtuServer tls;

    @BeforeAll
    static void start() {
        plain = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), List.of(new NotesTwin())).start();
        tls = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0).withTls(new ServerConfig.Tls(null, null, tmp.resolve("ca"))),
                List.of(new NotesTwin())).start();
    }

    @AfterAll
    static void stop() {
        plain.close();
        tls.close();
    }

    private static String token(DtuServer server) {
        return server.universes().get("default").twins().path("notes").path("token").asText();
    }

    private static List<String> badRequests() {
        String notes = "/u/default/notes/notes";
        return List.of("GET " + notes + "%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET " + notes + "/n 1 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET " + notes + " HTTP/1.1\r\nHost: x\r\nX-Trace: a\u0000b\r\n\r\n",
                "GET " + notes + " HTTP/1.1\r\nHost: x\r\nX-Trace: a\u0001b\r\n\r\n");
    }

    /** Each bad request, then a good one, on the one connection: each answered, the connection alive to the end. */
    private static void badThenGood(Socket s, String token) throws IOException {
        for (String bad : badRequests()) {
            String answer = exchange(s, bad);
            assertTrue(answer.startsWith("HTTP/1.1 400"), bad + " → " + answer);
            assertTrue(answer.contains("{\"problem\":\"") && answer.contains("not valid"), "the notes vendor's envelope: " + answer);
        }
        String good = exchange(s, "GET /u/default/notes/notes/n1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\n\r\n");
        assertTrue(good.startsWith("HTTP/1.1 200"), "the same connection still serves: " + good);
    }

    private static SSLSocket tlsSocket() throws IOException {
        SSLSocket s = (SSLSocket) TlsContexts.trusting(LocalCa.openOrCreate(tmp.resolve("ca")).certificate())
                .getSocketFactory().createSocket("127.0.0.1", tls.port());
        var params = s.getSSLParameters();
        params.setApplicationProtocols(new String[] {"http/1.1"});
        s.setSSLParameters(params);
        s.setSoTimeout(20_000);
        s.startHandshake();
        return s;
    }

    @Test
    void overTlsABadRequestGetsTheVendors400OnAConnectionThatLives() throws Exception {
        try (Socket s = tlsSocket()) {
            badThenGood(s, token(tls));
        }
    }

    @Test
    void overTlsWithoutAlpnToo() throws Exception {
        try (SSLSocket s = (SSLSocket) TlsContexts.trusting(LocalCa.openOrCreate(tmp.resolve("ca")).certificate())
                .getSocketFactory().createSocket("127.0.0.1", tls.port())) {
            s.setSoTimeout(20_000);
            badThenGood(s, token(tls));
        }
    }

    @Test
    void afterAChunkedRequestTheNextHeadIsStillGuarded() throws Exception {
        for (DtuServer server : List.of(plain, tls)) {
            try (Socket s = server == plain ? new Socket("127.0.0.1", plain.port()) : tlsSocket()) {
                s.setSoTimeout(20_000);
                String json = "{\"text\":\"chunked %zz \\r\\n0\\r\\n\"}";
                String chunked = "POST /u/default/notes/notes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token(server)
                        + "\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
                        + Integer.toHexString(5) + ";ext=1\r\n" + json.substring(0, 5) + "\r\n"
                        + Integer.toHexString(json.length() - 5) + "\r\n" + json.substring(5) + "\r\n0\r\nX-Trailer: t\r\n\r\n";
                String created = exchange(s, chunked);
                assertTrue(created.startsWith("HTTP/1.1 201") && created.contains("chunked %zz"), created);
                badThenGood(s, token(server));
            }
        }
    }

    @Test
    void afterAHeadOver64KibTheNextHeadIsStillGuarded() throws Exception {
        for (DtuServer server : List.of(plain, tls)) {
            try (Socket s = server == plain ? new Socket("127.0.0.1", plain.port()) : tlsSocket()) {
                s.setSoTimeout(20_000);
                String body = "{\"text\":\"long\"}";
                String created = exchange(s, "POST /u/default/notes/notes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + token(server) + "\r\nX-Long: " + "a".repeat(80 * 1024) + "\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body);
                assertTrue(created.startsWith("HTTP/1.1 201"), created);
                badThenGood(s, token(server));
            }
        }
    }

    /** Writes bytes as they are and reads one answer with a Content-Length body. */
    public static String exchange(Socket s, String request) throws IOException {
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head + "<connection closed>";
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
}

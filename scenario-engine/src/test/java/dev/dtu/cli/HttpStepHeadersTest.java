package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An http step sends its headers, templated, to the app: a request signed badly or too long ago can be tested.
 * The app here answers 401 to any signature but "v0=good" and echoes what it got.
 */
class HttpStepHeadersTest {
    @TempDir
    Path out;

    HttpServer app;

    @BeforeEach
    void start() throws Exception {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", exchange -> {
            String signature = String.valueOf(exchange.getRequestHeaders().getFirst("X-Slack-Signature"));
            String timestamp = String.valueOf(exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"));
            byte[] body = ("{\"signature\":\"" + signature + "\",\"timestamp\":\"" + timestamp + "\",\"type\":\""
                    + exchange.getRequestHeaders().getFirst("Content-Type") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(signature.equals("v0=good") ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
    }

    @AfterEach
    void stop() {
        app.stop(0);
    }

    @Test
    void aBadSignatureAndAStaleTimestampReachTheApp() throws Exception {
        Path file = out.resolve("signed.yaml");
        Files.writeString(file, """
                id: signed-requests
                title: The app refuses requests signed badly
                story: As an admin I want forged requests refused.
                world:
                  vars:
                    sig: {pick: {values: [bad, worse], weights: [1, 1]}}
                app:
                  url: http://127.0.0.1:%d
                steps:
                  - http: {method: POST, path: /slack/events, body: "token=x", expectStatus: 401, save: forged,
                           headers: {X-Slack-Signature: "v0=${sig}", X-Slack-Request-Timestamp: "1531420618",
                                     Content-Type: application/x-www-form-urlencoded}}
                judge:
                  checks:
                    - name: the app saw the forged signature and the stale timestamp
                      js: |
                        responses.forged.body.signature == "v0=" + vars.sig
                          && responses.forged.body.timestamp == "1531420618"
                          && responses.forged.body.type == "application/x-www-form-urlencoded"
                """.formatted(app.getAddress().getPort()));
        assertEquals(0, Dtu.run("sweep", file.toString(), "--trajectories", "4", "--parallel", "1", "--threshold", "0.3",
                "--out", out.resolve("r").toString()));
    }
}

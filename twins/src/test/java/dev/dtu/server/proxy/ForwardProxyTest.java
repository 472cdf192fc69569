package dev.dtu.server.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.GuardedListenerTest;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import dev.dtu.twins.Twins;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SSLSocket;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --proxy-port}: a client that keeps the vendors' host names and only honours a proxy reaches the twins. */
class ForwardProxyTest {
    @TempDir
    static Path tmp;

    static DtuServer server;
    static HttpClient client;

    @BeforeAll
    static void start() {
        server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0).withProxyPort(0)
                .withTls(new ServerConfig.Tls(null, null, tmp.resolve("ca"))), Twins.all()).start();
        client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.proxyPort().orElseThrow())))
                .sslContext(TlsContexts.trusting(LocalCa.openOrCreate(tmp.resolve("ca")).certificate()))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static JsonNode twin(String universe, String name) {
        return server.universes().get(universe).twins().path(name);
    }

    private static HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void slackComIsServedByTheUniverseOfTheToken() throws Exception {
        String other = server.universes().create("other", null).id();
        int defaultCalls = server.universes().journal("default", 0).size();
        HttpResponse<String> r = get("https://slack.com/api/auth.test", "Bearer " + twin(other, "slack").path("botToken").asText());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Json.parse(r.body().getBytes(StandardCharsets.UTF_8)).path("ok").asBoolean(), r.body());
        assertEquals(1, server.universes().journal(other, 0).size(), "the token's universe got the call");
        assertEquals(defaultCalls, server.universes().journal("default", 0).size(), "and no other universe");
    }

    @Test
    void oktaAndJiraHostsReachTheirTwins() throws Exception {
        HttpResponse<String> me = get("https://northwind.okta.com/api/v1/users/me", "SSWS " + twin("default", "okta").path("apiToken").asText());
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("ada.lovelace@northwind.example", Json.parse(me.body().getBytes()).path("profile").path("login").asText());
        JsonNode jira = twin("default", "jira");
        String basic = Base64.getEncoder().encodeToString((jira.path("email").asText() + ":" + jira.path("apiToken").asText())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> myself = get("https://northwind.atlassian.net/rest/api/3/myself", "Basic " + basic);
        assertEquals(200, myself.statusCode(), myself.body());
        assertEquals(jira.path("email").asText(), Json.parse(myself.body().getBytes()).path("emailAddress").asText());
    }

    @Test
    void linksInAnswersThroughTheProxyNameTheVendorHostTheClientUsed() throws Exception {
        HttpResponse<String> me = get("https://northwind.okta.com/api/v1/users/me", "SSWS " + twin("default", "okta").path("apiToken").asText());
        String self = Json.parse(me.body().getBytes()).path("_links").path("self").path("href").asText();
        assertTrue(self.startsWith("https://northwind.okta.com/api/v1/users/"), self);
        JsonNode jira = twin("default", "jira");
        String basic = Base64.getEncoder().encodeToString((jira.path("email").asText() + ":" + jira.path("apiToken").asText())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> myself = get("https://northwind.atlassian.net/rest/api/3/myself", "Basic " + basic);
        String jiraSelf = Json.parse(myself.body().getBytes()).path("self").asText();
        assertTrue(jiraSelf.startsWith("https://northwind.atlassian.net/rest/api/3/user"), jiraSelf);
        String journal = server.universes().journal("default", 0).toString();
        assertTrue(!journal.contains(ForwardProxy.VENDOR_HOST), "the proxy's key stays out of the journal");
    }

    /** curl changes nothing but its environment: HTTPS_PROXY, and the CA it trusts (as an app's SSL_CERT_FILE). */
    @Test
    void curlWithOnlyHttpsProxySetReachesTheSlackTwin() throws Exception {
        Path curl = Path.of("/usr/bin/curl");
        Assumptions.assumeTrue(Files.isExecutable(curl), "curl is not installed");
        ProcessBuilder pb = new ProcessBuilder(curl.toString(), "-sS", "--max-time", "60", "https://slack.com/api/auth.test",
                "-H", "Authorization: Bearer " + twin("default", "slack").path("botToken").asText());
        pb.environment().put("HTTPS_PROXY", "http://127.0.0.1:" + server.proxyPort().orElseThrow());
        pb.environment().put("CURL_CA_BUNDLE", tmp.resolve("ca/ca.pem").toString());
        pb.environment().remove("NO_PROXY");
        pb.environment().remove("no_proxy");
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(Json.parse(out.getBytes(StandardCharsets.UTF_8)).path("ok").asBoolean(), out);
    }

    /** Upload URLs and url_private point at the server itself: a client sending everything through the proxy follows them. */
    @Test
    void linksToTheServerItselfAreTunnelled() throws Exception {
        HttpResponse<String> r = get(server.url() + "/_dtu/health", "Bearer x");
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Heads Undertow would refuse, through the proxy's TLS: Slack's 400, and the connection keeps serving. */
    @Test
    void aMalformedRequestThroughTheProxyGetsTheVendors400OnAConnectionThatLives() throws Exception {
        try (Socket tcp = new Socket("127.0.0.1", server.proxyPort().orElseThrow())) {
            tcp.setSoTimeout(20_000);
            tcp.getOutputStream().write("CONNECT slack.com:443 HTTP/1.1\r\nHost: slack.com:443\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String established = GuardedListenerTest.exchange(tcp, "");
            assertTrue(established.startsWith("HTTP/1.1 200"), established);
            try (SSLSocket s = (SSLSocket) TlsContexts.trusting(LocalCa.openOrCreate(tmp.resolve("ca")).certificate())
                    .getSocketFactory().createSocket(tcp, "slack.com", 443, false)) {
                String token = twin("default", "slack").path("botToken").asText();
                for (String bad : List.of("GET /api/auth.test%zz HTTP/1.1\r\nHost: slack.com\r\n\r\n",
                        "GET /api/auth test HTTP/1.1\r\nHost: slack.com\r\n\r\n",
                        "GET /api/auth.test HTTP/1.1\r\nHost: slack.com\r\nX-Trace: a\u0000b\r\n\r\n")) {
                    String answer = GuardedListenerTest.exchange(s, bad);
                    assertTrue(answer.startsWith("HTTP/1.1 400"), bad + " → " + answer);
                    assertTrue(answer.contains("{\"ok\":false,\"error\":\"invalid_request\"}"), answer);
                }
                String good = GuardedListenerTest.exchange(s, "GET /api/auth.test HTTP/1.1\r\nHost: slack.com\r\n"
                        + "Authorization: Bearer " + token + "\r\n\r\n");
                assertTrue(good.startsWith("HTTP/1.1 200") && good.contains("\"ok\":true"), good);
            }
        }
    }

    @Test
    void otherHostsAreRefused() {
        IOException e = assertThrows(IOException.class, () -> get("https://example.com/", "Bearer x"));
        assertTrue(String.valueOf(e.getMessage()).contains("403"), e.getMessage());
    }

    @Test
    void tokensAreFoundInEachVendorsScheme() {
        assertEquals(Optional.of("xoxb-1"), ForwardProxy.token("Bearer xoxb-1"));
        assertEquals(Optional.of("00abc"), ForwardProxy.token("SSWS 00abc"));
        assertEquals(Optional.of("tok"), ForwardProxy.token("Basic " + Base64.getEncoder().encodeToString("a@b.c:tok".getBytes())));
        assertEquals(Optional.empty(), ForwardProxy.token("Basic !!!"));
        assertEquals(Optional.empty(), ForwardProxy.token(""));
    }
}

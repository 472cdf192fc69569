package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import dev.dtu.twins.Twins;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app that keeps Slack's own hosts and only honours a proxy: hooks.slack.com, slack.com's OAuth method, and the
 * upload URL of files upload v2, whose POST carries no token.
 */
class SlackHostsViaProxyTest {
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

    @Test
    void hooksSlackComReachesTheDefaultUniversesWebhook() throws Exception {
        String url = server.universes().get("default").twins().path("slack").path("incomingWebhooks").path("general").asText();
        String path = url.substring(url.indexOf("/services/"));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://hooks.slack.com" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"through the proxy\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ok", r.body());
    }

    @Test
    void oauthV2AccessWithBasicClientCredentialsReachesTheirUniverse() throws Exception {
        var slack = server.universes().create("proxied-install", null).twins().path("slack");
        String basic = Base64.getEncoder().encodeToString((slack.path("clientId").asText() + ":"
                + slack.path("clientSecret").asText()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://slack.com/api/oauth.v2.access"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=made-up")).build(), HttpResponse.BodyHandlers.ofString());
        // invalid_code, not invalid_client_id / bad_client_secret: the universe of the client secret answered
        assertEquals("invalid_code", Json.parse(r.body().getBytes(StandardCharsets.UTF_8)).path("error").asText(), r.body());
    }

    @Test
    void theUploadUrlTakesTheBytesToTheUniverseWithoutAToken() throws Exception {
        var slack = server.universes().create("proxied-upload", Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people: [{id: milton, name: Milton Waddams, email: milton@initech.example}]
                slack:
                  channels: [{name: general, members: everyone}]
                  tokens: {bot: {scopes: [files:read, files:write]}}
                """)).twins().path("slack");
        String bearer = "Bearer " + slack.path("botToken").asText();
        var url = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/files.getUploadURLExternal"))
                .header("Authorization", bearer).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("filename=a.txt&length=5")).build()).body()
                .getBytes(StandardCharsets.UTF_8));
        String uploadUrl = url.path("upload_url").asText();
        assertEquals("https", URI.create(uploadUrl).getScheme(), url.toString());

        HttpResponse<String> upload = send(HttpRequest.newBuilder(URI.create(uploadUrl))
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertEquals(200, upload.statusCode(), upload.body());
        assertEquals("OK - 5", upload.body());

        String files = "[{\"id\":\"" + url.path("file_id").asText() + "\"}]";
        var done = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/files.completeUploadExternal"))
                .header("Authorization", bearer).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("files=" + java.net.URLEncoder.encode(files, StandardCharsets.UTF_8)))
                .build()).body().getBytes(StandardCharsets.UTF_8));
        assertEquals(5, done.path("files").path(0).path("size").asInt(), done.toString());
    }

    /** Tokens minted after the universe was made (an OAuth install here) name their universe to the proxy too. */
    @Test
    void tokensIssuedByOAuthReachTheirUniverseThroughTheProxy() throws Exception {
        var slack = server.universes().create("proxied-oauth", Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people: [{id: milton, name: Milton Waddams, email: milton@initech.example}]
                slack:
                  app: {oauth: {redirectUrls: ["https://app.example/slack"], tokenRotation: true}}
                  channels: [{name: general, members: everyone}]
                """)).twins().path("slack");
        String query = "client_id=" + slack.path("clientId").asText() + "&scope=chat:write&user_scope=search:read"
                + "&redirect_uri=https%3A%2F%2Fapp.example%2Fslack&user=milton&decision=allow";
        try (HttpClient direct = HttpClient.newBuilder()
                .sslContext(TlsContexts.trusting(LocalCa.openOrCreate(tmp.resolve("ca")).certificate())).build()) {
            HttpResponse<String> consent = direct.send(HttpRequest.newBuilder(URI.create(slack.path("authorizeUrl").asText()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            String location = consent.headers().firstValue("Location").orElseThrow(() -> new AssertionError(consent.body()));
            String code = location.replaceFirst(".*[?&]code=([^&]+).*", "$1");
            String basic = Base64.getEncoder().encodeToString((slack.path("clientId").asText() + ":"
                    + slack.path("clientSecret").asText()).getBytes(StandardCharsets.UTF_8));
            var access = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/oauth.v2.access"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&redirect_uri=https%3A%2F%2Fapp.example%2Fslack"))
                    .build()).body().getBytes(StandardCharsets.UTF_8));
            assertEquals(true, access.path("ok").asBoolean(), access.toString());
            for (String token : new String[] {access.path("access_token").asText(),
                    access.path("authed_user").path("access_token").asText()}) {
                var test = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/auth.test"))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build())
                        .body().getBytes(StandardCharsets.UTF_8));
                assertEquals(slack.path("teamId").asText(), test.path("team_id").asText(), token + " " + test);
            }
            var refreshed = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/oauth.v2.access"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
                            + access.path("refresh_token").asText())).build()).body().getBytes(StandardCharsets.UTF_8));
            var test = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/auth.test"))
                    .header("Authorization", "Bearer " + refreshed.path("access_token").asText())
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).body().getBytes(StandardCharsets.UTF_8));
            assertEquals(slack.path("teamId").asText(), test.path("team_id").asText(), refreshed + " " + test);

            // the token as a POST argument, and the client credentials as form arguments, name the universe too
            var inForm = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/auth.test"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + refreshed.path("access_token").asText())).build())
                    .body().getBytes(StandardCharsets.UTF_8));
            assertEquals(slack.path("teamId").asText(), inForm.path("team_id").asText(), inForm.toString());
            var formClient = Json.parse(send(HttpRequest.newBuilder(URI.create("https://slack.com/api/oauth.v2.access"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("client_id=" + slack.path("clientId").asText()
                            + "&client_secret=" + slack.path("clientSecret").asText() + "&code=made-up")).build())
                    .body().getBytes(StandardCharsets.UTF_8));
            assertEquals("invalid_code", formClient.path("error").asText(), formClient.toString());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package dev.dtu.twins.google.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import dev.dtu.twins.Twins;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scoped client that posts its service account's assertion to the fixed {@code https://oauth2.googleapis.com/token}
 * (Node's google-auth-library does) through {@code --proxy-port}: the request has no bearer and the account's email
 * is the same in every universe made from one seed, so the proxy routes it by the assertion's key id.
 */
class GoogleProxyTokenTest {
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
                .sslContext(TlsContexts.trusting(LocalCa.openOrCreate(tmp.resolve("ca")).certificate())).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static String assertion(JsonNode key) throws Exception {
        JWK jwk = JWK.parseFromPEMEncodedObjects(key.path("private_key").asText());
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.path("private_key_id").asText())
                .build(), new JWTClaimsSet.Builder().issuer(key.path("client_email").asText())
                .audience("https://oauth2.googleapis.com/token").claim("scope", "https://www.googleapis.com/auth/drive")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600))).build());
        jwt.sign(new RSASSASigner(jwk.toRSAKey()));
        return jwt.serialize();
    }

    @Test
    void theAssertionsKeyIdPicksTheUniverse() throws Exception {
        String one = server.universes().create("proxy-token-one", null).id();
        String two = server.universes().create("proxy-token-two", null).id();
        JsonNode keyOne = server.universes().get(one).twins().path("google").path("serviceAccount");
        JsonNode keyTwo = server.universes().get(two).twins().path("google").path("serviceAccount");
        assertEquals(keyOne.path("client_email"), keyTwo.path("client_email"), "one seed, one email");

        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + assertion(keyTwo);
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create("https://oauth2.googleapis.com/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String access = Json.parse(token.body().getBytes(StandardCharsets.UTF_8)).path("access_token").asText();

        HttpResponse<String> about = client.send(HttpRequest.newBuilder(
                        URI.create("https://www.googleapis.com/drive/v3/about?fields=user")).header("Authorization", "Bearer " + access)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, about.statusCode(), about.body());
        assertTrue(server.universes().journal(two, 0).stream().anyMatch(e -> "oauth2.token".equals(e.operation())),
                "the token request reached the universe whose key signed it");
        assertTrue(server.universes().journal(one, 0).isEmpty(), "and not the other one");
    }
}

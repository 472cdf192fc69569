package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import dev.dtu.server.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import dev.dtu.twins.okta.OktaTwin;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Okta Java SDK with its default settings (HTTPS required: no {@code okta.testing.disableHttpsCheck})
 * against {@code --tls}, trusting the local CA through a truststore as an app would.
 */
class OktaSdkTlsTest {
    @TempDir
    static Path tmp;

    static DtuServer server;
    static Properties saved;

    @BeforeAll
    static void start() throws Exception {
        saved = (Properties) System.getProperties().clone();
        System.clearProperty("okta.testing.disableHttpsCheck");
        server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0).withTls(new ServerConfig.Tls(null, null, tmp.resolve("ca"))),
                List.of(new OktaTwin())).start();
        Path truststore = tmp.resolve("ca.p12");
        try (OutputStream out = Files.newOutputStream(truststore)) {
            TlsContexts.truststore(LocalCa.openOrCreate(tmp.resolve("ca")).certificate()).store(out, "changeit".toCharArray());
        }
        System.setProperty("javax.net.ssl.trustStore", truststore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    @AfterAll
    static void stop() {
        server.close();
        System.setProperties(saved);
    }

    private static String okta(String field) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().sslContext(TlsContexts.trusting(
                LocalCa.openOrCreate(tmp.resolve("ca")).certificate())).build()) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/_dtu/universes/default")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return Json.parse(r.body()).path("twins").path("okta").path(field).asText();
        }
    }

    private static ApiClient client(String orgUrl) throws Exception {
        return Clients.builder().setOrgUrl(orgUrl).setClientCredentials(new TokenClientCredentials(okta("apiToken"))).build();
    }

    @Test
    void theSdkWithDefaultSettingsWorksOverHttps() throws Exception {
        String orgUrl = okta("orgUrl");
        assertTrue(orgUrl.startsWith("https://127.0.0.1:"), orgUrl);
        var me = new UserApi(client(orgUrl)).getUser("me", null, null);
        assertEquals("ada.lovelace@northwind.example", me.getProfile().getLogin());
        assertTrue(new UserApi(client(orgUrl)).listUsers(null, null, null, null, null, null, null, null).size() > 1);
    }

    @Test
    void theSdkStillRefusesAPlainHttpOrgUrl() throws Exception {
        String plain = okta("orgUrl").replace("https://", "http://");
        assertThrows(IllegalArgumentException.class, () -> client(plain), "so the test above ran with the HTTPS check on");
    }
}

package dev.dtu.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.StartupException;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.NotesTwin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tls}: HTTPS over HTTP/1.1 and HTTP/2 with a certificate from the local CA, or one the user gives. */
class TlsTest {
    @TempDir
    Path tmp;

    private DtuServer tlsServer(ServerConfig.Tls tls) {
        return new DtuServer(ServerConfig.inMemory("127.0.0.1", 0).withTls(tls), List.of(new NotesTwin())).start();
    }

    private DtuServer localCaServer() {
        return tlsServer(new ServerConfig.Tls(null, null, tmp.resolve("ca")));
    }

    private static HttpResponse<String> get(SSLContext trust, HttpClient.Version version, String url)
            throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().sslContext(trust).version(version).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void servesHttpsOverHttp11AndHttp2WithACertificateFromTheLocalCa() throws Exception {
        try (DtuServer server = localCaServer()) {
            assertTrue(server.url().startsWith("https://127.0.0.1:"), server.url());
            SSLContext trust = TlsContexts.trusting(LocalCa.openOrCreate(tmp.resolve("ca")).certificate());
            HttpResponse<String> h2 = get(trust, HttpClient.Version.HTTP_2, server.url() + "/_dtu/health");
            assertEquals(200, h2.statusCode());
            assertEquals(HttpClient.Version.HTTP_2, h2.version(), "ALPN picks HTTP/2");
            HttpResponse<String> h1 = get(trust, HttpClient.Version.HTTP_1_1, "https://localhost:" + server.port() + "/_dtu/universes/default");
            assertEquals(HttpClient.Version.HTTP_1_1, h1.version());
            assertEquals("https://localhost:" + server.port() + "/u/default/notes/",
                    Json.parse(h1.body().getBytes()).path("twins").path("notes").path("baseUrl").asText());
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCaIsRefused() {
        try (DtuServer server = localCaServer()) {
            assertThrows(SSLHandshakeException.class, () -> get(SSLContext.getDefault(), HttpClient.Version.HTTP_1_1,
                    server.url() + "/_dtu/health"));
        }
    }

    @Test
    void theCaIsMadeOncePerFolderAndServedAsPem() throws Exception {
        String pem;
        try (DtuServer first = localCaServer()) {
            pem = first.caPem().orElseThrow();
        }
        try (DtuServer second = localCaServer()) {
            assertEquals(pem, second.caPem().orElseThrow(), "the same CA on the next start: apps keep trusting it");
            assertEquals(pem, Files.readString(tmp.resolve("ca/ca.pem")));
            SSLContext trust = TlsContexts.trusting(Pem.certificates(tmp.resolve("ca/ca.pem")).get(0));
            HttpResponse<String> served = get(trust, HttpClient.Version.HTTP_2, second.url() + "/_dtu/ca.pem");
            assertEquals(200, served.statusCode());
            assertEquals(pem, served.body());
            assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), pem);
        }
    }

    @Test
    void aGivenCertificateAndKeyAreServedInstead() throws Exception {
        LocalCa other = LocalCa.openOrCreate(tmp.resolve("other-ca"));
        LocalCa.Issued issued = other.issue(List.of("localhost", "127.0.0.1"));
        Path cert = Files.writeString(tmp.resolve("cert.pem"), Pem.encode(issued.certificate()) + Pem.encode(other.certificate()));
        Path key = Files.writeString(tmp.resolve("key.pem"), Pem.encode(issued.key()));
        try (DtuServer server = tlsServer(new ServerConfig.Tls(cert, key, null))) {
            HttpResponse<String> r = get(TlsContexts.trusting(other.certificate()), HttpClient.Version.HTTP_2,
                    server.url() + "/_dtu/ca.pem");
            assertEquals(404, r.statusCode(), "no local CA in use");
        }
    }

    @Test
    void anUnreadableCertificateIsAStartupError() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.pem"), "not a certificate");
        StartupException e = assertThrows(StartupException.class, () -> tlsServer(new ServerConfig.Tls(bad, bad, null)));
        assertEquals("cannot set up TLS: " + bad + " holds no unencrypted PEM private key", e.getMessage());
    }
}

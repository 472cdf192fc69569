package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.engine.run.AppEnvironment;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.twins.Twins;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dtu env UNIVERSE} gives an app the sweep's variables; {@code dtu ca} gives the CA behind {@code --tls}. */
class EnvAndCaCommandsTest {
    @TempDir
    Path tmp;

    private static Map<String, String> parse(String out) {
        Map<String, String> env = new LinkedHashMap<>();
        out.lines().forEach(line -> env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return env;
    }

    @Test
    void envPrintsTheVariablesASweepGivesApps() {
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start()) {
            UniverseInfo trial = server.universes().create("trial-1", null);
            RecordingCommandsTest.Run r = RecordingCommandsTest.dtu("env", "trial-1", "--url", server.url());
            assertEquals(0, r.exit(), r.err());
            Map<String, String> expected = new LinkedHashMap<>(AppEnvironment.of(
                    server.universes().info(server.universes().require(trial.id()), server.url()), server.url() + "/_dtu", 0));
            expected.remove("PORT");
            assertEquals(expected, parse(r.out()));
            assertTrue(parse(r.out()).get("SLACK_BOT_TOKEN").startsWith("xoxb-"));

            RecordingCommandsTest.Run missing = RecordingCommandsTest.dtu("env", "no-such", "--url", server.url());
            assertEquals(2, missing.exit());
            assertEquals("dtu env: no universe with id or name 'no-such'\n", missing.err());
        }
        RecordingCommandsTest.Run down = RecordingCommandsTest.dtu("env", "--url", "http://127.0.0.1:1");
        assertEquals(2, down.exit());
        assertTrue(down.err().startsWith("dtu env: cannot reach http://127.0.0.1:1"), down.err());
    }

    @Test
    void overHttpsEnvAddsTheCaVariablesAndCaPrintsTheServersCa() throws Exception {
        Path data = tmp.resolve("state");
        ServerConfig config = ServerConfig.inMemory("127.0.0.1", 0).withDataDir(data).withTls(ServerConfig.Tls.LOCAL_CA);
        try (DtuServer server = new DtuServer(config, Twins.all()).start()) {
            RecordingCommandsTest.Run r = RecordingCommandsTest.dtu("env", "default", "--url", server.url(), "--data-dir", data.toString());
            assertEquals(0, r.exit(), r.err());
            Map<String, String> env = parse(r.out());
            String caFile = data.resolve("ca/ca.pem").toAbsolutePath().toString();
            assertEquals(caFile, env.get("NODE_EXTRA_CA_CERTS"));
            assertEquals(caFile, env.get("REQUESTS_CA_BUNDLE"));
            assertEquals(caFile, env.get("SSL_CERT_FILE"));
            assertTrue(env.get("OKTA_ORG_URL").startsWith("https://"), env.toString());

            Path store = tmp.resolve("ca.p12");
            RecordingCommandsTest.Run ca = RecordingCommandsTest.dtu("ca", "--data-dir", data.toString(), "--truststore", store.toString());
            assertEquals(0, ca.exit(), ca.err());
            assertEquals(server.caPem().orElseThrow(), ca.out());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                trust.load(in, "changeit".toCharArray());
            }
            assertTrue(trust.isCertificateEntry("dtu-local-ca"));
        }
    }
}

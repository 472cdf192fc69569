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

    /** A dotenv file as dotenv readers take it: a single-quoted value literally, without its quotes. */
    private static Map<String, String> parse(String out) {
        Map<String, String> env = new LinkedHashMap<>();
        out.lines().forEach(line -> {
            String value = line.substring(line.indexOf('=') + 1);
            boolean quoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
            env.put(line.substring(0, line.indexOf('=')), quoted ? value.substring(1, value.length() - 1) : value);
        });
        return env;
    }

    /** What a POSIX shell has in its environment after {@code eval}ing the lines. */
    private static Map<String, String> evaluated(String lines) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "eval \"$DTU_LINES\" && env -0");
        pb.environment().put("DTU_LINES", lines);
        Process p = pb.start();
        String all = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        for (String entry : all.split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return env;
    }

    @Test
    void aServiceAccountKeySurvivesBothFormats() throws Exception {
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start()) {
            RecordingCommandsTest.Run dotenv = RecordingCommandsTest.dtu("env", "default", "--url", server.url());
            RecordingCommandsTest.Run shell = RecordingCommandsTest.dtu("env", "default", "--url", server.url(), "--format", "shell");
            assertEquals(0, shell.exit(), shell.err());
            String key = parse(dotenv.out()).get("GOOGLE_SERVICE_ACCOUNT_KEY");
            assertTrue(key.startsWith("{") && key.contains("BEGIN PRIVATE KEY") && key.contains("\\n"), key);
            dev.dtu.server.http.Json.parse(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Map<String, String> evaluated = evaluated(shell.out());
            parse(dotenv.out()).forEach((k, v) -> assertEquals(v, evaluated.get(k), k));
        }
        assertEquals("export A='it'\\''s'", EnvCommand.line(EnvCommand.Format.shell, "A", "it's"));
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

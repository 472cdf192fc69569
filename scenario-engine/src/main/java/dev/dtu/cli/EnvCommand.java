package dev.dtu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.engine.run.AppEnvironment;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.Pem;
import dev.dtu.server.tls.TlsContexts;
import dev.dtu.server.universe.UniverseInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dtu env UNIVERSE}: the environment an app gets in a sweep, for running it by hand against a universe. */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Print the environment (KEY=value) that points an app at a universe: the variables a sweep gives apps.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./dtu env default > .env", "  eval \"$(./dtu env trial-1 --format shell)\" && npm start",
                "  ./dtu env default --url https://127.0.0.1:8443   (adds NODE_EXTRA_CA_CERTS...)"})
final class EnvCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "UNIVERSE", defaultValue = "default",
            description = "The universe's id or unique name (default: ${DEFAULT-VALUE}).")
    String universe;

    @Option(names = "--url", defaultValue = "${env:DTU_URL:-http://127.0.0.1:8080}",
            description = "The server's URL. Env DTU_URL (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--data-dir", defaultValue = "${env:DTU_DATA_DIR}",
            description = "The server's --data-dir, where its local CA is (for an https URL); without it ~/.dtu/ca. Env DTU_DATA_DIR.")
    Path dataDir;

    /** How the variables are written: a dotenv file, or {@code export} lines a POSIX shell can eval. */
    enum Format { dotenv, shell }

    @Option(names = "--format", defaultValue = "dotenv",
            description = "dotenv (KEY=value, quoted where the value needs it) or shell (export KEY='value', for eval). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        String base = url.replaceAll("/+$", "");
        try {
            Path caFile = base.startsWith("https:") ? caFile() : null;
            UniverseInfo info = fetch(base, caFile);
            Map<String, String> env = new LinkedHashMap<>(AppEnvironment.of(info, base + "/_dtu", 0));
            env.remove("PORT");
            if (caFile != null) {
                String path = caFile.toAbsolutePath().toString();
                env.put("NODE_EXTRA_CA_CERTS", path);
                env.put("REQUESTS_CA_BUNDLE", path);
                env.put("SSL_CERT_FILE", path);
            }
            env.forEach((k, v) -> System.out.println(line(format, k, v)));
            System.out.flush();
            return 0;
        } catch (IOException | IllegalStateException | Json.MalformedJsonException e) {
            System.err.println("dtu env: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    /**
     * One variable. A dotenv value with spaces, quotes or {@code #} (a service-account key's JSON) is single-quoted,
     * which dotenv readers (Node's dotenv, python-dotenv, Docker's --env-file aside) take literally; a shell line
     * is always single-quoted, a quote inside written as {@code '\''}.
     */
    static String line(Format format, String key, String value) {
        if (format == Format.shell) {
            return "export " + key + "='" + value.replace("'", "'\\''") + "'";
        }
        boolean plain = value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"' || c == '#' || c == '\\');
        return key + "=" + (plain || value.indexOf('\'') >= 0 ? value : "'" + value + "'");
    }

    private Path caFile() {
        ServerConfig config = ServerConfig.inMemory("127.0.0.1", 0);
        Path dir = (dataDir == null ? config : config.withDataDir(dataDir)).caDir();
        Path file = dir.resolve(LocalCa.CERT_FILE);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no local CA in " + dir + " (pass the server's --data-dir)");
        }
        return file;
    }

    private UniverseInfo fetch(String base, Path caFile) throws IOException, InterruptedException {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (caFile != null) {
            b.sslContext(TlsContexts.trusting(Pem.certificates(caFile).get(0)));
        }
        String target = base + "/_dtu/universes/" + URLEncoder.encode(universe, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<byte[]> r;
        try (HttpClient client = b.build()) {
            r = client.send(HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot reach " + base + " (is ./dtu serve running? --url or DTU_URL says where)", e);
        }
        JsonNode body = Json.parse(r.body());
        if (r.statusCode() != 200) {
            throw new IOException(body.path("error").path("message").asText("HTTP " + r.statusCode() + " from " + target));
        }
        return Json.MAPPER.treeToValue(body, UniverseInfo.class);
    }
}

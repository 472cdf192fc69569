package dev.dtu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.StartupException;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.server.universe.UniverseRegistry;
import dev.dtu.twins.Twins;
import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dtu serve}: starts the universe server and prints how to reach the default universe. */
@Command(name = "serve", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Start the universe server (in-memory state unless --data-dir is given).",
        footerHeading = "%nExamples:%n",
        footer = {"  ./dtu serve                         http://127.0.0.1:8080, in memory",
                "  DTU_PORT=9090 ./dtu serve           port from the environment",
                "  ./dtu serve --data-dir state/       state kept across restarts",
                "  ./dtu serve --tls                   HTTPS; ./dtu ca gives the CA",
                "  ./dtu serve --host 0.0.0.0 --public-url http://dtu:8080"})
final class ServeCommand implements Callable<Integer> {
    enum Credentials { random, fixed }

    @Option(names = "--port", defaultValue = "${env:DTU_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one. Env DTU_PORT (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:DTU_HOST:-127.0.0.1}",
            description = "Address to bind; 0.0.0.0 for every interface. Env DTU_HOST (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data-dir", defaultValue = "${env:DTU_DATA_DIR}",
            description = "Keep state durable in H2 under this folder (and the local CA in its ca/). Env DTU_DATA_DIR.")
    Path dataDir;

    @Option(names = "--public-url", defaultValue = "${env:DTU_PUBLIC_URL}", paramLabel = "URL",
            description = "The URL clients reach the server by (port mapping, proxy, compose service), e.g. "
                    + "http://dtu:8080; links, Location headers and universe descriptions use it. Env DTU_PUBLIC_URL "
                    + "(default: the URL each request reached).")
    String publicUrl;

    @Option(names = "--tls", defaultValue = "${env:DTU_TLS:-false}", fallbackValue = "true", arity = "0..1",
            description = "Serve HTTPS (HTTP/1.1 and HTTP/2) with a certificate from the local CA (made once per data "
                    + "dir, or in ~/.dtu/ca). Env DTU_TLS=true.")
    boolean tls;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "Serve this certificate chain instead (implies --tls).")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "The private key of --tls-cert (PKCS#8 or PKCS#1, unencrypted).")
    Path tlsKey;

    @Option(names = "--proxy-port", defaultValue = "${env:DTU_PROXY_PORT:--1}", paramLabel = "PORT",
            description = "Also run a forward proxy here (HTTPS_PROXY) for apps that keep the vendors' host names "
                    + "(slack.com, *.okta.com, *.atlassian.net, *.googleapis.com): TLS terminated with the local CA, "
                    + "each request sent to the universe of its token. Env DTU_PROXY_PORT (default: none).")
    int proxyPort;

    @Option(names = "--storage-per-universe", defaultValue = "${env:DTU_STORAGE_PER_UNIVERSE}", paramLabel = "SIZE",
            description = "The most bytes of files (Drive, Slack, Jira attachments) one universe keeps, e.g. 256MiB; "
                    + "beyond it the vendors' quota errors. Env DTU_STORAGE_PER_UNIVERSE (default: 256MiB).")
    String storagePerUniverse;

    @Option(names = "--storage-total", defaultValue = "${env:DTU_STORAGE_TOTAL}", paramLabel = "SIZE",
            description = "The most bytes of files requests add over every universe, e.g. 2GiB. Env DTU_STORAGE_TOTAL "
                    + "(default: a quarter of the heap, at most 2GiB).")
    String storageTotal;

    @Option(names = "--log-level", defaultValue = "${env:DTU_LOG_LEVEL:-info}", paramLabel = "LEVEL",
            description = "error, warn, info, debug or trace. Env DTU_LOG_LEVEL (default: ${DEFAULT-VALUE}).")
    String logLevel;

    @Option(names = "--default-credentials", defaultValue = "${env:DTU_DEFAULT_CREDENTIALS:-random}", paramLabel = "MODE",
            description = "fixed: the default universe has the same tokens on every start, even in memory (a .env "
                    + "stays valid); random: new ones each start. Env DTU_DEFAULT_CREDENTIALS (default: ${DEFAULT-VALUE}).")
    Credentials credentials;

    /** Closes the server when the JVM is told to stop (Ctrl-C, SIGTERM); the latch opens once it is closed. */
    static CountDownLatch closedOnExit(DtuServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        return stopped;
    }

    @Override
    public Integer call() throws Exception {
        DtuServer server;
        try {
            Logging.configure(logLevel);
            server = new DtuServer(config(), Twins.all()).start();
        } catch (StartupException | IllegalArgumentException e) {
            System.err.println("dtu serve: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = closedOnExit(server);
        // Counted from the JVM's own start, so the figure is what a user waits for.
        long startedAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        printBanner(server, System.currentTimeMillis() - startedAt);
        stopped.await();
        return 0;
    }

    ServerConfig config() {
        ServerConfig config = ServerConfig.inMemory(host, port)
                .withPublicUrl(checkedPublicUrl())
                .withFixedCredentials(credentials == Credentials.fixed)
                .withProxyPort(proxyPort < 0 ? -1 : proxyPort)
                .withStorage(dev.dtu.server.universe.StorageQuota.of("--storage-per-universe", storagePerUniverse,
                        "--storage-total", storageTotal));
        if (dataDir != null) {
            config = config.withDataDir(dataDir);
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        if (tlsCert != null) {
            return config.withTls(new ServerConfig.Tls(tlsCert, tlsKey, null));
        }
        return tls ? config.withTls(ServerConfig.Tls.LOCAL_CA) : config;
    }

    private String checkedPublicUrl() {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(publicUrl.replaceAll("/+$", ""));
            boolean ok = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null;
            if (ok) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("--public-url must be http(s)://host[:port] with no path, not '" + publicUrl + "'");
    }

    /**
     * The twin's description with private keys (Google's service-account key) named rather than printed: a
     * screenful of PEM in a terminal or CI log is noise, and the admin API hands the key to whoever needs it.
     */
    static JsonNode withoutKeys(JsonNode description, String url) {
        JsonNode copy = description.deepCopy();
        hideKeys(copy, url);
        return copy;
    }

    private static void hideKeys(JsonNode node, String url) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            List<String> names = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual() && v.asText().startsWith("-----BEGIN")) {
                    o.put(name, "(a PEM key: GET " + url + "/_dtu/universes/default)");
                } else {
                    hideKeys(v, url);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> hideKeys(n, url));
        }
    }

    private static void printBanner(DtuServer server, long millis) {
        String url = server.url();
        System.out.printf("DTU listening on %s (ready in %d ms). Ctrl-C to stop.%n", url, millis);
        System.out.printf("  admin API: %s/_dtu/universes   health: %s/_dtu/health   metrics: %s/metrics%n", url, url, url);
        UniverseInfo info = server.universes().get(UniverseRegistry.DEFAULT);
        System.out.println("  default universe:");
        for (Iterator<Map.Entry<String, JsonNode>> it = info.twins().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> twin = it.next();
            System.out.printf("    %-7s %s%n", twin.getKey(), Json.text(withoutKeys(twin.getValue(), url)));
        }
        server.proxyPort().ifPresent(p -> System.out.printf(
                "  vendor hosts: HTTPS_PROXY=http://%s:%d (trust the CA: ./dtu ca)%n", url.replaceAll("^https?://|:\\d+$", ""), p));
        String trust = server.caPem().isPresent() && server.url().startsWith("https") ? " --cacert <(./dtu ca)" : "";
        System.out.printf("Try: curl -s%s %s/_dtu/universes/default   or: ./dtu env default > .env%n", trust, url);
        System.out.flush();
    }
}

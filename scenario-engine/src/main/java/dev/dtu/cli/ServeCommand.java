package dev.dtu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.server.universe.UniverseRegistry;
import dev.dtu.twins.Twins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dtu serve}: starts the universe server and prints how to reach the default universe. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the universe server (in-memory state unless --data-dir is given).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data-dir", description = "Keep state durable in H2 under this folder.")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = ServerConfig.inMemory(host, port);
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            config = config.withDataDir(dataDir);
        }
        Logging.quietLibraries();
        DtuServer server = new DtuServer(config, Twins.all()).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        // Counted from the JVM's own start, so the figure is what a user waits for.
        long startedAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        printBanner(server, System.currentTimeMillis() - startedAt);
        stopped.await();
        return 0;
    }

    private static void printBanner(DtuServer server, long millis) {
        System.out.printf("DTU listening on %s (ready in %d ms)%n", server.url(), millis);
        System.out.printf("  admin API: %s/_dtu/universes   health: %s/_dtu/health   metrics: %s/metrics%n",
                server.url(), server.url(), server.url());
        UniverseInfo info = server.universes().get(UniverseRegistry.DEFAULT);
        System.out.println("  default universe:");
        for (Iterator<Map.Entry<String, JsonNode>> it = info.twins().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> twin = it.next();
            System.out.printf("    %-7s %s%n", twin.getKey(), Json.text(twin.getValue()));
        }
        System.out.flush();
    }
}

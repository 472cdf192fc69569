package dev.dtu.bench.durability;

import dev.dtu.bench.serving.TwinTarget;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.twins.Twins;
import java.nio.file.Path;

/**
 * The server in a child process, so the durability benchmark can kill it: {@code DurableServer [DATA_DIR]}.
 * Prints one line, {@code READY port token channel}, then serves until killed.
 */
public final class DurableServer {
    private DurableServer() {}

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.inMemory("127.0.0.1", 0);
        if (args.length > 0) {
            config = config.withDataDir(Path.of(args[0]));
        }
        DtuServer server = new DtuServer(config, Twins.all()).start();
        var slack = TwinTarget.slackOf(server);
        System.out.println("READY " + server.port() + " " + slack.token() + " " + slack.channel());
        System.out.flush();
        Thread.currentThread().join();
    }
}

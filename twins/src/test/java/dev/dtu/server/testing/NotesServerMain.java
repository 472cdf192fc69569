package dev.dtu.server.testing;

import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A durable server with the notes twin, run in its own JVM so a test can kill it with SIGKILL, or stop it with
 * SIGTERM (which closes the server from a shutdown hook, as {@code dtu serve} does).
 */
public final class NotesServerMain {
    private NotesServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.inMemory("127.0.0.1", 0).withDataDir(Path.of(args[0]));
        DtuServer server = new DtuServer(config, List.of(new NotesTwin())).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("LISTENING " + server.url());
        System.out.flush();
        Thread.currentThread().join();
    }
}

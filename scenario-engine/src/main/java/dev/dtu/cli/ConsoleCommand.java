package dev.dtu.cli;

import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.StartupException;
import dev.dtu.twins.Twins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dtu console DIR}: a server whose web console shows a sweep's report folder, each trajectory's timeline. */
@Command(name = "console", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Open a sweep's report folder (dtu sweep --out DIR) in the web console.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./dtu console rep/                  http://127.0.0.1:8080/_dtu/console/reports",
                "  ./dtu console rep/ --port 9090      another port"})
final class ConsoleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A report folder: the --out of dtu sweep (holds report.json).")
    Path dir;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve("report.json"))) {
            System.err.println("dtu console: " + dir + " holds no report.json (the --out folder of dtu sweep)");
            return 2;
        }
        DtuServer server;
        try {
            server = new DtuServer(ServerConfig.inMemory(host, port), Twins.all()).start();
        } catch (StartupException e) {
            System.err.println("dtu console: " + e.getMessage());
            return 2;
        }
        try {
            server.console().openReport(dir);
        } catch (IOException e) {
            server.close();
            System.err.println("dtu console: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = ServeCommand.closedOnExit(server);
        System.out.println("DTU console for " + dir + ": " + server.url() + "/_dtu/console/reports  (Ctrl-C to stop)");
        System.out.flush();
        stopped.await();
        return 0;
    }
}

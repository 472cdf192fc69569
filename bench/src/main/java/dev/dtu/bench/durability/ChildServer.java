package dev.dtu.bench.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link DurableServer} process: started, waited for, killed with SIGKILL or stopped. */
final class ChildServer implements AutoCloseable {
    private final Process process;
    final int port;
    final String token;
    final String channel;

    private ChildServer(Process process, String[] ready) {
        this.process = process;
        this.port = Integer.parseInt(ready[1]);
        this.token = ready[2];
        this.channel = ready[3];
    }

    static ChildServer start(Path dataDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(dev.dtu.bench.JvmFlags.child());
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), DurableServer.class.getName()));
        if (dataDir != null) {
            command.add(dataDir.toString());
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return new ChildServer(p, line.split(" "));
            }
        }
        p.destroyForcibly();
        throw new IOException("the child server exited before it was ready: " + p.exitValue());
    }

    /** SIGKILL: no shutdown hook, no flush — what {@code kill -9} does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM (a profiler attached through DTU_BENCH_CHILD_OPTS writes its recording), SIGKILL if it hangs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}

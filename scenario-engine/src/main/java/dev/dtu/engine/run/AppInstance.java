package dev.dtu.engine.run;

import dev.dtu.engine.scenario.Scenario.AppSpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The app under test: a process the engine started (and will stop), or a URL of one already running. */
public final class AppInstance implements AutoCloseable {
    private final String url;
    private final Process process;
    private final Path log;

    private AppInstance(String url, Process process, Path log) {
        this.url = url;
        this.process = process;
        this.log = log;
    }

    /** Raised when the app would not start or get ready: the harness, not the app's behaviour, failed. */
    public static final class AppFailure extends RuntimeException {
        public AppFailure(String message) {
            super(message);
        }
    }

    public static AppInstance start(AppSpec spec, Map<String, String> env) {
        if (spec.url() != null) {
            AppInstance app = new AppInstance(stripSlash(spec.url()), null, null);
            app.awaitReady(spec);
            return app;
        }
        int port = Integer.parseInt(env.get("PORT"));
        Path log;
        Process process;
        try {
            log = Files.createTempFile("dtu-app-", ".log");
            ProcessBuilder pb = new ProcessBuilder(spec.command()).directory(spec.workdir().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            process = pb.start();
        } catch (IOException e) {
            throw new AppFailure("the app command " + spec.command() + " could not start: " + e.getMessage());
        }
        AppInstance app = new AppInstance("http://127.0.0.1:" + port, process, log);
        try {
            app.awaitReady(spec);
        } catch (AppFailure e) {
            app.close();
            throw e;
        }
        return app;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new AppFailure("no free port for the app: " + e.getMessage());
        }
    }

    public String url() {
        return url;
    }

    /** The last lines the app printed, for reports when it misbehaves. */
    public String logTail() {
        if (log == null) {
            return "";
        }
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitReady(AppSpec spec) {
        long deadline = System.nanoTime() + (long) (spec.readyTimeoutSeconds() * 1e9);
        String readyUrl = url + (spec.readyPath() == null ? "/" : spec.readyPath());
        String last = "";
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new AppFailure("the app exited with " + process.exitValue() + " before it was ready:\n" + logTail());
            }
            HttpCalls.Answer a = HttpCalls.send("GET", readyUrl, null, Duration.ofSeconds(2));
            if (a.ok() || (spec.readyPath() == null && a.status() > 0)) {
                return;
            }
            last = a.status() == 0 ? a.error() : "status " + a.status();
            pause(25);
        }
        throw new AppFailure("the app was not ready at " + readyUrl + " within " + spec.readyTimeoutSeconds()
                + " s (last: " + last + ")" + (process == null ? "" : ":\n" + logTail()));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppFailure("interrupted while waiting for the app");
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a temp log left behind is harmless
        }
    }
}

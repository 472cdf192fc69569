package dev.dtu.server.console;

import dev.dtu.server.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/** The console's static files: its CSS and script from the jar, htmx from the {@code org.webjars.npm:htmx.org} jar. */
final class Assets {
    private static final String HTMX = "META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";
    private static final Map<String, String> FILES = Map.of(
            "console.css", "console/console.css",
            "console.js", "console/console.js",
            "htmx.min.js", HTMX);

    private Assets() {}

    static Response serve(String file) {
        String path = FILES.get(file);
        byte[] bytes = path == null ? null : read(path);
        if (bytes == null) {
            throw new ConsoleException(404, "no console asset " + file);
        }
        String type = file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return new Response(200, type, bytes).header("Cache-Control", "max-age=3600")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static byte[] read(String path) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String htmxVersion() {
        Properties p = new Properties();
        try (InputStream in = Assets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "missing");
    }
}

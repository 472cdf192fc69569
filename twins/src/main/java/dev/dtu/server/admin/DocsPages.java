package dev.dtu.server.admin;

import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.universe.UniverseRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What a person finds with a browser: {@code GET /} (an index of the server's pages), the published OpenAPI
 * documents ({@code /_dtu/openapi/{name}}: the admin API's and each twin's covered surface) and Swagger UI over
 * them at {@code /_dtu/docs}, its assets from the {@code org.webjars:swagger-ui} jar.
 */
final class DocsPages {
    private static final String OPENAPI = "openapi/";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png",
            "html", "text/html; charset=utf-8", "yaml", "application/yaml; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private final UniverseRegistry universes;
    private final List<String> documents;
    private final String swaggerVersion;

    DocsPages(UniverseRegistry universes) {
        this.universes = universes;
        this.documents = listDocuments();
        this.swaggerVersion = swaggerVersion();
    }

    List<String> documents() {
        return documents;
    }

    Response index(Request request, Map<String, String> params) {
        String rows = String.join("\n", List.of(
                link("/_dtu/console", "Console", "see each universe the way its people would, and its timeline"),
                link("/_dtu/docs", "API docs", "Swagger UI over the admin API and each twin's OpenAPI"),
                link("/_dtu/universes", "Universes", universes.list().size() + " now; each one's URLs and credentials"),
                link("/_dtu/coverage", "Coverage", "what each twin serves of its vendor's published API"),
                link("/_dtu/openapi", "OpenAPI documents", String.join(", ", documents)),
                link("/metrics", "Metrics", "Prometheus text"),
                link("/_dtu/health", "Health", "200 when ready")));
        return html("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Digital Twin Universe</title>
                <style>body{font:16px system-ui,sans-serif;margin:2rem auto;max-width:46rem}dt{margin-top:1rem}</style></head>
                <body><h1>Digital Twin Universe</h1>
                <p>Behavioural clones of Slack, Okta, Jira and Google Workspace. Twins live under <code>/u/{universe}/{twin}/</code>.</p>
                <dl>
                %s
                </dl></body></html>
                """.formatted(rows));
    }

    Response swaggerUi(Request request, Map<String, String> params) {
        StringBuilder urls = new StringBuilder();
        for (String document : documents) {
            if (document.endsWith(".yaml")) {
                urls.append(urls.isEmpty() ? "" : ",\n      ")
                        .append("{url: \"/_dtu/openapi/").append(document).append("\", name: \"").append(document).append("\"}");
            }
        }
        return html("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>DTU API docs</title>
                <link rel="stylesheet" href="/_dtu/docs/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="/_dtu/docs/swagger-ui-bundle.js"></script>
                <script src="/_dtu/docs/swagger-ui-standalone-preset.js"></script>
                <script>
                  window.ui = SwaggerUIBundle({
                    urls: [
                      %s
                    ],
                    "urls.primaryName": "dtu-admin.yaml",
                    dom_id: "#swagger-ui",
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    layout: "StandaloneLayout"
                  });
                </script></body></html>
                """.formatted(urls));
    }

    Response asset(Request request, Map<String, String> params) {
        return resource(WEBJAR + swaggerVersion + "/", params.get("file"), "no Swagger UI asset ");
    }

    Response document(Request request, Map<String, String> params) {
        return resource(OPENAPI, params.get("name"), "no OpenAPI document ");
    }

    Response documentList(Request request, Map<String, String> params) {
        return Response.json(200, Map.of("documents", documents.stream()
                .map(d -> Map.of("name", d, "url", request.baseUrl() + "/openapi/" + d)).toList()));
    }

    private static Response resource(String folder, String name, String missing) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || name.contains("..")) {
            return AdminApi.error(404, "not_found", missing + name);
        }
        try (InputStream in = DocsPages.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                return AdminApi.error(404, "not_found", missing + name);
            }
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            return new Response(200, type, in.readAllBytes()).header("Cache-Control", "public, max-age=3600");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response html(String page) {
        return Response.text(200, TYPES.get("html"), page);
    }

    private static String link(String href, String title, String what) {
        return "<dt><a href=\"" + href + "\">" + title + "</a></dt><dd>" + escape(what) + "</dd>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The files of the class path's openapi/ folder (a folder in development, a jar entry in the shaded jar). */
    private static List<String> listDocuments() {
        URL marker = DocsPages.class.getClassLoader().getResource(OPENAPI + "dtu-admin.yaml");
        if (marker == null) {
            return List.of();
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                return inJar(uri);
            }
            return list(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the OpenAPI documents at " + marker, e);
        }
    }

    private static List<String> inJar(URI uri) throws IOException {
        FileSystem jar;
        try {
            jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            jar = FileSystems.newFileSystem(uri, Map.of());
        }
        return list(jar.getPath(OPENAPI));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString().replace("/", ""))
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".json")).sorted().toList();
        }
    }

    private static String swaggerVersion() {
        try (InputStream in = DocsPages.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties.getProperty("version", "missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

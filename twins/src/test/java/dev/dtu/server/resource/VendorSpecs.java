package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vendors' published OpenAPI documents, which the project does not copy: found through {@code
 * -Ddtu.vendorSpecs=DIR}, {@code DTU_VENDOR_SPECS}, or a {@code shared/vendor-specs} folder above the working
 * directory. Tests that need them are skipped where they are absent.
 */
public final class VendorSpecs {
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

    private VendorSpecs() {}

    public static Optional<Path> dir() {
        String configured = System.getProperty("dtu.vendorSpecs", System.getenv("DTU_VENDOR_SPECS"));
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("vendor-specs");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A vendor document by file name ("jira-platform-v3.openapi3.json"), parsed once. */
    public static Optional<JsonNode> document(String file) {
        return dir().map(d -> d.resolve(file)).filter(Files::exists).map(path -> CACHE.computeIfAbsent(file, f -> {
            try {
                return Json.parseYaml(Files.readString(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}

package dev.dtu.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.twins.Twins;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContextException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a test class against the twins (see {@link DtuTest}). The server: the one at the {@code dtu.url}
 * configuration parameter or the {@code DTU_URL} environment variable, else an embedded in-memory server on a
 * free loopback port, started once for the class and stopped after it. Each test's universe is a fork of a
 * template universe made once per seed, so a fresh universe costs a fork, not a seeding; it is deleted when the
 * test ends.
 */
public final class DtuExtension implements BeforeAllCallback, ParameterResolver {
    /** Configuration parameter (junit-platform.properties, {@code -D}) naming a running server to use. */
    public static final String URL_PARAMETER = "dtu.url";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DtuExtension.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DEFAULT_COMPANY = "";

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DtuUniverse.class || type == Dtu.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == Dtu.class) {
            return server(context).dtu;
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("a DtuUniverse is a test's own: take it in a test method or @BeforeEach/@AfterEach, or create one with Dtu");
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestUniverse.class, k -> fork(context), TestUniverse.class).universe;
    }

    private TestUniverse fork(ExtensionContext context) {
        Server server = server(context);
        String seed = seedOf(context);
        DtuUniverse template = server.templates.computeIfAbsent(seed, s -> server.dtu.create(context.getRequiredTestClass().getSimpleName() + "-template", load(context, s)));
        return new TestUniverse(template.fork(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()));
    }

    private static Server server(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, k -> Server.start(configuredUrl(context)), Server.class);
    }

    /** The outermost test class's context: nested classes share its server. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getParent().filter(p -> p.getTestClass().isPresent()).isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static Optional<String> configuredUrl(ExtensionContext context) {
        return context.getConfigurationParameter(URL_PARAMETER).or(() -> Optional.ofNullable(System.getenv("DTU_URL")))
                .filter(url -> !url.isBlank());
    }

    private static String seedOf(ExtensionContext context) {
        String onMethod = context.getTestMethod().map(DtuExtension::seedOn).orElse(null);
        return onMethod != null ? onMethod : seedOfClass(context.getRequiredTestClass());
    }

    private static String seedOfClass(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            String seed = seedOn(c);
            if (seed != null) {
                return seed;
            }
        }
        return DEFAULT_COMPANY;
    }

    private static String seedOn(AnnotatedElement element) {
        DtuSeed seed = element.getAnnotation(DtuSeed.class);
        return seed == null ? null : seed.value();
    }

    private static JsonNode load(ExtensionContext context, String seed) {
        if (seed.equals(DEFAULT_COMPANY)) {
            return null;
        }
        Class<?> testClass = context.getRequiredTestClass();
        URL resource = testClass.getResource(seed);
        try {
            if (resource != null) {
                try (InputStream in = resource.openStream()) {
                    return YAML.readTree(in);
                }
            }
            Path file = Path.of(seed);
            if (Files.isRegularFile(file)) {
                return YAML.readTree(file.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("@DtuSeed(\"" + seed + "\") is not YAML or JSON: " + e.getMessage(), e);
        }
        throw new ExtensionContextException("@DtuSeed(\"" + seed + "\"): no such class path resource (relative to "
                + testClass.getName() + ", or absolute with a leading /) or file");
    }

    /** The class's server and its templates; stops an embedded server and deletes the templates at the end. */
    private static final class Server implements AutoCloseable {
        final Dtu dtu;
        final DtuServer embedded;
        final Map<String, DtuUniverse> templates = new ConcurrentHashMap<>();

        private Server(Dtu dtu, DtuServer embedded) {
            this.dtu = dtu;
            this.embedded = embedded;
        }

        static Server start(Optional<String> url) {
            if (url.isPresent()) {
                return new Server(new Dtu(url.get()), null);
            }
            DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
            return new Server(new Dtu(server.url()), server);
        }

        @Override
        public void close() {
            try {
                if (embedded == null) {
                    templates.values().forEach(DtuExtension::deleteQuietly);
                }
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
            }
        }
    }

    /** A test's universe, deleted when the test's context closes. */
    private record TestUniverse(DtuUniverse universe) implements AutoCloseable {
        @Override
        public void close() {
            deleteQuietly(universe);
        }
    }

    private static void deleteQuietly(DtuUniverse universe) {
        try {
            universe.delete();
        } catch (DtuException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }
}

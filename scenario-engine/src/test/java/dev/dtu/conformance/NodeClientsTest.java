package dev.dtu.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.dtu.testing.Prerequisites.requireOrSkip;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dtu.engine.run.TwinServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vendors' official Node clients ({@code conformance/node}: @slack/web-api, @slack/bolt, @okta/okta-sdk-nodejs,
 * jira.js, @googleapis/*) and the DTU Node client's own tests ({@code clients/node}) against an embedded twin server,
 * with node's own test runner. Without node or the suite's
 * node_modules the test is skipped, except on CI ({@code CI=true}), which installs both and must run it.
 */
class NodeClientsTest {
    static final Path SUITE = Path.of("..", "conformance", "node").toAbsolutePath().normalize();
    static final Path CLIENT_TESTS = Path.of("..", "clients", "node", "test").toAbsolutePath().normalize();
    static final long TIMEOUT_SECONDS = 240;

    @Test
    void theOfficialNodeClientsPassAgainstTheTwins() throws Exception {
        Optional<Path> node = onPath("node");
        requireOrSkip(node.isPresent(), "node is not on the PATH");
        requireOrSkip(Files.isDirectory(SUITE.resolve("node_modules")),
                "conformance/node/node_modules is missing: run npm ci --prefix conformance/node");
        List<String> command = new ArrayList<>(List.of(node.get().toString(), "--test"));
        command.addAll(testFiles()); // explicit files: node 20 and 22 read a bare directory argument differently

        try (TwinServer twins = TwinServer.embedded()) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(SUITE.toFile()).redirectErrorStream(true);
            builder.environment().put("DTU_URL", twins.url());
            Process process = builder.start();
            // Read on a thread of its own: blocked in the common pool, the read would starve the twins' event deliveries,
            // whose HttpClient.sendAsync futures complete there (on 2 cores the pool has a single worker).
            CompletableFuture<String> output = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("node-output").start(() -> output.complete(readAll(process.getInputStream())));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("node --test did not finish in " + TIMEOUT_SECONDS + " s:\n" + output.get(10, TimeUnit.SECONDS));
            }
            String log = output.get(10, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), "node --test conformance/node failed:\n" + log);
            assertTrue(log.contains("# fail 0"), log);
            assertFalse(log.contains("# pass 0"), "no Node conformance test ran:\n" + log);
        }
    }

    /** The conformance suite's files and the Node client's own tests ({@code clients/node/test}). */
    static List<String> testFiles() throws IOException {
        List<String> tests = new ArrayList<>();
        for (Path folder : List.of(SUITE, CLIENT_TESTS)) {
            try (Stream<Path> files = Files.list(folder)) {
                List<String> found = files.filter(f -> f.getFileName().toString().endsWith(".test.js"))
                        .map(Path::toString).sorted().toList();
                assertFalse(found.isEmpty(), "no *.test.js in " + folder);
                tests.addAll(found);
            }
        }
        return tests;
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read node's output: " + e + ")";
        }
    }
}

package dev.dtu.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.dtu.testing.Prerequisites.requireOrSkip;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container path without a Docker engine: docker/Dockerfile lints clean, its build stage builds the jar from
 * the .dockerignore'd context alone (its RUN commands run here, in a copy of that context), and its entrypoint
 * picks /data only when something is mounted there.
 */
class ContainerPathTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path DOCKERFILE = REPO.resolve("docker/Dockerfile");

    @Test
    void theDockerfileLintsClean() throws Exception {
        Path lint = REPO.resolve("docker/node_modules/.bin/dockerfilelint");
        requireOrSkip(Files.isExecutable(lint), "docker/node_modules is missing: run npm ci --prefix docker");

        Result result = run(List.of(lint.toString(), "-o", "json", DOCKERFILE.toString()), REPO, Map.of(), 120);

        JsonNode report = new ObjectMapper().readTree(result.output().substring(result.output().indexOf('{')));
        assertEquals(0, report.path("totalIssues").asInt(-1), result.output());
    }

    @Test
    void theImageRunsAsAnotherUserAndLeavesDataToAMount() throws Exception {
        Dockerfile.Stage runtime = Dockerfile.read(DOCKERFILE).last();

        List<Dockerfile.Instruction> users = runtime.all("USER");
        assertFalse(users.isEmpty(), "the runtime stage names a user");
        String user = users.getLast().arguments();
        assertFalse(user.equals("root") || user.startsWith("0"), "runs as " + user);
        assertTrue(runtime.all("VOLUME").isEmpty(), "a VOLUME would mount /data always, so 'when mounted' could not hold");
        assertTrue(runtime.all("ENTRYPOINT").getFirst().arguments().startsWith("["), "exec form, so signals reach java");
    }

    @Test
    void theBuildStageBuildsTheJarFromTheContextAlone(@TempDir Path scratch) throws Exception {
        Dockerfile dockerfile = Dockerfile.read(DOCKERFILE);
        Dockerfile.Stage build = dockerfile.stage("build");
        Path workdir = scratch.resolve(build.all("WORKDIR").getFirst().arguments().substring(1));
        Files.createDirectories(workdir);

        for (Dockerfile.Instruction step : build.instructions()) {
            switch (step.keyword()) {
                case "WORKDIR" -> assertEquals(workdir, scratch.resolve(step.arguments().substring(1)), "one WORKDIR");
                case "COPY" -> {
                    assertEquals(". .", step.arguments(), "this test copies the whole context only");
                    assertTrue(new DockerContext(REPO).copyTo(workdir) > 0);
                }
                case "RUN" -> {
                    Result result = run(List.of("sh", "-c", step.arguments()), workdir, Map.of("JAVA_HOME", System.getProperty("java.home")), 1200);
                    assertEquals(0, result.exit(), "line " + step.line() + ": " + step.arguments() + "\n" + tail(result.output()));
                }
                default -> fail("line " + step.line() + ": the build stage's " + step.keyword() + " is not run by this test");
            }
        }

        for (Dockerfile.Stage stage : dockerfile.stages().subList(1, dockerfile.stages().size())) {
            for (Dockerfile.Instruction copy : stage.all("COPY")) {
                if (copy.arguments().startsWith("--from=build ")) {
                    copied(copy, workdir, build.all("WORKDIR").getFirst().arguments());
                }
            }
        }
        Path jar = copiedFromBuild(dockerfile.last(), workdir, build.all("WORKDIR").getFirst().arguments());
        Result version = run(List.of(java(), "-jar", jar.toString(), "--version"), scratch, Map.of(), 120);
        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().startsWith("dtu "), version.output());
    }

    @Test
    void theEntrypointUsesDataOnlyWhenMountedAndPassesJavaOpts(@TempDir Path scratch) throws Exception {
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"data=${DTU_DATA_DIR:-} args=$*\"\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        Path mounted = Files.writeString(scratch.resolve("mounted"), "overlay / overlay rw 0 0\n/dev/sdb1 /data ext4 rw 0 0\n");
        Path unmounted = Files.writeString(scratch.resolve("unmounted"), "overlay / overlay rw 0 0\n");
        Map<String, String> env = Map.of("PATH", bin + ":/usr/bin:/bin", "JAVA_OPTS", "-Xmx256m -Dx=1");

        String withMount = entrypoint(scratch, env, Map.of("DTU_MOUNTS_FILE", mounted.toString()));
        String without = entrypoint(scratch, env, Map.of("DTU_MOUNTS_FILE", unmounted.toString()));
        String told = entrypoint(scratch, env, Map.of("DTU_MOUNTS_FILE", mounted.toString(), "DTU_DATA_DIR", "/elsewhere"));

        assertEquals("data=/data args=-Xmx256m -Dx=1 -jar /opt/dtu/dtu.jar serve", withMount);
        assertEquals("data= args=-Xmx256m -Dx=1 -jar /opt/dtu/dtu.jar serve", without);
        assertEquals("data=/elsewhere args=-Xmx256m -Dx=1 -jar /opt/dtu/dtu.jar serve", told);
        assertNotEquals(withMount, without);
    }

    @Test
    void composePublishesOnLoopbackOnlyByDefault() throws Exception {
        JsonNode compose = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(REPO.resolve("docker/compose.yaml").toFile());

        compose.path("services").properties().forEach(service -> {
            JsonNode build = service.getValue().path("build");
            if (!build.isMissingNode()) {
                Path context = REPO.resolve("docker").resolve(build.path("context").asText()).normalize();
                assertEquals(REPO, context, service.getKey() + " builds from the repository");
                assertTrue(Files.isRegularFile(context.resolve(build.path("dockerfile").asText())), service.getKey());
            }
            service.getValue().path("ports").forEach(port -> {
                String published = port.asText().replace("${DTU_BIND:-127.0.0.1}", "127.0.0.1");
                assertTrue(published.startsWith("127.0.0.1:"), service.getKey() + " publishes " + port.asText());
            });
        });
        assertTrue(compose.path("services").size() > 0);
    }

    /**
     * Compose's second service sweeps the triage scenarios against the first: it is built from a stage of the
     * Dockerfile, shares the dtu container's network (so the twins reach the app it starts at 127.0.0.1), waits for
     * the server's health check, points {@code --server} at the port the server listens on, and every jar a
     * scenario it sweeps starts is one the stage copies to the place the scenario's {@code workdir} names.
     */
    @Test
    void composeSweepsTheTriageScenariosAgainstTheServerService() throws Exception {
        JsonNode services = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(REPO.resolve("docker/compose.yaml").toFile()).path("services");
        JsonNode sweep = services.path("sweep");
        assertEquals("service:dtu", sweep.path("network_mode").asText());
        assertEquals("service_healthy", sweep.path("depends_on").path("dtu").path("condition").asText());
        Dockerfile dockerfile = Dockerfile.read(DOCKERFILE);
        Dockerfile.Stage stage = dockerfile.stage(sweep.path("build").path("target").asText());
        String port = dockerfile.last().all("ENV").stream().map(Dockerfile.Instruction::arguments)
                .map(env -> env.replaceAll("(?s).*DTU_PORT=(\\d+).*", "$1")).filter(p -> p.matches("\\d+")).findFirst()
                .orElseThrow(() -> new AssertionError("the server stage sets DTU_PORT"));
        assertTrue(services.path("dtu").path("ports").get(0).asText().endsWith(":" + port), "dtu publishes its DTU_PORT");

        List<String> command = new ObjectMapper().readValue(stage.all("CMD").getLast().arguments(), List.class);
        assertEquals("sweep", command.get(0));
        assertEquals("http://127.0.0.1:" + port, command.get(command.indexOf("--server") + 1));
        String workdir = stage.all("WORKDIR").getLast().arguments();
        Map<String, String> copies = new java.util.HashMap<>();
        stage.all("COPY").forEach(c -> {
            String[] words = c.arguments().split(" ");
            copies.put(words[words.length - 1], words[words.length - 2]);
        });
        String suite = command.get(1);
        String top = suite.substring(0, suite.indexOf('/'));
        assertEquals(top, copies.get(workdir + "/" + top), "the stage copies the suite's folder " + top + " into " + workdir);
        List<Path> scenarios;
        try (var files = Files.list(REPO.resolve(suite))) {
            scenarios = files.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertFalse(scenarios.isEmpty());
        ObjectMapper yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        for (Path scenario : scenarios) {
            JsonNode app = yaml.readTree(scenario.toFile()).path("app");
            Path inImage = Path.of(workdir, suite).resolve(app.path("workdir").asText(".")).normalize();
            app.path("command").forEach(word -> {
                if (word.asText().endsWith(".jar")) {
                    String target = inImage.resolve(word.asText()).normalize().toString();
                    assertTrue(copies.containsKey(target), scenario.getFileName() + " starts " + target + ", which the sweep stage does not copy");
                }
            });
        }
    }

    private static String entrypoint(Path dir, Map<String, String> env, Map<String, String> more) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(more);
        Result result = run(List.of("/bin/sh", REPO.resolve("docker/entrypoint.sh").toString(), "serve"), dir, all, 30);
        assertEquals(0, result.exit(), result.output());
        return result.output().strip();
    }

    /** The file the runtime stage's {@code COPY --from=build SRC DEST} takes, in the build stage's scratch copy. */
    private static Path copiedFromBuild(Dockerfile.Stage runtime, Path workdir, String buildWorkdir) {
        Dockerfile.Instruction copy = runtime.all("COPY").stream().filter(c -> c.arguments().startsWith("--from=build "))
                .findFirst().orElseThrow(() -> new AssertionError("the runtime stage copies from the build stage"));
        return copied(copy, workdir, buildWorkdir);
    }

    private static Path copied(Dockerfile.Instruction copy, Path workdir, String buildWorkdir) {
        String source = copy.arguments().split(" ")[1];
        assertTrue(source.startsWith(buildWorkdir + "/"), source);
        Path jar = workdir.resolve(source.substring(buildWorkdir.length() + 1));
        assertTrue(Files.isRegularFile(jar), "line " + copy.line() + ": the build stage made " + source);
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Path dir, Map<String, String> env, long seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("dtu-container", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(command + " did not finish in " + seconds + " s:\n" + tail(Files.readString(log)));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}

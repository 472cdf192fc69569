package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dtu} launcher run as a user runs it: a copy of the real script in a scratch checkout whose
 * {@code dtu.jar} is a manifest-only jar over this build's classes, with a PATH that has no Maven unless a test adds
 * a stand-in {@code mvn}.
 */
class LauncherTest {
    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent().resolve("dtu");

    @TempDir
    Path root;

    private Path bin;
    private Path jar;
    private final List<Process> started = new ArrayList<>();

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void checkout() throws IOException {
        Files.copy(SCRIPT, root.resolve("dtu"));
        jar = root.resolve("scenario-engine/target/dtu.jar");
        Files.createDirectories(jar.getParent());
        writeManifestJar(root.resolve("classpath.jar"));
        Files.copy(root.resolve("classpath.jar"), jar);
        bin = Files.createDirectories(root.resolve("bin"));
        for (String tool : List.of("bash", "dirname", "awk", "find", "readlink", "sed", "cat", "cp", "env")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** dtu.jar as a manifest naming this build's class path, so the launcher runs the code under test. */
    private static void writeManifestJar(Path target) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> urls = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toString());
            }
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.dtu.cli.Dtu");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }

    private ProcessBuilder launcher(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("dtu").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("HOME", root.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Many short JVMs: no class-data archive written at each exit, no optimising compiler.
        pb.environment().put("DTU_JAVA_OPTS", "-XX:-AutoCreateSharedArchive -XX:TieredStopAtLevel=1");
        pb.environment().putAll(env);
        return pb;
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = launcher(env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertOneLine(Run r) {
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void noArgumentsPrintsTheHelpAndExits2() throws Exception {
        Run r = run(Map.of());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("Usage: dtu"), r.err());
        assertTrue(r.err().contains("completion"), r.err());
    }

    @Test
    void testWithoutMavenSaysSoInOneLine() throws Exception {
        for (String command : List.of("test", "build")) {
            Run r = run(Map.of(), command);
            assertEquals(2, r.exit(), r.err());
            assertOneLine(r);
            assertTrue(r.err().startsWith("dtu " + command + ": needs Apache Maven"), r.err());
        }
        Files.delete(jar);
        Run serve = run(Map.of(), "serve");
        assertEquals(2, serve.exit());
        assertTrue(serve.err().endsWith("dtu serve: needs Apache Maven 3.8+ (mvn) on the PATH to build"
                + " (apt-get install maven, brew install maven, or https://maven.apache.org).\n"), serve.err());
    }

    @Test
    void theFirstBuildSaysSoAndMavensColourCodesDoNotLeak() throws Exception {
        Path args = root.resolve("mvn-args.txt");
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/bash\necho \"$@\" > '" + args + "'\n"
                + "printf '\\033[0m\\033[1m[INFO] built\\033[0m\\n'\n"
                + "cp '" + root.resolve("classpath.jar") + "' '" + jar + "'\n");
        assertTrue(mvn.toFile().setExecutable(true));
        Files.delete(jar);
        Run build = run(Map.of(), "--version");
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.err().contains("building " + jar + " for the first time (about a minute"), build.err());
        assertTrue(build.out().contains("dtu 0.1.0"), build.out());
        String mavenArgs = Files.readString(args);
        assertTrue(mavenArgs.contains("-B") && mavenArgs.contains("-Dstyle.color=never"), mavenArgs);

        Run test = run(Map.of(), "test", "-pl", "twins");
        assertEquals(0, test.exit(), test.err());
        assertTrue(test.out().contains("[INFO] built"), test.out());
        assertFalse(test.out().contains("\u001b") || test.err().contains("\u001b"), "no ANSI escape reaches the user");
        assertTrue(Files.readString(args).startsWith("-B -ntp -Dstyle.color=never verify -pl twins"), Files.readString(args));
    }

    @Test
    void aPortInUseIsOneLineAndExit2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = run(Map.of(), "serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, r.exit(), r.err());
            assertEquals("dtu serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": address already in use\n", r.err());
        }
    }

    @Test
    void aBadPortFromTheEnvironmentIsOneLineAndExit2() throws Exception {
        Run r = run(Map.of("DTU_PORT", "70000"), "serve");
        assertEquals(2, r.exit(), r.err());
        assertEquals("dtu serve: bad port 70000: expected 0 to 65535 (0 picks a free one)\n", r.err());
        Run notANumber = run(Map.of("DTU_PORT", "http"), "serve");
        assertEquals(2, notANumber.exit());
        assertOneLine(notANumber);
    }

    @Test
    void anUnusableDataDirIsOneLineAndExit2() throws Exception {
        Path corrupt = Files.createDirectories(root.resolve("corrupt"));
        Files.write(corrupt.resolve("dtu.mv.db"), "not a database at all, ".repeat(500).getBytes(StandardCharsets.UTF_8));
        Run r = run(Map.of("DTU_DATA_DIR", corrupt.toString()), "serve", "--port", "0");
        assertEquals(2, r.exit(), r.err());
        assertEquals("dtu serve: cannot open the data directory " + corrupt + ": dtu.mv.db is corrupt or not a DTU database\n",
                r.err());
        Path file = Files.writeString(root.resolve("a-file"), "x");
        Run notADir = run(Map.of(), "serve", "--port", "0", "--data-dir", file.toString());
        assertEquals(2, notADir.exit());
        assertOneLine(notADir);
    }

    /** Starts {@code dtu serve} and waits for its banner; returns the banner's lines. */
    private List<String> serve(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("serve"));
        command.addAll(List.of(args));
        Process p = launcher(env, command.toArray(String[]::new)).redirectError(root.resolve("serve-err.txt").toFile()).start();
        started.add(p);
        List<String> lines = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            lines.add(line);
            if (line.startsWith("Try:")) {
                return lines;
            }
        }
        throw new AssertionError("no banner: " + lines + " " + Files.readString(root.resolve("serve-err.txt")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            return Json.parse(r.body());
        }
    }

    @Test
    void serveTakesItsSettingsFromTheEnvironmentAndFixedCredentialsSurviveARestart() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("DTU_PORT", Integer.toString(port), "DTU_DEFAULT_CREDENTIALS", "fixed",
                "DTU_PUBLIC_URL", "http://dtu.example:9999", "DTU_LOG_LEVEL", "warn");
        List<String> banner = serve(env);
        assertTrue(banner.get(0).startsWith("DTU listening on http://dtu.example:9999 (ready in "), banner.get(0));
        assertTrue(banner.get(0).endsWith("Ctrl-C to stop."), banner.get(0));
        assertTrue(banner.getLast().contains("curl -s http://dtu.example:9999/_dtu/universes/default"), banner.getLast());
        assertTrue(banner.stream().noneMatch(l -> l.contains("PRIVATE KEY")), "no private key in the banner: " + banner);
        assertTrue(banner.stream().anyMatch(l -> l.contains("(a PEM key: GET http://dtu.example:9999/_dtu/universes/default)")),
                banner.toString());
        JsonNode first = get("http://127.0.0.1:" + port + "/_dtu/universes/default").path("twins");
        assertEquals("http://dtu.example:9999/u/default/okta", first.path("okta").path("orgUrl").asText());
        String token = first.path("slack").path("botToken").asText();
        assertTrue(token.startsWith("xoxb-"), token);

        stop();
        started.clear();
        serve(env);
        JsonNode second = get("http://127.0.0.1:" + port + "/_dtu/universes/default").path("twins");
        assertEquals(token, second.path("slack").path("botToken").asText(), "fixed: the same tokens after an in-memory restart");
        assertEquals(first.path("okta").path("apiToken"), second.path("okta").path("apiToken"));
        assertEquals(first.path("jira").path("apiToken"), second.path("jira").path("apiToken"));

        stop();
        started.clear();
        serve(Map.of("DTU_PORT", Integer.toString(port)));
        JsonNode random = get("http://127.0.0.1:" + port + "/_dtu/universes/default").path("twins");
        assertFalse(token.equals(random.path("slack").path("botToken").asText()), "random (the default): new tokens");
    }

    @Test
    void aDataDirInUseByAnotherServerIsOneLineAndExit2() throws Exception {
        Path dir = root.resolve("state");
        serve(Map.of(), "--port", "0", "--data-dir", dir.toString());
        Run second = run(Map.of(), "serve", "--port", "0", "--data-dir", dir.toString());
        assertEquals(2, second.exit(), second.err());
        assertOneLine(second);
        assertTrue(second.err().startsWith("dtu serve: cannot open the data directory " + dir + ": "), second.err());
        assertNotNull(second.err());
    }
}

package dev.dtu.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.scenario.ScenarioChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README and docs/ cite only files that exist, and the README's first scenario passes {@code scenario check}. */
class DocsTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    /** A repository path in backticks, e.g. `docs/architecture.md`; an all-capitals segment is a placeholder. */
    private static final Pattern CITED = Pattern.compile("`([\\w.-]+(?:/[\\w.-]+)+/?)`");
    private static final Pattern LINKED = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

    @Test
    void theDocsCiteOnlyFilesThatExist() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path doc : docs()) {
            List<String> lines = Files.readAllLines(doc);
            for (int i = 0; i < lines.size(); i++) {
                for (String cited : cited(lines.get(i))) {
                    if (!exists(doc, cited)) {
                        missing.add(REPO.relativize(doc) + ":" + (i + 1) + ": " + cited);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theReadmesFirstScenarioPassesScenarioCheck(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(onPath("node") || "true".equals(System.getenv("CI")), "the example's app is a node program");
        String readme = Files.readString(REPO.resolve("README.md"));
        Matcher block = Pattern.compile("### Your first scenario.*?```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README has a 'Your first scenario' section with a yaml block");
        String yaml = block.group(1);
        assertTrue(yaml.lines().count() <= 12, "ten lines or so, not " + yaml.lines().count());
        Path scenario = Files.writeString(dir.resolve("bug-gets-ticket.yaml"), yaml);

        try (JsRuntime js = new JsRuntime()) {
            ScenarioChecks.Outcome outcome = ScenarioChecks.check(List.of(scenario), js);
            assertEquals(List.of(), outcome.problems());
            assertEquals(1, outcome.valid().size());
        }
    }

    private static List<String> cited(String line) {
        List<String> cited = new ArrayList<>();
        Matcher code = CITED.matcher(line);
        while (code.find()) {
            String path = code.group(1);
            if (isRepositoryPath(path)) {
                cited.add(path);
            }
        }
        Matcher link = LINKED.matcher(line);
        while (link.find()) {
            String target = link.group(1);
            if (!target.contains("://") && !target.startsWith("mailto:")) {
                cited.add(target);
            }
        }
        return cited;
    }

    /** A path whose first folder is one of the repository's (not a URL path like `/u/{id}/slack`, nor a placeholder). */
    private static boolean isRepositoryPath(String path) {
        String[] segments = path.split("/");
        if (Stream.of(segments).anyMatch(s -> s.matches("[A-Z_]+(\\.\\w+)?"))) {
            return false;
        }
        return Files.isDirectory(REPO.resolve(segments[0])) && !segments[0].startsWith(".");
    }

    private static boolean exists(Path doc, String cited) {
        return Files.exists(REPO.resolve(cited)) || Files.exists(doc.getParent().resolve(cited));
    }

    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(REPO.resolve("README.md")));
        try (Stream<Path> files = Files.walk(REPO.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).forEach(docs::add);
        }
        for (String more : List.of("bench/README.md", "bench/results", "scenarios/README.md", "conformance", "clients")) {
            Path path = REPO.resolve(more);
            if (Files.isRegularFile(path)) {
                docs.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("node_modules")).forEach(docs::add);
                }
            }
        }
        if (docs.size() < 3) {
            fail("expected the README, docs/ and bench/README.md, found " + docs);
        }
        return docs;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}

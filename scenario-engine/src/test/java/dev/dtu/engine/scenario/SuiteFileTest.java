package dev.dtu.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.run.ReplayCommandLine;
import dev.dtu.engine.run.TrajectoryPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite file runs another folder's stories against its own app: only the app block changes. */
class SuiteFileTest {
    @TempDir
    Path root;

    private Path stories() throws Exception {
        Path folder = Files.createDirectories(root.resolve("stories"));
        for (String id : List.of("first", "second")) {
            Files.writeString(folder.resolve(id + ".yaml"), ScenarioLoaderTest.VALID.replace("id: demo", "id: " + id)
                    .replace("  url: http://127.0.0.1:9", "  command: [java, -jar, app.jar]\n  workdir: ..\n  env: {MODE: java}"));
        }
        return folder;
    }

    private Path suite(String text) throws Exception {
        Path folder = Files.createDirectories(root.resolve("other-app"));
        return Files.writeString(folder.resolve("suite.yaml"), text);
    }

    private static final String SUITE = """
            description: the same stories against the Node app
            include: [../stories]
            app:
              command: [node, app.js]
              workdir: ../node-app
              env: {MODE: node}
              ready: {path: /health}
            """;

    @Test
    void theIncludedStoriesRunAgainstTheSuitesApp() throws Exception {
        Path stories = stories();
        Files.createDirectories(root.resolve("node-app"));
        Path suite = suite(SUITE);
        List<Scenario> own = ScenarioLoader.loadAll(stories.resolve("first.yaml"));
        List<Scenario> included = ScenarioLoader.loadAll(suite);

        assertEquals(List.of("first", "second"), included.stream().map(Scenario::id).toList());
        Scenario first = included.get(0);
        assertEquals(List.of("node", "app.js"), first.app().command());
        assertEquals(root.resolve("node-app").toAbsolutePath().normalize(), first.app().workdir(), "workdir is relative to the suite file");
        assertEquals(Map.of("MODE", "node"), first.app().env());
        assertEquals("/health", first.app().readyPath());
        assertEquals(stories.resolve("first.yaml"), first.file(), "the story keeps its own file");
        assertEquals(suite, first.suite());
        assertEquals(suite, first.source(), "replays read the suite file");

        Scenario alone = own.get(0);
        assertNull(alone.suite());
        assertEquals(List.of("java", "-jar", "app.jar"), alone.app().command());
        assertEquals(alone.steps().size(), first.steps().size());
        assertEquals(alone.vars().keySet(), first.vars().keySet());
        assertEquals(alone.judge(), first.judge());
        assertEquals(alone.faults(), first.faults());
    }

    @Test
    void aReplayOfAnIncludedStoryNamesTheSuiteAndTheScenario() throws Exception {
        stories();
        Files.createDirectories(root.resolve("node-app"));
        Path suite = suite(SUITE);
        Scenario second = ScenarioLoader.loadAll(suite).get(1);
        String command = ReplayCommandLine.of(second, TrajectoryPlan.of(42), Map.of());
        assertEquals("dtu replay " + suite + " --scenario second --seed 42", command);
        Scenario own = ScenarioLoader.load(root.resolve("stories").resolve("second.yaml"));
        assertEquals("dtu replay " + own.file() + " --seed 42", ReplayCommandLine.of(own, TrajectoryPlan.of(42), Map.of()));
    }

    @Test
    void problemsInTheSuitesAppBlockAreReportedInTheSuiteFile() throws Exception {
        stories();
        Path suite = suite(SUITE.replace("ready: {path: /health}", "ready: {path: health}"));
        List<Problem> problems = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadAll(suite)).problems();
        assertEquals(1, problems.size(), "reported once, not once per included story: " + problems);
        assertTrue(problems.stream().allMatch(p -> p.file().equals(suite.toString()) && p.field().equals("app.ready.path")
                && p.line() == 7), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("does not match the regex pattern")) , problems.toString());
    }

    @Test
    void aMissingFolderAnUnknownFieldAndNoAppAreNamed() throws Exception {
        Path suite = suite("include: [../nowhere]\nap: {url: http://127.0.0.1:9}\n");
        List<String> problems = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadAll(suite)).problems()
                .stream().map(Problem::toString).toList();
        assertTrue(problems.contains(suite + ":2: ap: unknown field in a suite file (it has include, app and description)"), problems.toString());
        assertTrue(problems.contains(suite + ":1: app: a suite file names the app its stories run against"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(suite + ":1: include[0]: no such file or folder: ")), problems.toString());
    }

    @Test
    void thePublishedSchemaDescribesSuiteFilesAsWellAsScenarios() throws Exception {
        for (Path suite : List.of(Path.of("..", "scenarios", "triage-node", "suite.yaml"), suite(SUITE))) {
            assertEquals(Map.of(), ScenarioSchema.problems(ScenarioLoader.readTree("", Files.readString(suite))), suite.toString());
        }
        Map<String, String> bad = ScenarioSchema.problems(ScenarioLoader.readTree("", "include: 3\nap: {}\n"));
        assertEquals(java.util.Set.of("", "include"), bad.keySet(), bad.toString());
        assertEquals(Map.of(), ScenarioSchema.problems(ScenarioLoader.readTree("", ScenarioLoaderTest.VALID)));
    }

    @Test
    void aSuiteDoesNotIncludeAnotherSuite() throws Exception {
        stories();
        Path inner = suite(SUITE);
        Path outer = Files.writeString(root.resolve("outer.yaml"), "include: [other-app]\napp: {url: http://127.0.0.1:9}\n");
        List<Problem> problems = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadAll(outer)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("includes another suite file, " + inner), problems.toString());
    }

    @Test
    void checkingAFolderReadsTheSuiteAsItsStories() throws Exception {
        stories();
        Files.createDirectories(root.resolve("node-app"));
        suite(SUITE.replace("[node, app.js]", "[\"${java}\", -version]"));
        try (JsRuntime js = new JsRuntime()) {
            ScenarioChecks.Outcome outcome = ScenarioChecks.check(List.of(root.resolve("other-app")), js);
            assertEquals(List.of(), outcome.problems());
            assertEquals(List.of("first", "second"), outcome.valid().stream().map(Scenario::id).toList());
            ScenarioChecks.Outcome both = ScenarioChecks.check(List.of(root), js);
            assertTrue(both.problems().stream().anyMatch(p -> p.message().contains("the id 'first' is also used by")),
                    "a suite and the stories it includes cannot be swept together: " + both.problems());
        }
    }
}

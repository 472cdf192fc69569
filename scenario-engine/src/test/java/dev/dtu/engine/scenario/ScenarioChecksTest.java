package dev.dtu.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.engine.judge.JsRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioChecksTest {
    static JsRuntime js;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        js = new JsRuntime();
    }

    @AfterAll
    static void stop() {
        js.close();
    }

    private List<String> problems(String app, String check) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, """
                id: s
                title: t
                story: As a user I want things.
                world:
                  vars:
                    who: {person: {group: support}}
                app:
                %s
                steps:
                  - act: {twin: slack, path: messages, body: {as: "${who}", text: hi}, save: post}
                  - wait: {until: "vars.post.ok && vars.who", timeoutMs: 100}
                judge:
                  checks:
                    - {name: posted, js: "%s"}
                """.formatted(app, check));
        return ScenarioChecks.check(List.of(file), js).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void scriptsReadingAnUnknownVariableAreProblems() throws Exception {
        List<String> p = problems("  url: http://127.0.0.1:9", "vars.post.ok && vars.universe_id && vars.whom");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains(":14: judge.checks[0].js: vars.whom is not a variable of this scenario"), p.get(0));
    }

    @Test
    void anAppProgramThatDoesNotResolveIsAProblem() throws Exception {
        List<String> p = problems("  command: [no-such-program-dtu, --x]", "true");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("app.command[0]: 'no-such-program-dtu' is not an executable on the PATH"), p.get(0));
        assertEquals(List.of(), problems("  command: [sh, -c, 'true']", "true"));
        assertTrue(problems("  command: [./missing.sh]", "true").get(0).contains("is not an executable file in"));
    }
}

package dev.dtu.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    static final String VALID = """
            id: demo
            title: A demo
            story: As a user I want things.
            world:
              vars:
                who: {person: {group: support}}
                n: {int: {min: 1, max: 3}}
                line: {template: "hello ${who}"}
            app:
              url: http://127.0.0.1:9
            faults:
              - {twin: slack, action: drop, count: "${n}"}
            steps:
              - act: {twin: slack, path: messages, body: {as: "${who}", text: "${line}"}, save: post}
              - wait: {until: "journal.length > 0", timeoutMs: 100}
              - http: {path: /x, expectStatus: 200, save: x}
            judge:
              checks:
                - {name: posted, js: "vars.post.ok"}
            """;

    private static Scenario parse(String yaml) {
        return ScenarioLoader.parse(Path.of("demo.yaml"), yaml);
    }

    private static List<Problem> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> parse(yaml)).problems();
    }

    @Test
    void aValidScenarioLoadsWithItsParts() {
        Scenario s = parse(VALID);
        assertEquals("demo", s.id());
        assertEquals(List.of("who", "n", "line"), List.copyOf(s.vars().keySet()));
        assertInstanceOf(Generator.Person.class, s.vars().get("who"));
        assertEquals(3, s.steps().size());
        assertInstanceOf(Step.Wait.class, s.steps().get(1));
        assertEquals(100, ((Step.Wait) s.steps().get(1)).timeoutMs());
        assertEquals("post", ((Step.Act) s.steps().get(0)).save());
        assertNull(s.judge().threshold(), "no threshold: every check must pass");
    }

    @Test
    void aWrongTypeIsReportedWithFileLineAndField() {
        List<Problem> p = problems(VALID.replace("timeoutMs: 100", "timeoutMs: soon"));
        assertEquals(1, p.size(), p.toString());
        assertEquals("steps[1].wait.timeoutMs", p.get(0).field());
        assertEquals(15, p.get(0).line());
        assertTrue(p.get(0).toString().startsWith("demo.yaml:15: steps[1].wait.timeoutMs: "), p.get(0).toString());
    }

    @Test
    void missingRequiredPartsAreNamed() {
        List<Problem> p = problems(VALID.replace("story: As a user I want things.\n", ""));
        assertTrue(p.stream().anyMatch(x -> x.message().contains("story")), p.toString());
    }

    @Test
    void unknownVariablesAndForwardTemplateReferencesAreProblems() {
        List<Problem> p = problems(VALID.replace("text: \"${line}\"", "text: \"${nope}\"")
                .replace("line: {template: \"hello ${who}\"}", "line: {template: \"hello ${later}\"}"));
        assertTrue(p.stream().anyMatch(x -> x.field().equals("steps[0]") && x.message().contains("${nope}")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.field().equals("world.vars.line.template") && x.message().contains("${later}")), p.toString());
    }

    @Test
    void badYamlGivesItsLine() {
        List<Problem> p = problems("id: x\ntitle: [unclosed\nstory: y\n");
        assertTrue(p.get(0).line() >= 2, p.toString());
        assertTrue(p.get(0).message().startsWith("not valid YAML"), p.toString());
    }

    @Test
    void emptyRangesDuplicateChecksAndBadGroupsAreProblems() {
        List<Problem> p = problems(VALID.replace("{min: 1, max: 3}", "{min: 5, max: 3}")
                .replace("group: support", "group: astronauts")
                .replace("- {name: posted, js: \"vars.post.ok\"}", "- {name: posted, js: \"1\"}\n    - {name: posted, js: \"2\"}"));
        assertTrue(p.stream().anyMatch(x -> x.field().equals("world.vars.n.int")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("astronauts")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("duplicate check name")), p.toString());
    }

    @Test
    void anInvalidInlineSeedIsReportedUnderWorldSeed() {
        List<Problem> p = problems(VALID.replace("world:\n", "world:\n  seed: {company: {name: X, domain: nodots}, people: []}\n"));
        assertTrue(p.stream().anyMatch(x -> x.field().startsWith("world.seed")), p.toString());
    }

    @Test
    void aNameThatEndsWhereACommentBeganIsAProblem() {
        List<Problem> p = problems(VALID.replace("- {name: posted, js: \"vars.post.ok\"}",
                "- name: one ticket, for the report in #support\n      js: \"vars.post.ok\""));
        assertEquals(1, p.size(), p.toString());
        assertEquals("name", p.get(0).field());
        assertTrue(p.get(0).toString().startsWith("demo.yaml:" + (VALID.lines().toList().indexOf("  checks:") + 2) + ": name: "),
                p.get(0).toString());
        assertTrue(p.get(0).message().contains("'#support' as a comment"), p.get(0).message());
        Scenario quoted = parse(VALID.replace("- {name: posted, js: \"vars.post.ok\"}",
                "- name: \"one ticket, for the report in #support\"\n      js: \"vars.post.ok\""));
        assertEquals("one ticket, for the report in #support", quoted.judge().checks().get(0).name());
    }

    @Test
    void reportFoldersInASuiteAreNeverReadAsScenarios(@org.junit.jupiter.api.io.TempDir Path suite) throws Exception {
        java.nio.file.Files.writeString(suite.resolve("a.yaml"), VALID);
        Path rep = java.nio.file.Files.createDirectories(suite.resolve("rep").resolve("inner"));
        java.nio.file.Files.writeString(suite.resolve("rep").resolve("report.json"), "{}");
        java.nio.file.Files.writeString(rep.resolve("b.yaml"), VALID);
        assertEquals(List.of(suite.resolve("a.yaml")), ScenarioLoader.find(List.of(suite)));
    }

    @Test
    void faultRulesAreCheckedWithFileLineAndPath() {
        List<Problem> p = problems(VALID.replace("- {twin: slack, action: drop, count: \"${n}\"}",
                "- {twin: slack, operaton: chat.postMessage, action: drop, count: \"${n}\"}\n  - {twin: slak, action: drop, count: soon}"));
        List<String> found = p.stream().map(Problem::toString).toList();
        int line = VALID.lines().toList().indexOf("faults:") + 2;
        assertTrue(found.contains("demo.yaml:" + line + ": faults[0].operaton: unknown field 'operaton' (did you mean 'operation'?)"),
                found.toString());
        assertTrue(p.stream().anyMatch(x -> x.field().equals("faults[1].twin") && x.line() == line + 1), found.toString());
        assertTrue(p.stream().anyMatch(x -> x.field().equals("faults[1].count") && x.message().contains("integer")), found.toString());
    }

    @Test
    void faultRuleOperationsAreTheTwinsOwn() {
        List<Problem> p = problems(VALID.replace("- {twin: slack, action: drop, count: \"${n}\"}",
                "- {twin: slack, operation: chat.postMesage, action: drop}"));
        int line = VALID.lines().toList().indexOf("faults:") + 2;
        assertEquals(List.of("demo.yaml:" + line + ": faults[0].operation: 'chat.postMesage' is not an operation of slack"
                + " (did you mean 'chat.postMessage'?)"), p.stream().map(Problem::toString).toList());
    }

    @Test
    void pickTakesWeightsOnePerValue() {
        Scenario s = parse(VALID.replace("line: {template: \"hello ${who}\"}",
                "line: {template: \"hello ${who}\"}\n    tone: {pick: {values: [calm, angry], weights: [3, 1]}}"));
        assertEquals(new Generator.Pick(List.of(Json.parseYaml("calm"), Json.parseYaml("angry")), List.of(3.0, 1.0)), s.vars().get("tone"));
        List<Problem> p = problems(VALID.replace("line: {template: \"hello ${who}\"}",
                "line: {template: \"hello ${who}\"}\n    tone: {pick: {values: [calm, angry], weights: [3]}}"));
        assertEquals(List.of("world.vars.tone.pick.weights"), p.stream().map(Problem::field).toList(), p.toString());
        assertEquals(List.of("world.vars.tone.pick"), problems(VALID.replace("line: {template: \"hello ${who}\"}",
                "line: {template: \"hello ${who}\"}\n    tone: {pick: {values: [calm], weights: [-1]}}"))
                .stream().map(Problem::field).filter(f -> f.startsWith("world.vars.tone.pick")).distinct().limit(1).map(f -> "world.vars.tone.pick").toList());
    }

    @Test
    void httpStepsCarryHeaders() {
        Scenario s = parse(VALID.replace("- http: {path: /x, expectStatus: 200, save: x}",
                "- http: {path: /x, headers: {X-Slack-Request-Timestamp: \"1\", X-Slack-Signature: \"v0=${line}\"}, expectStatus: 401}"));
        assertEquals(Map.of("X-Slack-Request-Timestamp", "1", "X-Slack-Signature", "v0=${line}"), ((Step.Http) s.steps().get(2)).headers());
        assertTrue(problems(VALID.replace("- http: {path: /x, expectStatus: 200, save: x}", "- http: {path: /x, headers: {A: [1]}}"))
                .stream().anyMatch(x -> x.field().startsWith("steps[2].http.headers")));
    }

    @Test
    void appNeedsACommandOrAUrl() {
        List<Problem> p = problems(VALID.replace("  url: http://127.0.0.1:9\n", "  env: {A: b}\n"));
        assertTrue(p.stream().anyMatch(x -> x.field().equals("app")), p.toString());
    }
}

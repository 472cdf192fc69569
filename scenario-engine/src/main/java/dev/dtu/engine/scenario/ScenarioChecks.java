package dev.dtu.engine.scenario;

import dev.dtu.engine.judge.JsRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads scenarios and also compiles their JavaScript, so every mistake is found before a sweep starts. */
public final class ScenarioChecks {
    private ScenarioChecks() {}

    public record Outcome(int files, List<Scenario> valid, List<Problem> problems) {}

    public static Outcome check(List<Path> paths, JsRuntime js) {
        List<Path> files;
        try {
            files = ScenarioLoader.find(paths);
        } catch (ScenarioException e) {
            return new Outcome(0, List.of(), e.problems());
        }
        List<Scenario> valid = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path file : files) {
            try {
                Scenario s = ScenarioLoader.load(file);
                List<Problem> scriptProblems = scripts(s, js);
                Path other = ids.putIfAbsent(s.id(), file);
                if (other != null) {
                    scriptProblems.add(new Problem(file.toString(), 0, "id", "the id '" + s.id() + "' is also used by " + other));
                }
                problems.addAll(scriptProblems);
                if (scriptProblems.isEmpty()) {
                    valid.add(s);
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (files.isEmpty()) {
            problems.add(new Problem(String.join(" ", paths.stream().map(Path::toString).toList()), 0, "", "no scenario files found"));
        }
        return new Outcome(files.size(), valid, problems);
    }

    private static List<Problem> scripts(Scenario s, JsRuntime js) {
        List<Problem> problems = new ArrayList<>();
        List<Scenario.Check> checks = s.judge().checks();
        for (int i = 0; i < checks.size(); i++) {
            compile(js, checks.get(i).js(), s, "judge.checks[" + i + "].js", problems);
        }
        for (int i = 0; i < s.steps().size(); i++) {
            if (s.steps().get(i) instanceof Step.Wait w) {
                compile(js, w.until(), s, "steps[" + i + "].wait.until", problems);
            }
        }
        return problems;
    }

    private static int lineOf(Path file, String field) {
        try {
            return YamlLocator.of(java.nio.file.Files.readString(file)).line(field);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static void compile(JsRuntime js, String script, Scenario s, String field, List<Problem> problems) {
        try {
            js.compileCheck(script);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(s.file().toString(), lineOf(s.file(), field), field, "JavaScript does not compile: " + e.getMessage()));
        }
    }
}

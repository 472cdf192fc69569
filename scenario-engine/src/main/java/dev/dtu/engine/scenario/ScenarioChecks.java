package dev.dtu.engine.scenario;

import dev.dtu.engine.judge.JsRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
                for (Scenario s : ScenarioLoader.loadAll(file)) {
                    List<Problem> scriptProblems = scripts(s, js);
                    Path other = ids.putIfAbsent(s.id(), s.file());
                    if (other != null) {
                        scriptProblems.add(new Problem(s.file().toString(), 0, "id", "the id '" + s.id() + "' is also used by " + other));
                    }
                    problems.addAll(scriptProblems);
                    if (scriptProblems.isEmpty()) {
                        valid.add(s);
                    }
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
        Set<String> known = knownVars(s);
        List<Scenario.Check> checks = s.judge().checks();
        for (int i = 0; i < checks.size(); i++) {
            compile(js, checks.get(i).js(), s, "judge.checks[" + i + "].js", problems);
            unknownVars(checks.get(i).js(), known, s, "judge.checks[" + i + "].js", problems);
        }
        for (int i = 0; i < s.steps().size(); i++) {
            if (s.steps().get(i) instanceof Step.Wait w) {
                compile(js, w.until(), s, "steps[" + i + "].wait.until", problems);
                unknownVars(w.until(), known, s, "steps[" + i + "].wait.until", problems);
            }
        }
        appCommand(s, problems);
        return problems;
    }

    private static final Pattern VARS_REF = Pattern.compile("\\bvars\\.([A-Za-z_$][A-Za-z0-9_$]*)");

    /** What {@code vars} holds in scripts: the scenario's variables, the built-ins, and what {@code act} steps save. */
    private static Set<String> knownVars(Scenario s) {
        Set<String> known = new TreeSet<>(s.vars().keySet());
        known.addAll(Scenario.BUILT_IN_VARS);
        s.steps().forEach(step -> {
            if (step instanceof Step.Act a && a.save() != null) {
                known.add(a.save());
            }
        });
        return known;
    }

    /** A script reading {@code vars.x} that no variable, built-in or saved answer provides. */
    private static void unknownVars(String script, Set<String> known, Scenario s, String field, List<Problem> problems) {
        Matcher m = VARS_REF.matcher(script);
        Set<String> reported = new TreeSet<>();
        while (m.find()) {
            if (!known.contains(m.group(1)) && reported.add(m.group(1))) {
                problems.add(new Problem(s.file().toString(), lineOf(s.file(), field), field, "vars." + m.group(1)
                        + " is not a variable of this scenario (it has " + String.join(", ", known) + ")"));
            }
        }
    }

    /** The app's program must resolve: a path (from the app's workdir) or a name on the PATH; templates resolve later. */
    private static void appCommand(Scenario s, List<Problem> problems) {
        List<String> command = s.app().command();
        if (command.isEmpty() || command.get(0).contains("${")) {
            return;
        }
        String program = command.get(0);
        boolean found = program.contains("/")
                ? Files.isExecutable(s.app().workdir().resolve(program))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .filter(d -> !d.isEmpty()).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
        if (!found) {
            Path appFile = s.suite() != null ? s.suite() : s.file();
            problems.add(new Problem(appFile.toString(), lineOf(appFile, "app.command"), "app.command[0]",
                    "'" + program + "' is not an executable " + (program.contains("/") ? "file in " + s.app().workdir() : "on the PATH")));
        }
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

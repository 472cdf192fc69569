package dev.dtu.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A suite file runs stories written for one app against another: {@code include} names scenario files or folders
 * (relative to the suite file) and {@code app} replaces each included scenario's app block, so the same user
 * stories judge every implementation of the app (the triage stories run against the Java and the Node reference
 * apps). Each story keeps its id, world, steps and judge; problems in the app block are reported in the suite file.
 *
 * <pre>
 * include: [../triage]
 * app: {command: [node, app.js], workdir: ../.., ready: {path: /health}}
 * </pre>
 */
final class SuiteFile {
    private static final Set<String> FIELDS = Set.of("include", "app", "description");

    private SuiteFile() {}

    /** A YAML mapping with {@code include} is a suite file; anything else is read as one scenario. */
    static boolean is(JsonNode doc) {
        return doc != null && doc.isObject() && doc.has("include");
    }

    static List<Scenario> load(Path file, JsonNode doc, String text) {
        YamlLocator lines = YamlLocator.of(text);
        List<Problem> problems = new ArrayList<>();
        doc.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(problem(file, lines, f, "unknown field in a suite file (it has include, app and description)"));
            }
        });
        if (!doc.path("app").isObject()) {
            problems.add(problem(file, lines, "app", "a suite file names the app its stories run against"));
        }
        List<Path> included = included(file, doc.get("include"), lines, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        ScenarioLoader.AppBlock app = new ScenarioLoader.AppBlock(file, doc.get("app"), lines);
        List<Scenario> scenarios = new ArrayList<>();
        List<Path> stories = ScenarioLoader.find(included).stream()
                .filter(story -> !story.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())).toList();
        for (Path story : stories) {
            try {
                String storyText = ScenarioLoader.read(story);
                if (is(ScenarioLoader.readTree(story.toString(), storyText))) {
                    problems.add(problem(file, lines, "include", "includes another suite file, " + story + "; include its stories instead"));
                } else {
                    scenarios.add(ScenarioLoader.parse(story, storyText, app));
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (stories.isEmpty()) {
            problems.add(problem(file, lines, "include", "includes no scenario files"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(List.copyOf(new java.util.LinkedHashSet<>(problems))); // an app block's problem once, not per story
        }
        return scenarios;
    }

    /** The included files and folders, resolved against the suite file's folder; each must exist. */
    private static List<Path> included(Path file, JsonNode include, YamlLocator lines, List<Problem> problems) {
        List<JsonNode> entries = new ArrayList<>();
        if (include.isArray()) {
            include.forEach(entries::add);
        } else {
            entries.add(include);
        }
        List<Path> paths = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        for (int i = 0; i < entries.size(); i++) {
            String field = include.isArray() ? "include[" + i + "]" : "include";
            JsonNode entry = entries.get(i);
            if (!entry.isTextual() || entry.asText().isBlank()) {
                problems.add(problem(file, lines, field, "a scenario file or folder, relative to the suite file"));
                continue;
            }
            Path path = base.resolve(entry.asText()).normalize();
            if (!Files.exists(path)) {
                problems.add(problem(file, lines, field, "no such file or folder: " + path));
            } else {
                paths.add(path);
            }
        }
        if (entries.isEmpty()) {
            problems.add(problem(file, lines, "include", "names no scenario files or folders"));
        }
        return paths;
    }

    private static Problem problem(Path file, YamlLocator lines, String field, String message) {
        return new Problem(file.toString(), lines.line(field), field, message);
    }
}

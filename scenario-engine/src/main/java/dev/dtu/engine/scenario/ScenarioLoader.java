package dev.dtu.engine.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.dtu.engine.scenario.Scenario.AppSpec;
import dev.dtu.engine.scenario.Scenario.Check;
import dev.dtu.engine.scenario.Scenario.JudgeSpec;
import dev.dtu.engine.world.Template;
import dev.dtu.server.faults.FaultRules;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads scenario files (YAML or JSON), reporting every problem with file, line and field. */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    /** Scenario files under these paths (folders are searched for *.yaml, *.yml, *.json), sorted. */
    /** The file a sweep's report folder always holds; a folder holding it is never read for scenarios. */
    public static final String REPORT_FILE = "report.json";

    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.toString().matches(".*\\.(ya?ml|json)$"))
                            .filter(f -> !f.getFileName().toString().startsWith("_"))
                            .filter(f -> !inReportFolder(p, f))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new ScenarioException(new Problem(p.toString(), 0, "", "cannot read: " + e.getMessage()));
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Whether a file lies in a sweep's report folder (one holding a report.json) at or below the suite root. */
    static boolean inReportFolder(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REPORT_FILE))) {
                return true;
            }
        }
        return false;
    }

    public static Scenario load(Path file) {
        return parse(file, read(file));
    }

    /** The scenarios a file holds: its own scenario, or every story a suite file ({@link SuiteFile}) includes. */
    public static List<Scenario> loadAll(Path file) {
        String text = read(file);
        JsonNode doc = readTree(file.toString(), text);
        return SuiteFile.is(doc) ? SuiteFile.load(file, doc, text) : List.of(parse(file, text));
    }

    /** Whether the file is a suite file (include + app) rather than one scenario. */
    public static boolean isSuite(Path file) {
        return SuiteFile.is(readTree(file.toString(), read(file)));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(new Problem(file.toString(), 0, "", "cannot read the file: " + e.getMessage()));
        }
    }

    static JsonNode readTree(String name, String text) {
        try {
            return Json.YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioException(new Problem(name, line, "", "not valid YAML: " + e.getOriginalMessage()));
        }
    }

    static Scenario parse(Path file, String text) {
        return parse(file, text, null);
    }

    /** An app block written in another file (a suite's), which replaces the scenario's own. */
    record AppBlock(Path file, JsonNode app, YamlLocator lines) {
        /** Where a problem with this field is: in the suite file for the app block, else in the scenario's. */
        Problem problem(Path scenarioFile, YamlLocator scenarioLines, String field, String message) {
            return field.equals("app") || field.startsWith("app.")
                    ? new Problem(file.toString(), lines.line(field), field, message)
                    : new Problem(scenarioFile.toString(), scenarioLines.line(field), field, message);
        }
    }

    static Scenario parse(Path file, String text, AppBlock from) {
        String name = file.toString();
        JsonNode doc = readTree(name, text);
        if (doc == null || !doc.isObject()) {
            throw new ScenarioException(new Problem(name, 1, "", "a scenario is a YAML mapping (id, title, story, app, steps, judge)"));
        }
        if (from != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc).set("app", from.app());
        }
        YamlLocator lines = YamlLocator.of(text);
        AppBlock where = from != null ? from : new AppBlock(file, NullNode.getInstance(), lines);
        List<Problem> problems = new ArrayList<>();
        ScenarioSchema.problems(doc).forEach((field, message) -> problems.add(where.problem(file, lines, field, message)));
        problems.addAll(namesCutByComments(name, text));
        faultProblems(doc, name, lines, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Builder b = new Builder(file, doc, lines, from);
        Scenario scenario = b.build();
        if (!b.problems.isEmpty()) {
            throw new ScenarioException(b.problems);
        }
        return scenario;
    }

    /** The twins fault rules may name (their operation names are worked out on first use). */
    private static final class TwinNames {
        static final List<dev.dtu.server.twin.Twin> TWINS = dev.dtu.twins.Twins.all();
    }

    /** The scenario's fault rules and every {@code faults} step's, checked as the admin API checks them. */
    private static void faultProblems(JsonNode doc, String file, YamlLocator lines, List<Problem> problems) {
        List<String> at = new ArrayList<>();
        List<JsonNode> lists = new ArrayList<>();
        if (doc.has("faults")) {
            at.add("faults");
            lists.add(doc.get("faults"));
        }
        JsonNode steps = doc.path("steps");
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).has("faults")) {
                at.add("steps[" + i + "].faults");
                lists.add(steps.get(i).get("faults"));
            }
        }
        for (int i = 0; i < lists.size(); i++) {
            for (FaultRules.Problem p : FaultRules.check(lists.get(i), TwinNames.TWINS, true)) {
                String field = at.get(i) + p.path();
                problems.add(new Problem(file, lines.line(field), field, p.message()));
            }
        }
    }

    /** {@code name:} or {@code title:} with a plain value, then " #": YAML reads the rest of the line as a comment. */
    private static final java.util.regex.Pattern CUT_NAME =
            java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?(name|title):\\s+([^\\s'\"{\\[#|>][^#]*?)\\s+(#.*)$");

    /**
     * Names and titles that end where a {@code #} began: {@code name: one ticket, for the report in #support}
     * names the check "one ticket, for the report in" — YAML drops the rest as a comment (YAML 1.2, 6.6).
     */
    static List<Problem> namesCutByComments(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = CUT_NAME.matcher(lines[i]);
            if (m.matches()) {
                problems.add(new Problem(file, i + 1, m.group(1), "the " + m.group(1) + " ends at '" + m.group(2)
                        + "': YAML reads '" + m.group(3) + "' as a comment; quote the whole value"));
            }
        }
        return problems;
    }

    /** Turns a schema-valid document into a Scenario, collecting the problems the schema cannot see. */
    private static final class Builder {
        final Path file;
        final JsonNode doc;
        final YamlLocator lines;
        final AppBlock from;
        final List<Problem> problems = new ArrayList<>();

        Builder(Path file, JsonNode doc, YamlLocator lines, AppBlock from) {
            this.file = file;
            this.doc = doc;
            this.lines = lines;
            this.from = from != null ? from : new AppBlock(file, NullNode.getInstance(), lines);
        }

        void problem(String field, String message) {
            problems.add(from.problem(file, lines, field, message));
        }

        Scenario build() {
            SeedDocument seed = seed();
            Map<String, Generator> vars = vars(seed);
            AppSpec app = app();
            List<Step> steps = steps();
            checkReferences(vars.keySet());
            JudgeSpec judge = judge();
            return new Scenario(doc.path("id").asText(), doc.path("title").asText(), doc.path("story").asText(),
                    doc.path("weight").asDouble(1.0), file, seed, vars, app,
                    doc.path("settings").isObject() ? doc.get("settings") : Json.object(),
                    doc.path("faults").isArray() ? doc.get("faults") : Json.array(), steps, judge,
                    from.file().equals(file) ? null : from.file(),
                    doc.path("timeScale").isNumber() ? doc.get("timeScale").asDouble() : null);
        }

        private SeedDocument seed() {
            JsonNode seed = doc.path("world").path("seed");
            if (seed.isMissingNode() || (seed.isTextual() && seed.asText().equals("default"))) {
                return null;
            }
            JsonNode document = seed;
            if (seed.isTextual()) {
                Path seedFile = file.toAbsolutePath().getParent().resolve(seed.asText());
                try {
                    document = Json.YAML.readTree(Files.readString(seedFile));
                } catch (IOException e) {
                    problem("world.seed", "cannot read seed file " + seedFile + ": " + e.getMessage());
                    return null;
                }
            }
            try {
                return SeedDocument.of(document);
            } catch (SeedException e) {
                problem("world.seed" + (seed.isObject() ? "." + e.field() : ""), "invalid seed: " + e.getMessage());
                return null;
            }
        }

        private Map<String, Generator> vars(SeedDocument seed) {
            Map<String, Generator> vars = new LinkedHashMap<>();
            doc.path("world").path("vars").fields().forEachRemaining(f -> {
                String field = "world.vars." + f.getKey();
                Generator g = generator(f.getValue(), field, vars.keySet());
                if (g != null) {
                    vars.put(f.getKey(), g);
                }
            });
            SeedDocument world = seed == null ? SeedDocument.defaultSeed() : seed;
            vars.forEach((name, g) -> {
                if (g instanceof Generator.Person p && world != null && world.people().stream()
                        .noneMatch(person -> p.group() == null || person.groups().contains(p.group()))) {
                    problem("world.vars." + name, "no person in group '" + p.group() + "' in the seed");
                }
            });
            return vars;
        }


        private Generator generator(JsonNode spec, String field, Set<String> earlier) {
            String kind = spec.fieldNames().next();
            JsonNode v = spec.get(kind);
            switch (kind) {
                case "pick":
                    return pick(v, field);
                case "int":
                    if (v.path("min").asLong() > v.path("max").asLong()) {
                        problem(field + ".int", "min must not be above max");
                        return null;
                    }
                    return new Generator.IntRange(v.path("min").asLong(), v.path("max").asLong());
                case "words":
                    if (v.path("min").asInt() > v.path("max").asInt()) {
                        problem(field + ".words", "min must not be above max");
                        return null;
                    }
                    return new Generator.Words(v.path("min").asInt(), v.path("max").asInt());
                case "bool":
                    return new Generator.Bool(v.asDouble());
                case "person":
                    return new Generator.Person(v.path("group").isMissingNode() ? null : v.path("group").asText());
                default:
                    for (String ref : Template.references(v)) {
                        if (!earlier.contains(ref)) {
                            problem(field + ".template", "${" + ref + "} is not a variable defined above");
                        }
                    }
                    return new Generator.Template(v.asText());
            }
        }

        /** {@code pick: [a, b]} draws each alike; {@code pick: {values: [a, b], weights: [3, 1]}} in proportion. */
        private Generator pick(JsonNode v, String field) {
            List<JsonNode> values = new ArrayList<>();
            (v.isArray() ? v : v.path("values")).forEach(values::add);
            if (v.isArray()) {
                return new Generator.Pick(values);
            }
            List<Double> weights = new ArrayList<>();
            v.path("weights").forEach(w -> weights.add(w.asDouble()));
            if (weights.size() != values.size()) {
                problem(field + ".pick.weights", "one weight per value: " + values.size() + " values, " + weights.size() + " weights");
                return null;
            }
            if (weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                problem(field + ".pick.weights", "at least one weight must be above 0");
                return null;
            }
            return new Generator.Pick(values, List.copyOf(weights));
        }

        private AppSpec app() {
            JsonNode app = doc.path("app");
            List<String> command = new ArrayList<>();
            app.path("command").forEach(c -> command.add(c.asText()));
            Path base = from.file().toAbsolutePath().getParent(); // a suite's app block is relative to the suite file
            Path workdir = app.has("workdir") ? base.resolve(app.path("workdir").asText()).normalize() : Path.of("").toAbsolutePath();
            if (app.has("workdir") && !Files.isDirectory(workdir)) {
                problem("app.workdir", "no such folder: " + workdir);
            }
            Map<String, String> env = new LinkedHashMap<>();
            app.path("env").fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
            List<Step.Act> connect = new ArrayList<>();
            app.path("connect").forEach(a -> connect.add(act(a, null, true)));
            return new AppSpec(List.copyOf(command), app.path("url").isMissingNode() ? null : app.path("url").asText(),
                    workdir, env, app.path("ready").path("path").asText(null),
                    app.path("ready").path("timeoutSeconds").asDouble(30), app.path("reset").path("path").asText(null),
                    List.copyOf(connect));
        }

        private List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            JsonNode list = doc.path("steps");
            for (int i = 0; i < list.size(); i++) {
                steps.add(step(list.get(i), i));
            }
            return steps;
        }

        private Step step(JsonNode s, int index) {
            boolean essential = s.path("essential").asBoolean(false);
            String name = s.path("name").asText(null);
            if (s.has("act")) {
                return act(s.get("act"), name, essential);
            }
            if (s.has("http")) {
                JsonNode h = s.get("http");
                String method = h.path("method").asText("GET");
                String label = name != null ? name : "app " + method + " " + h.path("path").asText();
                Map<String, String> headers = new LinkedHashMap<>();
                h.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
                return new Step.Http(label, essential, method, h.path("path").asText(), java.util.Collections.unmodifiableMap(headers),
                        h.path("body").isMissingNode() ? null : h.get("body"),
                        h.has("expectStatus") ? h.get("expectStatus").asInt() : null, h.path("save").asText(null));
            }
            if (s.has("wait")) {
                JsonNode w = s.get("wait");
                String label = name != null ? name : "wait until " + w.path("until").asText();
                return new Step.Wait(label, essential, w.path("until").asText(), w.path("timeoutMs").asLong(10_000));
            }
            if (s.has("faults")) {
                return new Step.Faults(name != null ? name : "set faults", essential, s.get("faults"));
            }
            if (s.has("advance")) {
                return new Step.Advance(name != null ? name : "advance the clock by " + s.get("advance").asText(), essential,
                        duration(s.get("advance").asText(), "steps[" + index + "].advance"));
            }
            if (s.has("at")) {
                return new Step.At(name != null ? name : "set the clock to " + s.get("at").asText(), essential,
                        instant(s.get("at").asText(), "steps[" + index + "].at"));
            }
            return new Step.Settings(name != null ? name : "change settings", essential, s.get("settings"));
        }

        /** An ISO-8601 duration above zero ({@code PT1H}, {@code P1DT2H}, {@code PT0.5S}). */
        private java.time.Duration duration(String text, String field) {
            try {
                java.time.Duration d = java.time.Duration.parse(text);
                if (d.isNegative() || d.isZero()) {
                    problem(field, "the clock only moves forward: expected a duration above zero, got " + text);
                }
                return d;
            } catch (java.time.format.DateTimeParseException e) {
                problem(field, "expected an ISO-8601 duration such as PT1H, P1D or PT30M, got '" + text + "'");
                return java.time.Duration.ZERO;
            }
        }

        /** An ISO-8601 instant with its offset ({@code 2027-01-04T09:00:00Z}). */
        private java.time.Instant instant(String text, String field) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                problem(field, "expected an ISO-8601 time with its offset such as 2027-01-04T09:00:00Z, got '" + text + "'");
                return java.time.Instant.EPOCH;
            }
        }

        private static Step.Act act(JsonNode a, String name, boolean essential) {
            String method = a.path("method").asText("POST");
            String label = name != null ? name : a.path("twin").asText() + " " + method + " " + a.path("path").asText();
            return new Step.Act(label, essential, a.path("twin").asText(), method, a.path("path").asText(),
                    a.path("body").isMissingNode() ? NullNode.getInstance() : a.get("body"), a.path("save").asText(null));
        }

        private void checkReferences(Set<String> vars) {
            Set<String> known = new HashSet<>(vars);
            known.addAll(Scenario.BUILT_IN_VARS);
            JsonNode stepList = doc.path("steps");
            for (int i = 0; i < stepList.size(); i++) {
                String saved = stepList.get(i).path("act").path("save").asText(stepList.get(i).path("http").path("save").asText(null));
                if (saved != null) {
                    known.add(saved); // later steps may use what an earlier one saved
                }
            }
            JsonNode steps = doc.path("steps");
            for (int i = 0; i < steps.size(); i++) {
                for (String ref : Template.references(steps.get(i))) {
                    if (!known.contains(ref)) {
                        problem("steps[" + i + "]", "${" + ref + "} is not a variable of world.vars");
                    }
                }
            }
            for (String part : List.of("env", "connect", "command")) {
                for (String ref : Template.references(doc.path("app").path(part))) {
                    if (!Scenario.BUILT_IN_VARS.contains(ref)) {
                        problem("app." + part, "${" + ref + "} is not available here (only " + Scenario.BUILT_IN_VARS + ")");
                    }
                }
            }
        }

        private JudgeSpec judge() {
            JsonNode j = doc.path("judge");
            List<Check> checks = new ArrayList<>();
            Set<String> names = new HashSet<>();
            JsonNode list = j.path("checks");
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                if (!names.add(c.path("name").asText())) {
                    problem("judge.checks[" + i + "].name", "duplicate check name '" + c.path("name").asText() + "'");
                }
                checks.add(new Check(c.path("name").asText(), c.path("js").asText(), c.path("weight").asDouble(1.0)));
            }
            List<String> command = new ArrayList<>();
            j.path("command").forEach(c -> command.add(c.asText()));
            if (!checks.isEmpty() && checks.stream().mapToDouble(Check::weight).sum() <= 0 && command.isEmpty()) {
                problem("judge.checks", "the checks' weights add up to zero");
            }
            return new JudgeSpec(checks, command, j.has("threshold") ? j.path("threshold").asDouble() : null, j.path("disagreement").asDouble(0.5));
        }
    }
}

package dev.dtu.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.seed.SeedDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An end-to-end user story made executable.
 *
 * @param seed the world's seed document, checked once when the scenario was loaded; null for the default company
 * @param vars generators in the order written (later ones may use earlier ones)
 * @param settings universe settings for every trajectory (may be empty)
 * @param faults fault rules in force from the start (an empty array for none)
 * @param suite the suite file that included this story and gave it its app block; null when the file was read itself
 * @param timeScale how fast the universe's clock (and the app's, through libfaketime) runs; null: the sweep's
 *                  {@code --time-scale}
 */
public record Scenario(
        String id,
        String title,
        String story,
        double weight,
        Path file,
        SeedDocument seed,
        Map<String, Generator> vars,
        AppSpec app,
        JsonNode settings,
        JsonNode faults,
        List<Step> steps,
        JudgeSpec judge,
        Path suite,
        Double timeScale) {

    public Scenario(String id, String title, String story, double weight, Path file, SeedDocument seed,
                    Map<String, Generator> vars, AppSpec app, JsonNode settings, JsonNode faults, List<Step> steps,
                    JudgeSpec judge) {
        this(id, title, story, weight, file, seed, vars, app, settings, faults, steps, judge, null, null);
    }

    /** Whether a step moves the universe's clock (then the app's clock must follow it). */
    public boolean movesTime() {
        return steps.stream().anyMatch(s -> s instanceof Step.Advance || s instanceof Step.At);
    }

    /** The rate this scenario's universe runs at: its own {@code timeScale}, else the sweep's. */
    public double timeScale(double sweepDefault) {
        return timeScale == null ? sweepDefault : timeScale;
    }

    /** How the app under test runs: a command started per lane, or a URL of one already running. */
    public record AppSpec(List<String> command, String url, Path workdir, Map<String, String> env, String readyPath,
                          double readyTimeoutSeconds, String resetPath, List<Step.Act> connect) {}

    /** Variables the engine provides to every template besides the scenario's own. */
    public static final java.util.Set<String> BUILT_IN_VARS = java.util.Set.of("app_url", "universe_id", "trajectory_seed", "java");

    /** One JavaScript check of the judge. */
    public record Check(String name, String js, double weight) {}

    /**
     * @param threshold the weighted score a trajectory needs to satisfy; null (not set): every check must pass
     * @param disagreement the largest difference two judges may have before a human is needed
     */
    public record JudgeSpec(List<Check> checks, List<String> command, Double threshold, double disagreement) {}

    /** The file a replay reads this scenario from: its suite's, when a suite included it, else its own. */
    public Path source() {
        return suite == null ? file : suite;
    }

    /** The world's seed document, the default company when the scenario names none. */
    public SeedDocument world() {
        return seed == null ? SeedDocument.defaultSeed() : seed;
    }

    public Scenario withSteps(List<Step> newSteps) {
        return new Scenario(id, title, story, weight, file, seed, vars, app, settings, faults, newSteps, judge, suite, timeScale);
    }

    /** The same scenario with extra environment for the app (e.g. a feature or bug switch). */
    public Scenario withAppEnv(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> env = new java.util.LinkedHashMap<>(app.env());
        env.putAll(extra);
        AppSpec a = new AppSpec(app.command(), app.url(), app.workdir(), env, app.readyPath(), app.readyTimeoutSeconds(),
                app.resetPath(), app.connect());
        return new Scenario(id, title, story, weight, file, seed, vars, a, settings, faults, steps, judge, suite, timeScale);
    }

    public Scenario withFaults(JsonNode newFaults) {
        return new Scenario(id, title, story, weight, file, seed, vars, app, settings, newFaults, steps, judge, suite, timeScale);
    }
}

package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.Exchange;
import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.judge.CommandJudge;
import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.judge.Judge;
import dev.dtu.engine.judge.Scoring;
import dev.dtu.engine.judge.StateSource;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Step;
import dev.dtu.engine.world.Template;
import dev.dtu.engine.world.Variables;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.faults.FaultRule;
import dev.dtu.server.http.Json;
import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.journal.JournalJson;
import dev.dtu.server.universe.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one trajectory of a scenario on a lane: rewind, draw the world, take the steps, judge. */
public final class TrajectoryRunner {
    /** Event and webhook retries in scenarios wait this fraction of the vendors' real delays. */
    static final double DEFAULT_RETRY_DELAY_SCALE = 0.001;
    private static final int EXCHANGE_LIMIT = 200;
    private static final int BODY_LIMIT = 2000;
    private static final int ANSWER_LIMIT = 500;
    private static final long QUIET_TIMEOUT_MS = 2000;
    private static final String TIMED_OUT = "timed out after ";

    private final JsRuntime js;
    private final Judge judge;
    private final Map<String, String> appEnv;
    private final double timeScale;

    public TrajectoryRunner(JsRuntime js) {
        this(js, Map.of());
    }

    /** @param appEnv the environment the sweep added to the app ({@code --app-env}), repeated in replay commands */
    public TrajectoryRunner(JsRuntime js, Map<String, String> appEnv) {
        this(js, appEnv, 1);
    }

    /** @param timeScale the sweep's {@code --time-scale}, for scenarios that set no {@code timeScale} of their own */
    public TrajectoryRunner(JsRuntime js, Map<String, String> appEnv, double timeScale) {
        this.js = js;
        this.judge = new Judge(js);
        this.appEnv = Map.copyOf(new java.util.TreeMap<>(appEnv));
        this.timeScale = timeScale;
    }

    /** Whether a wait step of this trajectory ran out of time (the app did not do what was awaited in time). */
    public static boolean timedOut(TrajectoryResult result) {
        return result.steps().stream().anyMatch(s -> "failed".equals(s.outcome()) && s.detail().startsWith(TIMED_OUT));
    }

    public TrajectoryResult run(Lane lane, Scenario scenario, TrajectoryPlan plan) {
        long started = System.nanoTime();
        String replay = ReplayCommandLine.of(scenario, plan, new java.util.TreeMap<>(appEnv), timeScale);
        try {
            Trajectory t = new Trajectory(lane, scenario, plan);
            t.prepare();
            t.takeSteps();
            return t.judged(replay, (System.nanoTime() - started) / 1_000_000);
        } catch (CommandJudge.JudgeFailure | AppInstance.AppFailure e) {
            return TrajectoryResult.harnessError(scenario.id(), plan.seed(), e.getMessage(), replay);
        }
    }

    /** The state of one trajectory while it runs. */
    private final class Trajectory {
        final Lane lane;
        final Scenario scenario;
        final TrajectoryPlan plan;
        final Map<String, JsonNode> vars = new LinkedHashMap<>();
        final ObjectNode responses = Json.object();
        final List<StepRecord> records = new ArrayList<>();
        final List<CheckResult> stepFailures = new ArrayList<>();
        /** What the app answered an {@code http} step, shown with the step. */
        String answered = "";
        final long t0 = System.nanoTime();
        /** Universe seconds per real second in this trajectory. */
        double scale = 1;

        Trajectory(Lane lane, Scenario scenario, TrajectoryPlan plan) {
            this.lane = lane;
            this.scenario = scenario;
            this.plan = plan;
        }

        void prepare() {
            // The app first finishes and forgets the last trajectory, so none of its late work lands in this one.
            resetApp();
            lane.rewind();
            vars.putAll(Lane.builtIns(lane.app().url(), lane.universeId(), plan.seed()));
            vars.putAll(Variables.draw(scenario.vars(), scenario.world(), plan.seed(), plan.simplifiedVars()));
            applySettings(scenario.settings());
            applyFaults(scenario.faults(), true);
            // An app given as a URL keeps real time, so its universe does too (the sweep says so when it starts).
            scale = scenario.app().url() == null ? scenario.timeScale(timeScale) : 1;
            lane.moveClock(new dev.dtu.server.universe.Universes.ClockChange(scale, null, null));
        }

        void resetApp() {
            if (scenario.app().resetPath() == null) {
                return;
            }
            HttpCalls.Answer a = lane.resetApp(scenario.app().resetPath());
            if (!a.ok()) {
                throw new AppInstance.AppFailure("the app's reset " + scenario.app().resetPath() + " answered "
                        + (a.status() == 0 ? a.error() : a.status() + " " + a.body()));
            }
        }

        void takeSteps() {
            List<Step> steps = scenario.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                long start = elapsedMs();
                String label = label(step);
                if (plan.droppedSteps().contains(i)) {
                    records.add(new StepRecord(i, label, start, 0, "dropped", "left out by shrinking"));
                    continue;
                }
                answered = "";
                String failure = take(step);
                records.add(new StepRecord(i, label, start, elapsedMs() - start, failure == null ? "ok" : "failed",
                        failure == null ? answered : failure));
                if (failure != null) {
                    stepFailures.add(CheckResult.fail("step " + i + ": " + label, failure));
                    return; // later steps assume this one happened
                }
            }
        }

        /** The step's name with the variables drawn so far filled in (as written, if it names one not yet known). */
        String label(Step step) {
            try {
                return Template.fillString(step.label(), vars);
            } catch (RuntimeException e) {
                return step.label();
            }
        }

        /** Takes a step; returns why it failed, or null. */
        String take(Step step) {
            return switch (step) {
                case Step.Act a -> act(a);
                case Step.Http h -> http(h);
                case Step.Wait w -> await(w);
                case Step.Faults f -> {
                    applyFaults(f.rules(), false);
                    yield null;
                }
                case Step.Settings s -> {
                    applySettings(s.settings());
                    yield null;
                }
                case Step.Advance a -> {
                    lane.moveClock(new dev.dtu.server.universe.Universes.ClockChange(null, a.by(), null));
                    yield null;
                }
                case Step.At a -> {
                    lane.moveClock(new dev.dtu.server.universe.Universes.ClockChange(null, null, a.at()));
                    yield null;
                }
            };
        }

        String act(Step.Act a) {
            HttpCalls.Answer answer = lane.twins().act(lane.universeId(), a.twin(), a.method(),
                    Template.fillString(a.path(), vars), Template.fill(a.body(), vars));
            if (a.save() != null) {
                vars.put(a.save(), answer.json());
                ObjectNode saved = responses.putObject(a.save());
                saved.put("status", answer.status());
                saved.set("body", answer.json());
            }
            return answer.ok() ? null : "the " + a.twin() + " twin answered " + answer.status() + ": " + clip(answer.body());
        }

        String http(Step.Http h) {
            JsonNode body = h.body() == null ? null : Template.fill(h.body(), vars);
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            h.headers().forEach((k, v) -> headers.put(k, Template.fillString(v, vars)));
            String url = lane.app().url() + Template.fillString(h.path(), vars);
            HttpCalls.Answer answer = lane.callApp(h.method(), url, headers, body, Duration.ofSeconds(30));
            if (h.save() != null) {
                ObjectNode saved = responses.putObject(h.save());
                saved.put("status", answer.status());
                saved.set("body", answer.json());
            }
            if (answer.status() == 0) {
                return "the app did not answer: " + answer.error();
            }
            answered = "the app answered " + answer.status() + (answer.body().isBlank() ? "" : ": " + clip(answer.body(), ANSWER_LIMIT));
            if (h.expectStatus() != null && answer.status() != h.expectStatus()) {
                return "expected status " + h.expectStatus() + ", the app answered " + answer.status() + ": " + clip(answer.body());
            }
            return null;
        }

        String await(Step.Wait w) {
            TwinServer twins = lane.twins();
            String universe = lane.universeId();
            long deadline = System.nanoTime() + realWaitMs(w.timeoutMs(), scale) * 1_000_000;
            while (true) {
                long version = twins.version(universe);
                JsRuntime.Outcome outcome = js.evaluate(List.of(w.until()), inputs()).get(0);
                if (Boolean.TRUE.equals(outcome.value())) {
                    awaitQuiet();
                    return null;
                }
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return TIMED_OUT + w.timeoutMs() + " ms waiting until " + w.until()
                            + (outcome.error() == null ? "" : " (the condition threw: " + outcome.error() + ")");
                }
                try {
                    twins.awaitChange(universe, version, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            }
        }

        void applySettings(JsonNode patch) {
            Settings current = lane.twins().universes().settings(lane.universeId());
            boolean rateLimits = patch.path("rateLimits").asBoolean(current.rateLimits());
            double scale = patch.path("retryDelayScale").asDouble(DEFAULT_RETRY_DELAY_SCALE);
            lane.twins().universes().setSettings(lane.universeId(), new Settings(rateLimits, scale, current.journalLimit()));
        }

        void applyFaults(JsonNode rules, boolean initial) {
            List<FaultRule> list = new ArrayList<>();
            JsonNode filled = Template.fill(rules, vars);
            for (int i = 0; i < filled.size(); i++) {
                if (initial && plan.droppedFaults().contains(i)) {
                    continue;
                }
                list.add(Json.convert(filled.get(i), FaultRule.class));
            }
            lane.twins().universes().setFaults(lane.universeId(), new FaultConfig(plan.seed(), list));
        }

        JsRuntime.Inputs inputs() {
            StateSource state = lane.twins().stateSource(lane.universeId());
            List<JournalEntry> journal = journal();
            String varsJson = Json.text(vars);
            String responsesJson = Json.text(responses);
            return new JsRuntime.Inputs(state, () -> Json.text(JournalJson.of(journal)), () -> varsJson,
                    () -> responsesJson);
        }

        List<JournalEntry> journal() {
            return lane.twins().universes().journal(lane.universeId(), 0);
        }

        /** Lets requests being served finish, so what the judge reads has each of them whole. */
        void awaitQuiet() {
            try {
                lane.twins().awaitQuiet(lane.universeId(), QUIET_TIMEOUT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        TrajectoryResult judged(String replay, long durationMs) {
            awaitQuiet();
            JsRuntime.Inputs inputs = inputs();
            Judge.Verdict verdict = judge.judge(scenario, inputs, () -> trajectoryJson(inputs));
            List<CheckResult> checks = new ArrayList<>(verdict.checks());
            checks.addAll(stepFailures);
            double score = Scoring.weightedScore(checks);
            boolean satisfied = stepFailures.isEmpty() && Scoring.satisfied(checks, scenario.judge().threshold());
            return new TrajectoryResult(scenario.id(), plan.seed(), score, satisfied, checks, records, exchanges(),
                    null, verdict.needsHuman(), verdict.needsHumanReason(), replay, durationMs, drawn(),
                    TwinGaps.of(journal()));
        }

        /** The scenario's variables as drawn for this trajectory: text as is, other values as JSON. */
        Map<String, String> drawn() {
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : scenario.vars().keySet()) {
                JsonNode v = vars.get(name);
                out.put(name, v == null ? "" : v.isTextual() ? v.asText() : Json.text(v));
            }
            return out;
        }

        String trajectoryJson(JsRuntime.Inputs inputs) {
            ObjectNode t = Json.object();
            t.put("scenario", scenario.id());
            t.put("title", scenario.title());
            t.put("story", scenario.story());
            t.put("seed", plan.seed());
            t.set("vars", Json.tree(vars));
            t.set("steps", Json.tree(records));
            t.set("responses", responses);
            t.set("state", lane.twins().universes().state(lane.universeId()));
            t.set("journal", Json.parse(inputs.journalJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return Json.text(t);
        }

        List<Exchange> exchanges() {
            List<Exchange> out = new ArrayList<>();
            for (JournalEntry e : journal()) {
                if (out.size() >= EXCHANGE_LIMIT) {
                    break;
                }
                String path = e.type().equals("delivery") ? "→ " + e.path() : e.path();
                out.add(new Exchange(e.twin(), e.operation(), e.method(), path, e.status(), clip(e.requestBody()), clip(e.responseBody())));
            }
            return out;
        }

        long elapsedMs() {
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    /** The least real time a wait gives the app, whatever the time scale. */
    static final long LEAST_REAL_WAIT_MS = 3000;

    /**
     * How long a wait of {@code timeoutMs} lasts in real time. timeoutMs is universe time: at a rate of 10 the app,
     * whose clock runs as fast, gets as long to act in its own eyes. But its CPU work takes as much real time as
     * ever (it looks 10 times slower to it), so on a busy machine a wait also lasts at least
     * min(timeoutMs, {@value #LEAST_REAL_WAIT_MS}) ms of real time: slowness of the machine is not the app's failure.
     */
    static long realWaitMs(long timeoutMs, double scale) {
        long universe = (long) Math.ceil(timeoutMs / scale);
        return Math.max(universe, Math.min(timeoutMs, LEAST_REAL_WAIT_MS));
    }

    private static String clip(String s) {
        return clip(s, BODY_LIMIT);
    }

    private static String clip(String s, int limit) {
        return s == null ? "" : s.length() > limit ? s.substring(0, limit) + "…" : s;
    }

}

package dev.dtu.engine.sweep;

import dev.dtu.core.stats.Interval;
import dev.dtu.core.stats.ScoreTally;
import dev.dtu.core.stats.SequentialDecision;
import dev.dtu.core.stats.Settlement;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.RunSettings;
import dev.dtu.core.verdict.ScenarioInfo;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.run.AppInstance;
import dev.dtu.engine.run.TrajectoryPlan;
import dev.dtu.engine.run.TrajectoryRunner;
import dev.dtu.engine.run.TwinServer;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.shrink.Shrinker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs scenarios' trajectories on parallel lanes and collects what a report needs. Scenarios run side by
 * side; each one's trajectories run in fixed-size batches and its stop decision is taken between batches on
 * all its results so far, so the same seed gives the same trajectories, results and report whatever the
 * number of lanes.
 */
public final class Sweep {
    /** Scenarios driven at once; each mostly waits for its batch, the lanes are the real limit. */
    private static final int MAX_DRIVERS = 64;

    private final TwinServer twins;
    private final JsRuntime js;
    private final SweepOptions options;
    private final Progress progress;
    private final Contention contention = new Contention();

    public Sweep(TwinServer twins, JsRuntime js, SweepOptions options, Progress progress) {
        this.twins = twins;
        this.js = js;
        this.options = options;
        this.progress = progress;
    }

    public SuiteRun run(List<Scenario> scenarios) {
        List<TrajectoryResult> results = new ArrayList<>();
        List<TrajectoryResult> reproductions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        progress.start(scenarios.size(), String.format(java.util.Locale.ROOT,
                "sweeping %d scenarios: seed %d, threshold %.3f, %s, %d lanes%s", scenarios.size(), options.seed(),
                options.policy().threshold(), options.trajectories() > 0 ? options.trajectories() + " trajectories each"
                        : "until settled (at most " + options.budget() + " each)", options.parallel(),
                options.shard().count() > 1 ? ", shard " + (options.shard().index() + 1) + "/" + options.shard().count() : "")
                + (options.timeScale() != 1 ? ", time ×" + options.timeScale() : ""));
        try (LanePool pool = new LanePool(twins, options.parallel(), progress, options.timeScale())) {
            runAll(scenarios, pool, results, reproductions, errors);
        } finally {
            progress.close();
        }
        List<ScenarioInfo> infos = scenarios.stream()
                .map(s -> new ScenarioInfo(s.id(), s.title(), s.story(), s.weight())).toList();
        return new SuiteRun(infos, results, errors, options.policy(), options.seed(), options.shard(), reproductions,
                settings(scenarios));
    }

    /** What shaped the trajectories besides policy and seed, for the report (and replays from it). */
    private RunSettings settings(List<Scenario> scenarios) {
        Map<String, String> files = new LinkedHashMap<>();
        scenarios.forEach(s -> files.put(s.id(), s.source().toString()));
        return new RunSettings(options.appEnv(), files, options.trajectories(), options.budget(), options.batch(),
                options.shrink(), options.shrinkBudget(), true, options.timeScale());
    }

    /**
     * Scenarios run side by side on the shared lanes (each still batch by batch, so its trajectories and its
     * stop decision do not depend on the others); results are kept in scenario order.
     */
    private void runAll(List<Scenario> scenarios, LanePool pool, List<TrajectoryResult> results,
                        List<TrajectoryResult> reproductions, List<String> errors) {
        ExecutorService drivers = Executors.newFixedThreadPool(Math.max(1, Math.min(scenarios.size(), MAX_DRIVERS)), r -> {
            Thread t = new Thread(r, "dtu-scenario");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ScenarioRun>> runs = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                runs.add(drivers.submit(() -> runScenario(scenario, pool.lanes(scenario))));
            }
            for (int i = 0; i < scenarios.size(); i++) {
                collect(scenarios.get(i), runs.get(i), results, reproductions, errors);
            }
        } finally {
            drivers.shutdownNow();
        }
    }

    private void collect(Scenario scenario, Future<ScenarioRun> future, List<TrajectoryResult> results,
                         List<TrajectoryResult> reproductions, List<String> errors) {
        try {
            ScenarioRun run = future.get();
            results.addAll(run.results);
            if (run.reproduction != null) {
                reproductions.add(run.reproduction);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof AppInstance.AppFailure failure)) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            errors.add(scenario.id() + ": " + failure.getMessage());
            progress.message(scenario.id() + ": " + failure.getMessage());
        }
    }

    private record ScenarioRun(List<TrajectoryResult> results, TrajectoryResult reproduction) {}

    private ScenarioRun runScenario(Scenario scenario, LaneGroup lanes) {
        TrajectoryRunner runner = new TrajectoryRunner(js, options.appEnv(), options.timeScale());
        Contention.Reruns reruns = contention.reruns();
        List<TrajectoryResult> results = new ArrayList<>();
        SequentialDecision decision = new SequentialDecision(options.policy().threshold(), options.policy().confidence(),
                options.batch());
        int index = 0;
        int limit = options.limit();
        while (index < limit) {
            List<Integer> batch = nextBatch(index, limit);
            index = batch.isEmpty() ? limit : batch.get(batch.size() - 1) + 1;
            results.addAll(runBatch(scenario, batch, lanes, runner, reruns));
            ScoreTally tally = tally(results);
            boolean settled = options.sequential() && decision.decide(tally) != Settlement.UNSETTLED;
            report(scenario, results, tally, limit, settled || index >= limit);
            if (settled) {
                break;
            }
        }
        tellReruns(scenario, reruns);
        TrajectoryResult reproduction = options.shrink() ? shrinkFirstFailure(scenario, results, lanes, runner) : null;
        return new ScenarioRun(results, reproduction);
    }

    private void tellReruns(Scenario scenario, Contention.Reruns reruns) {
        if (reruns.rerun() == 0) {
            return;
        }
        progress.message(String.format("%s: %d of its trajectories timed out beside others and ran again alone; %d "
                + "passed alone%s", scenario.id(), reruns.rerun(), reruns.passedAlone(), reruns.passedAlone() == 0 ? ""
                : " (the machine was too busy for --parallel " + options.parallel() + ")"));
    }

    /** The next batch of this shard's trajectory indexes from {@code from}. */
    private List<Integer> nextBatch(int from, int limit) {
        List<Integer> batch = new ArrayList<>();
        for (int i = from; i < limit && batch.size() < options.batch(); i++) {
            if (i % options.shard().count() == options.shard().index()) {
                batch.add(i);
            }
        }
        return batch;
    }

    private List<TrajectoryResult> runBatch(Scenario scenario, List<Integer> batch, LaneGroup lanes,
                                            TrajectoryRunner runner, Contention.Reruns reruns) {
        List<Future<TrajectoryResult>> futures = new ArrayList<>();
        for (int index : batch) {
            long seed = Seeds.of(options.seed(), scenario.id(), index);
            futures.add(lanes.submit(lane -> reruns.run(() -> runner.run(lane, scenario, TrajectoryPlan.of(seed)))));
        }
        List<TrajectoryResult> out = new ArrayList<>();
        for (Future<TrajectoryResult> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("sweep interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a lane failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    private TrajectoryResult shrinkFirstFailure(Scenario scenario, List<TrajectoryResult> results, LaneGroup lanes,
                                                TrajectoryRunner runner) {
        TrajectoryResult first = results.stream().filter(TrajectoryResult::judgedUnsatisfied)
                .min(Comparator.comparingInt(results::indexOf)).orElse(null);
        if (first == null) {
            return null;
        }
        Shrinker shrinker = new Shrinker(plan -> {
            try {
                return lanes.onLane(lane -> contention.shared(() -> runner.run(lane, scenario, plan)).result());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, options.shrinkBudget());
        return shrinker.shrink(scenario, TrajectoryPlan.of(first.seed()), first);
    }

    private static ScoreTally tally(List<TrajectoryResult> results) {
        ScoreTally tally = ScoreTally.EMPTY;
        for (TrajectoryResult r : results) {
            if (!r.harnessFailed()) {
                tally = tally.plus(r.score(), r.satisfied());
            }
        }
        return tally;
    }

    private void report(Scenario scenario, List<TrajectoryResult> results, ScoreTally tally, int limit, boolean last) {
        Interval interval = tally.interval(options.policy().confidence());
        int total = options.sequential() ? needed(tally, limit) : limit / options.shard().count();
        progress.update(scenario.id(), results.size(), last ? results.size() : total, (int) tally.satisfied(),
                tally.satisfaction(), interval, last);
    }

    /**
     * The trajectories the verdict is likely to need: the first batch boundary at which the share satisfied so
     * far would settle the interval, capped by the budget (the progress bar counts against this, not --budget).
     */
    int needed(ScoreTally tally, int limit) {
        double p = tally.n() == 0 ? 1.0 : tally.satisfaction();
        for (long n = Math.max(tally.n(), options.batch()); n < limit; n += options.batch()) {
            Interval at = dev.dtu.core.stats.Wilson.interval(Math.round(p * n), n, options.policy().confidence());
            if (Settlement.of(at, options.policy().threshold()) != Settlement.UNSETTLED) {
                return (int) n;
            }
        }
        return limit;
    }
}

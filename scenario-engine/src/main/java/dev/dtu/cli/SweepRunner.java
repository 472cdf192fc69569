package dev.dtu.cli;

import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.report.Reports;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.RunSettings;
import dev.dtu.core.verdict.Summarizer;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.engine.judge.JsRuntime;
import dev.dtu.engine.run.TwinServer;
import dev.dtu.engine.scenario.ScenarioChecks;
import dev.dtu.engine.sweep.Progress;
import dev.dtu.engine.sweep.Sweep;
import dev.dtu.engine.sweep.SweepOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** What {@code sweep} and {@code converge} do: check, run, summarise, write reports. */
final class SweepRunner {
    private SweepRunner() {}

    record Outcome(SuiteSummary summary, int exitCode) {}

    static Outcome run(SweepSettings settings, Progress progress) {
        SweepOptions options;
        try {
            options = settings.options();
        } catch (IllegalArgumentException e) {
            System.err.println("dtu: " + e.getMessage());
            return new Outcome(null, 2);
        }
        warnIfUnreachable(options);
        String inside = reportsInsideSuite(settings);
        if (inside != null) {
            System.err.println("dtu: " + inside);
            return new Outcome(null, 2);
        }
        Logging.quietLibraries();
        try (JsRuntime js = new JsRuntime()) {
            ScenarioChecks.Outcome checked = ScenarioChecks.check(settings.scenarios, js);
            if (!checked.problems().isEmpty()) {
                checked.problems().forEach(p -> System.err.println(p));
                System.err.println("dtu: " + checked.problems().size() + " problem(s) in the scenarios; nothing was run");
                return new Outcome(null, 2);
            }
            String noFakeTime = fakeTimeMissing(checked.valid(), options.timeScale());
            if (noFakeTime != null) {
                System.err.println("dtu: " + noFakeTime);
                return new Outcome(null, 2);
            }
            try (TwinServer twins = settings.server == null ? TwinServer.embedded() : TwinServer.remote(settings.server)) {
                SuiteRun run = kept(new Sweep(twins, js, options, progress)
                        .run(checked.valid().stream().map(s -> s.withAppEnv(settings.appEnv)).toList()), settings.keepJournals);
                SuiteSummary summary = Summarizer.summarize(run);
                Files.createDirectories(settings.out);
                Reports.writeAll(ReportDocument.of(summary, run.trajectories(), run.reproductions()), settings.out);
                return new Outcome(summary, summary.exitCode());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("dtu: the sweep failed: " + e);
            return new Outcome(null, 2);
        }
    }

    /** What report.json keeps: satisfied trajectories summarised (no journal, no steps) unless --keep-journals. */
    static SuiteRun kept(SuiteRun run, boolean keepJournals) {
        if (keepJournals) {
            return run;
        }
        List<TrajectoryResult> trajectories = run.trajectories().stream()
                .map(t -> t.satisfied() && !t.needsHuman() ? t.summarised() : t).toList();
        RunSettings s = run.settings();
        return new SuiteRun(run.scenarios(), trajectories, run.errors(), run.policy(), run.masterSeed(), run.shard(),
                run.reproductions(), new RunSettings(s.appEnv(), s.scenarioFiles(), s.trajectories(), s.budget(), s.batch(),
                s.shrink(), s.shrinkBudget(), false, s.timeScale()));
    }

    /** Why the apps' clocks cannot follow their universes (libfaketime missing), or null when none needs it. */
    static String fakeTimeMissing(List<dev.dtu.engine.scenario.Scenario> scenarios, double timeScale) {
        if (scenarios.stream().noneMatch(s -> dev.dtu.engine.run.Lane.needsFakeTime(s, timeScale))) {
            return null;
        }
        try {
            dev.dtu.engine.run.FakeTime.library();
            return null;
        } catch (dev.dtu.engine.run.FakeTime.Missing e) {
            return e.getMessage();
        }
    }

    /** With exactly N trajectories, even N of N satisfied may leave the lower bound under the threshold. */
    static void warnIfUnreachable(SweepOptions options) {
        int n = options.trajectories();
        if (n == 0) {
            return;
        }
        double best = dev.dtu.core.stats.Wilson.interval(n, n, options.policy().confidence()).lower();
        if (best < options.policy().threshold()) {
            System.err.printf(java.util.Locale.ROOT, "dtu: warning: --trajectories %d cannot converge: even %d of %d satisfied "
                    + "gives a lower bound of %.3f, under the threshold %.3f%n", n, n, n, best, options.policy().threshold());
        }
    }

    /** Why the reports may not go where --out says (inside a suite folder being swept), or null. */
    static String reportsInsideSuite(SweepSettings settings) {
        java.nio.file.Path out = settings.out.toAbsolutePath().normalize();
        for (java.nio.file.Path suite : settings.scenarios) {
            java.nio.file.Path root = suite.toAbsolutePath().normalize();
            if (Files.isDirectory(root) && out.startsWith(root)) {
                return "--out " + settings.out + " is inside the suite " + suite + " being swept; write the reports elsewhere";
            }
        }
        return null;
    }

    static String oneLine(SuiteSummary s) {
        return String.format(java.util.Locale.ROOT, "%s satisfaction=%.3f scenarios=%d trajectories=%d seed=%d exit=%d%s",
                s.verdict(), s.satisfaction(), s.scenarios().size(), s.trajectories(), s.masterSeed(), s.exitCode(),
                s.reasons().isEmpty() ? "" : " — " + String.join("; ", s.reasons()));
    }

}

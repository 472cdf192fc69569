package dev.dtu.cli;

import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.report.Reports;
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
import java.io.PrintStream;
import java.nio.file.Files;

/** What {@code sweep} and {@code converge} do: check, run, summarise, write reports. */
final class SweepRunner {
    private SweepRunner() {}

    record Outcome(SuiteSummary summary, int exitCode) {}

    static Outcome run(SweepSettings settings, PrintStream progressOut) {
        SweepOptions options;
        try {
            options = settings.options();
        } catch (IllegalArgumentException e) {
            System.err.println("dtu: " + e.getMessage());
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
            try (TwinServer twins = TwinServer.embedded()) {
                SuiteRun run = new Sweep(twins, js, options, progressOut == null ? Progress.SILENT : Progress.to(progressOut))
                        .run(checked.valid().stream().map(s -> s.withAppEnv(settings.appEnv)).toList());
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

    static String oneLine(SuiteSummary s) {
        return String.format(java.util.Locale.ROOT, "%s satisfaction=%.3f scenarios=%d trajectories=%d seed=%d exit=%d%s",
                s.verdict(), s.satisfaction(), s.scenarios().size(), s.trajectories(), s.masterSeed(), s.exitCode(),
                s.reasons().isEmpty() ? "" : " — " + String.join("; ", s.reasons()));
    }

}

package dev.dtu.cli;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.nio.file.Path;
import java.util.List;

/** What a report says happened, without the timings that differ between runs. */
final class Outcomes {
    private Outcomes() {}

    record Trajectory(String scenario, long seed, double score, boolean satisfied, List<String> checks, List<String> steps) {}

    static List<Trajectory> of(Path reportDir) {
        ReportDocument doc = JsonReport.read(reportDir.resolve("report.json"));
        return doc.trajectories().stream().map(Outcomes::outcome).toList();
    }

    static List<Long> seeds(Path reportDir) {
        return of(reportDir).stream().map(Trajectory::seed).toList();
    }

    static String summary(Path reportDir) {
        ReportDocument doc = JsonReport.read(reportDir.resolve("report.json"));
        return doc.verdict() + " " + doc.summary().satisfaction() + " " + doc.summary().trajectories() + " "
                + doc.summary().scenarios().stream().map(s -> s.id() + ":" + s.satisfied() + "/" + s.trajectories()).toList();
    }

    private static Trajectory outcome(TrajectoryResult t) {
        return new Trajectory(t.scenarioId(), t.seed(), t.score(), t.satisfied(),
                t.checks().stream().map(Outcomes::check).toList(), t.steps().stream().map(Outcomes::step).toList());
    }

    private static String check(CheckResult c) {
        return c.name() + "=" + c.passed();
    }

    private static String step(StepRecord s) {
        return s.index() + ":" + s.description() + "=" + s.outcome();
    }
}

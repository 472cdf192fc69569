package dev.dtu.core.verdict;

import static dev.dtu.core.testing.Trajectories.failing;
import static dev.dtu.core.testing.Trajectories.passing;
import static dev.dtu.core.testing.Trajectories.withSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shrunk failing trajectory is what reports show, and counts towards no statistic. */
class ReproductionTest {
    private static SuiteRun run(List<TrajectoryResult> trajectories, List<TrajectoryResult> reproductions) {
        return new SuiteRun(List.of(ScenarioInfo.of("sync")), trajectories, List.of(), VerdictPolicy.DEFAULT, 1, Shard.WHOLE,
                reproductions);
    }

    @Test
    void theReproductionIsTheSmallestFailureAndIsNotCounted() {
        List<TrajectoryResult> trajectories = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            trajectories.add(seed % 4 == 0 ? failing("sync", seed, "message-posted") : passing("sync", seed));
        }
        TrajectoryResult shrunk = withSteps(failing("sync", 0, "message-posted"), 1);
        SuiteSummary with = Summarizer.summarize(run(trajectories, List.of(shrunk)));
        SuiteSummary without = Summarizer.summarize(run(trajectories, List.of()));

        ScenarioSummary s = with.scenarios().get(0);
        assertEquals(shrunk, s.smallestFailure());
        assertEquals(without.scenarios().get(0).trajectories(), s.trajectories());
        assertEquals(without.satisfaction(), with.satisfaction());
        assertEquals(1, s.smallestFailure().steps().size());
    }

    @Test
    void reproductionsSurviveTheJsonRoundTrip() {
        TrajectoryResult shrunk = withSteps(failing("sync", 3, "message-posted"), 1);
        List<TrajectoryResult> trajectories = List.of(failing("sync", 3, "message-posted"), passing("sync", 4));
        ReportDocument doc = ReportDocument.of(Summarizer.summarize(run(trajectories, List.of(shrunk))), trajectories, List.of(shrunk));
        ReportDocument back = JsonReport.parse(JsonReport.render(doc));
        assertEquals(List.of(shrunk), back.reproductions());
        assertEquals(shrunk, back.summary().scenarios().get(0).smallestFailure());
    }
}

package dev.dtu.core.report;

import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Verdict;
import java.util.List;

/**
 * The content of report.json: the summary plus every raw trajectory result, so shard reports can be merged
 * into exactly the report a single run would have written. Schema: openapi/report.schema.json.
 */
public record ReportDocument(String schema, Verdict verdict, int exitCode, SuiteSummary summary, List<TrajectoryResult> trajectories,
                             List<TrajectoryResult> reproductions) {

    public static final String SCHEMA = "dtu-report/1";

    public ReportDocument {
        trajectories = trajectories.stream().sorted(TrajectoryResult.CANONICAL_ORDER).toList();
        reproductions = reproductions == null ? List.of()
                : reproductions.stream().sorted(TrajectoryResult.CANONICAL_ORDER.thenComparing(TrajectoryResult.BY_SIZE)).toList();
    }

    public static ReportDocument of(SuiteSummary summary, List<TrajectoryResult> trajectories) {
        return of(summary, trajectories, List.of());
    }

    /** @param reproductions shrunk failing trajectories (kept so merged shards still show them) */
    public static ReportDocument of(SuiteSummary summary, List<TrajectoryResult> trajectories, List<TrajectoryResult> reproductions) {
        return new ReportDocument(SCHEMA, summary.verdict(), summary.exitCode(), summary, trajectories, reproductions);
    }
}

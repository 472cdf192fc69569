package dev.dtu.core.report;

import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.ScenarioInfo;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Summarizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Combines the reports of every shard of a sweep into the report a single run would have written: the raw
 * trajectories are pooled and summarised again, never averaged from the shards' summaries.
 */
public final class ReportMerger {

    private ReportMerger() {
    }

    public static ReportDocument mergeFiles(List<Path> shardReports) {
        return merge(shardReports.stream().map(JsonReport::read).toList());
    }

    public static ReportDocument merge(List<ReportDocument> shards) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<SuiteSummary> summaries = shards.stream().map(ReportDocument::summary).toList();
        SuiteSummary first = summaries.get(0);
        requireSameRun(summaries, first);
        requireEveryShardOnce(summaries, first.shard().count());
        List<TrajectoryResult> trajectories = shards.stream().flatMap(shard -> shard.trajectories().stream()).toList();
        List<TrajectoryResult> reproductions = shards.stream().flatMap(shard -> shard.reproductions().stream()).toList();
        SuiteRun run = new SuiteRun(
                scenarios(summaries),
                trajectories,
                summaries.stream().flatMap(summary -> summary.errors().stream()).toList(),
                first.policy(), first.masterSeed(), Shard.WHOLE, reproductions, first.settings());
        return ReportDocument.of(Summarizer.summarize(run), trajectories, reproductions);
    }

    private static void requireSameRun(List<SuiteSummary> summaries, SuiteSummary first) {
        for (SuiteSummary summary : summaries) {
            if (!summary.policy().equals(first.policy()) || summary.masterSeed() != first.masterSeed()
                    || summary.shard().count() != first.shard().count() || !summary.settings().equals(first.settings())) {
                throw new IllegalArgumentException("shards come from different runs: " + describe(first) + " vs " + describe(summary));
            }
        }
    }

    /** Shards are named as on the command line ({@code --shard i/n}, 1-based), not by their 0-based index. */
    private static void requireEveryShardOnce(List<SuiteSummary> summaries, int count) {
        Set<Integer> seen = new TreeSet<>();
        for (SuiteSummary summary : summaries) {
            if (!seen.add(summary.shard().index())) {
                throw new IllegalArgumentException("shard " + (summary.shard().index() + 1) + "/" + count + " appears twice");
            }
        }
        List<String> missing = IntStream.range(0, count).filter(i -> !seen.contains(i)).mapToObj(i -> (i + 1) + "/" + count).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
    }

    private static List<ScenarioInfo> scenarios(List<SuiteSummary> summaries) {
        return summaries.stream()
                .flatMap(summary -> summary.scenarios().stream())
                .map(ScenarioSummary::info)
                .distinct()
                .toList();
    }

    private static String describe(SuiteSummary summary) {
        return "policy " + summary.policy() + ", master seed " + summary.masterSeed() + ", " + summary.shard().count() + " shards, "
                + summary.settings();
    }
}

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
import java.util.stream.Collectors;
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

    private static void requireEveryShardOnce(List<SuiteSummary> summaries, int count) {
        List<Integer> indexes = summaries.stream().map(summary -> summary.shard().index()).toList();
        Set<Integer> distinct = new TreeSet<>(indexes);
        if (distinct.size() != indexes.size()) {
            throw new IllegalArgumentException("a shard appears twice: " + indexes);
        }
        Set<Integer> missing = IntStream.range(0, count).boxed().filter(i -> !distinct.contains(i)).collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing shards " + missing + " of " + count);
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

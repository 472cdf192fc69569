package dev.dtu.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.testing.Trajectories;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.ScenarioInfo;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.Summarizer;
import dev.dtu.core.verdict.VerdictPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMergerTest {

    private static final VerdictPolicy POLICY = new VerdictPolicy(0.75, 0.9, 0.4);
    private static final List<ScenarioInfo> SCENARIOS = List.of(
            new ScenarioInfo("scenario-0", "First", "story 0", 1.0),
            new ScenarioInfo("scenario-1", "Second", "story 1", 2.5),
            new ScenarioInfo("scenario-2", "Third", "", 0.5));

    @Property(tries = 60)
    void mergedShardsEqualASingleRun(
            @ForAll("suites") List<TrajectoryResult> results,
            @ForAll @IntRange(min = 1, max = 5) int shardCount,
            @ForAll long splitSeed) {
        ReportDocument single = ReportDocument.of(summarize(results, List.of("twin jira: seed file missing"), Shard.WHOLE), results);
        List<ReportDocument> shards = split(results, shardCount, new Random(splitSeed));
        ReportDocument merged = ReportMerger.merge(shards);
        assertEquals(single, merged);
        assertEquals(JsonReport.render(single), JsonReport.render(merged));
    }

    @Test
    void mergesShardFilesFromDisk(@TempDir Path dir) {
        List<TrajectoryResult> results = Trajectories.randomSuite(new java.util.SplittableRandom(5), 3, 20);
        List<ReportDocument> shards = split(results, 3, new Random(1));
        List<Path> files = new ArrayList<>();
        for (ReportDocument shard : shards) {
            Path out = dir.resolve("shard-" + shard.summary().shard().index());
            Reports.writeAll(shard, out);
            files.add(out.resolve(Reports.JSON));
        }
        ReportDocument merged = ReportMerger.mergeFiles(files);
        assertEquals(ReportDocument.of(summarize(results, List.of("twin jira: seed file missing"), Shard.WHOLE), results), merged);
        assertTrue(Files.exists(dir.resolve("shard-2").resolve(Reports.HTML)));
    }

    @Test
    void refusesAnIncompleteSetOfShards() {
        List<ReportDocument> shards = split(Trajectories.randomSuite(new java.util.SplittableRandom(2), 2, 10), 3, new Random(3));
        List<ReportDocument> withoutTheLast = shards.stream().filter(shard -> shard.summary().shard().index() != 2).toList();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ReportMerger.merge(withoutTheLast));
        assertTrue(missing.getMessage().contains("missing shard 3/3"), "1-based, as --shard: " + missing.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ReportMerger.merge(List.of(shards.get(0), shards.get(0), shards.get(1))));
        assertTrue(twice.getMessage().contains("shard " + (shards.get(0).summary().shard().index() + 1) + "/3 appears twice"),
                twice.getMessage());
    }

    @Test
    void refusesShardsOfDifferentRuns() {
        List<TrajectoryResult> results = Trajectories.randomSuite(new java.util.SplittableRandom(2), 2, 10);
        ReportDocument a = ReportDocument.of(summarize(results.subList(0, 5), List.of(), new Shard(0, 2)), results.subList(0, 5));
        ReportDocument b = ReportDocument.of(Summarizer.summarize(new SuiteRun(SCENARIOS, results.subList(5, results.size()), List.of(),
                VerdictPolicy.DEFAULT, 42, new Shard(1, 2))), results.subList(5, results.size()));
        assertThrows(IllegalArgumentException.class, () -> ReportMerger.merge(List.of(a, b)));
    }

    @Provide
    Arbitrary<List<TrajectoryResult>> suites() {
        return Trajectories.suites(3, 25);
    }

    /** Deals trajectories to shards at random; a suite-level error is seen by every shard, as a bad app would be. */
    private static List<ReportDocument> split(List<TrajectoryResult> results, int count, Random random) {
        List<List<TrajectoryResult>> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new ArrayList<>());
        }
        results.forEach(result -> parts.get(random.nextInt(count)).add(result));
        List<ReportDocument> shards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Shard shard = new Shard(i, count);
            shards.add(ReportDocument.of(summarize(parts.get(i), List.of("twin jira: seed file missing"), shard), parts.get(i)));
        }
        java.util.Collections.shuffle(shards, random);
        return shards;
    }

    private static dev.dtu.core.verdict.SuiteSummary summarize(List<TrajectoryResult> results, List<String> errors, Shard shard) {
        return Summarizer.summarize(new SuiteRun(SCENARIOS, results, errors, POLICY, 42, shard));
    }
}

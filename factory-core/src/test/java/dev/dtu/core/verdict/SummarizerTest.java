package dev.dtu.core.verdict;

import static dev.dtu.core.testing.Trajectories.failing;
import static dev.dtu.core.testing.Trajectories.graded;
import static dev.dtu.core.testing.Trajectories.needingHuman;
import static dev.dtu.core.testing.Trajectories.passing;
import static dev.dtu.core.testing.Trajectories.withChecks;
import static dev.dtu.core.testing.Trajectories.withSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.stats.Settlement;
import dev.dtu.core.stats.Wilson;
import dev.dtu.core.testing.Trajectories;
import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private static final VerdictPolicy POLICY = new VerdictPolicy(0.8, 0.95, 0.3);

    @Test
    void everyScenarioClearlyAboveTheThresholdConverges() {
        SuiteSummary summary = summarize(List.of(), passes("login", 40), passes("sync", 40));
        assertEquals(Verdict.CONVERGED, summary.verdict());
        assertEquals(0, summary.exitCode());
        assertEquals(1.0, summary.satisfaction());
        assertTrue(summary.reasons().isEmpty());
        assertEquals(Settlement.SATISFIED, summary.scenarios().get(0).settlement());
    }

    @Test
    void aScenarioBelowTheThresholdMeansMoreWork() {
        List<TrajectoryResult> sync = new ArrayList<>(passes("sync", 10));
        LongStream.range(100, 130).forEach(seed -> sync.add(failing("sync", seed, "message-posted")));
        SuiteSummary summary = summarize(List.of(), passes("login", 40), sync);
        assertEquals(Verdict.MORE_WORK, summary.verdict());
        assertEquals(1, summary.exitCode());
        ScenarioSummary scenario = scenario(summary, "sync");
        assertEquals(Settlement.UNSATISFIED, scenario.settlement());
        assertEquals(Wilson.interval(10, 40, 0.95), scenario.interval());
        assertTrue(summary.reasons().get(0).startsWith("sync: below the threshold"), summary.reasons().toString());
    }

    @Test
    void tooFewTrajectoriesToSettleMeansMoreWork() {
        SuiteSummary summary = summarize(List.of(), passes("login", 3));
        assertEquals(Settlement.UNSETTLED, summary.scenarios().get(0).settlement());
        assertEquals(Verdict.MORE_WORK, summary.verdict());
        assertTrue(summary.reasons().get(0).contains("unsettled"));
    }

    @Test
    void aHarnessErrorIsAnErrorAndIsLeftOutOfTheStatistics() {
        List<TrajectoryResult> login = new ArrayList<>(passes("login", 40));
        login.add(TrajectoryResult.harnessError("login", 999, "app exited with status 1", "./dtu run --seed 999"));
        SuiteSummary summary = summarize(List.of(), login);
        ScenarioSummary scenario = summary.scenarios().get(0);
        assertEquals(Verdict.ERROR, summary.verdict());
        assertEquals(2, summary.exitCode());
        assertEquals(40, scenario.trajectories());
        assertEquals(1, scenario.harnessErrors());
        assertEquals(1.0, scenario.satisfaction());
        assertEquals(List.of(new FailureGroup(FailureGroup.HARNESS_ERROR, 1, List.of(999L))), scenario.failureGroups());
        assertEquals(999L, scenario.smallestFailure().seed());
    }

    @Test
    void aSuiteLevelErrorIsAnError() {
        SuiteSummary summary = Summarizer.summarize(new SuiteRun(List.of(), passes("login", 40),
                List.of("scenario sync.yaml: unknown twin 'jira2'"), POLICY, 7, Shard.WHOLE));
        assertEquals(Verdict.ERROR, summary.verdict());
        assertEquals(List.of("scenario sync.yaml: unknown twin 'jira2'"), summary.errors());
    }

    @Test
    void anEmptySuiteIsAnError() {
        assertEquals(Verdict.ERROR, summarize(List.of()).verdict());
    }

    @Test
    void aJudgeAskingForAHumanNeedsAHuman() {
        List<TrajectoryResult> login = new ArrayList<>(passes("login", 40));
        login.set(5, needingHuman("login", 5, "the reply is rude but correct"));
        SuiteSummary summary = summarize(List.of(), login);
        assertEquals(Verdict.NEEDS_HUMAN, summary.verdict());
        assertEquals(255, summary.exitCode());
        assertEquals(List.of(new HumanReview(5, "the reply is rude but correct")), summary.scenarios().get(0).humanReviews());
    }

    @Test
    void judgesDisagreeingBeyondTheLimitNeedAHuman() {
        List<TrajectoryResult> login = new ArrayList<>(passes("login", 40));
        login.set(3, withChecks(login.get(3), judged("tone", 0.9, "gpt"), judged("tone", 0.4, "claude")));
        SuiteSummary summary = summarize(List.of(), login);
        assertEquals(Verdict.NEEDS_HUMAN, summary.verdict());
        HumanReview review = summary.scenarios().get(0).humanReviews().get(0);
        assertEquals(3, review.seed());
        assertTrue(review.reason().contains("'tone'") && review.reason().contains("0.50"), review.reason());
    }

    @Test
    void judgesWithinTheLimitOrOnDifferentChecksDoNotNeedAHuman() {
        List<TrajectoryResult> login = new ArrayList<>(passes("login", 40));
        login.set(3, withChecks(login.get(3), judged("tone", 0.9, "gpt"), judged("tone", 0.7, "claude"),
                judged("facts", 0.0, "gpt"), judged("tone-of-voice", 1.0, "claude")));
        assertEquals(Verdict.CONVERGED, summarize(List.of(), login).verdict());
    }

    @Test
    void errorOutranksNeedsHuman() {
        List<TrajectoryResult> login = new ArrayList<>(passes("login", 40));
        login.set(5, needingHuman("login", 5, "unsure"));
        login.add(TrajectoryResult.harnessError("login", 500, "driver crashed", ""));
        assertEquals(Verdict.ERROR, summarize(List.of(), login).verdict());
    }

    @Test
    void overallSatisfactionWeighsScenariosAsTheSuiteSays() {
        List<TrajectoryResult> sync = new ArrayList<>(passes("sync", 10));
        LongStream.range(100, 110).forEach(seed -> sync.add(failing("sync", seed, "message-posted")));
        List<ScenarioInfo> infos = List.of(new ScenarioInfo("login", "Log in", "", 3.0), new ScenarioInfo("sync", "Sync", "", 1.0));
        SuiteSummary summary = summarize(infos, passes("login", 5), sync);
        assertEquals((3.0 * 1.0 + 1.0 * 0.5) / 4.0, summary.satisfaction(), 1e-15);
    }

    @Test
    void gradedScoresAreOnlyPartialCreditTheShareOfSatisfiedTrajectoriesDecides() {
        SuiteSummary summary = summarize(List.of(), List.of(graded("essay", 1, 0.9), graded("essay", 2, 0.6), graded("essay", 3, 0.3)));
        ScenarioSummary essay = summary.scenarios().get(0);
        assertEquals(0.6, essay.meanScore(), 1e-15);
        assertEquals(2, essay.satisfied());
        assertEquals(2.0 / 3, essay.satisfaction(), 1e-15);
        assertEquals(Wilson.interval(2, 3, 0.95), essay.interval());
    }

    @Test
    void aVerdictThatDependsOnATwinGapIsAnErrorNamingTheOperation() {
        String gap = "slack POST /api/conversations.mark: the twin does not serve this operation (404)";
        List<TrajectoryResult> all = new ArrayList<>(passes("mark", 10));
        LongStream.range(100, 110).forEach(seed -> all.add(failing("mark", seed, "marked read").withTwinGaps(List.of(gap))));
        SuiteSummary summary = summarize(List.of(), all);
        ScenarioSummary mark = summary.scenarios().get(0);
        assertEquals(Verdict.ERROR, summary.verdict());
        assertEquals(2, summary.exitCode());
        assertTrue(mark.verdictReason().contains(gap), mark.verdictReason());
        assertTrue(mark.failureGroups().stream().anyMatch(g -> g.check().equals(FailureGroup.TWIN_GAP + gap)));
    }

    @Test
    void aTwinGapBesideFailuresThatStandAnywayLeavesTheVerdictToTheApp() {
        List<TrajectoryResult> all = new ArrayList<>();
        LongStream.range(0, 39).forEach(seed -> all.add(failing("mark", seed, "marked read")));
        all.add(failing("mark", 99, "marked read").withTwinGaps(List.of("slack POST /api/x: 404")));
        assertEquals(Verdict.MORE_WORK, summarize(List.of(), all).verdict());
    }

    @Test
    void highScoresThatSatisfyNoOneDoNotConverge() {
        // Weight 19 passing, weight 1 failing: every trajectory scores 0.95 and none satisfies the user.
        List<TrajectoryResult> almost = new ArrayList<>();
        for (long seed = 0; seed < 130; seed++) {
            almost.add(withChecks(graded("almost", seed, 0.95), new CheckResult("reply posted", 1.0, true, 19, "", null),
                    new CheckResult("reply threaded", 0.0, false, 1, "not in the thread", null)));
        }
        almost.replaceAll(t -> new TrajectoryResult(t.scenarioId(), t.seed(), 0.95, false, t.checks(), t.steps(), t.exchanges(),
                null, false, null, t.replayCommand(), t.durationMs()));
        SuiteSummary summary = summarize(List.of(), almost);
        ScenarioSummary scenario = summary.scenarios().get(0);
        assertEquals(0.0, scenario.satisfaction());
        assertEquals(0.0, summary.satisfaction());
        assertTrue(scenario.interval().upper() < 0.1, scenario.interval().toString());
        assertEquals(Verdict.MORE_WORK, summary.verdict());
        assertEquals(0.95, scenario.meanScore(), 1e-9);
    }

    @Test
    void failuresAreGroupedByCheckMostFrequentFirst() {
        List<TrajectoryResult> sync = List.of(
                failing("sync", 9, "message-posted"), failing("sync", 4, "message-posted", "issue-linked"),
                failing("sync", 7, "message-posted"), passing("sync", 1), failing("sync", 8));
        ScenarioSummary scenario = summarize(List.of(), sync).scenarios().get(0);
        assertEquals(List.of(
                new FailureGroup("message-posted", 3, List.of(4L, 7L, 9L)),
                new FailureGroup(FailureGroup.NO_FAILED_CHECK, 1, List.of(8L)),
                new FailureGroup("issue-linked", 1, List.of(4L))), scenario.failureGroups());
    }

    @Test
    void theSmallestFailingTrajectoryHasTheFewestSteps() {
        List<TrajectoryResult> sync = List.of(
                withSteps(failing("sync", 1, "a"), 5), withSteps(failing("sync", 2, "a"), 2),
                withSteps(failing("sync", 3, "a"), 2), withSteps(passing("sync", 4), 1));
        assertEquals(2L, summarize(List.of(), sync).scenarios().get(0).smallestFailure().seed());
    }

    @Test
    void aDescribedScenarioWithoutResultsIsUnsettled() {
        SuiteSummary summary = summarize(List.of(new ScenarioInfo("later", "Later", "As a user…", 1.0)), passes("login", 40));
        ScenarioSummary later = scenario(summary, "later");
        assertEquals(0, later.trajectories());
        assertEquals(Settlement.UNSETTLED, later.settlement());
        assertNull(later.smallestFailure());
        assertEquals(Verdict.MORE_WORK, summary.verdict());
        assertEquals(1.0, summary.satisfaction(), "scenarios without results carry no weight");
    }

    @Test
    void theSameTrajectoryTwiceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> summarize(List.of(), List.of(passing("a", 1), failing("a", 1, "x"))));
    }

    @Test
    void suitePassHatKIsTheMeanOverScenarios() {
        List<TrajectoryResult> sync = new ArrayList<>(passes("sync", 6));
        LongStream.range(100, 106).forEach(seed -> sync.add(failing("sync", seed, "x")));
        SuiteSummary summary = summarize(List.of(), passes("login", 12), sync);
        assertEquals((1.0 + 0.5) / 2, summary.passHatK().get(0).value(), 1e-15);
        assertEquals((1.0 + (6.0 * 5) / (12.0 * 11)) / 2, summary.passHatK().get(1).value(), 1e-15);
    }

    @Property(tries = 60)
    void theSummaryDoesNotDependOnTheOrderOfResults(@ForAll("suites") List<TrajectoryResult> results, @ForAll long shuffleSeed) {
        List<TrajectoryResult> shuffled = new ArrayList<>(results);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertEquals(summarize(List.of(), results), summarize(List.of(), shuffled));
    }

    @Property(tries = 60)
    void satisfactionAndIntervalsAreConsistent(@ForAll("suites") List<TrajectoryResult> results) {
        SuiteSummary summary = summarize(List.of(), results);
        assertTrue(summary.satisfaction() >= 0.0 && summary.satisfaction() <= 1.0);
        for (ScenarioSummary scenario : summary.scenarios()) {
            assertTrue(scenario.interval().contains(scenario.satisfaction()), scenario.id());
            assertEquals(scenario.verdict() == Verdict.CONVERGED,
                    scenario.harnessErrors() == 0 && scenario.humanReviews().isEmpty() && scenario.interval().lower() >= POLICY.threshold());
        }
        assertEquals(summary.verdict() == Verdict.CONVERGED,
                !summary.scenarios().isEmpty() && summary.scenarios().stream().allMatch(s -> s.verdict() == Verdict.CONVERGED));
    }

    @Provide
    Arbitrary<List<TrajectoryResult>> suites() {
        return Trajectories.suites(4, 30);
    }

    private static CheckResult judged(String check, double score, String judge) {
        return new CheckResult(check, score, score >= 0.5, 1.0, "", judge);
    }

    private static List<TrajectoryResult> passes(String scenario, int count) {
        return LongStream.range(0, count).mapToObj(seed -> passing(scenario, seed)).toList();
    }

    @SafeVarargs
    private static SuiteSummary summarize(List<ScenarioInfo> infos, List<TrajectoryResult>... results) {
        List<TrajectoryResult> all = new ArrayList<>();
        for (List<TrajectoryResult> list : results) {
            all.addAll(list);
        }
        return Summarizer.summarize(new SuiteRun(infos, all, List.of(), POLICY, 42, Shard.WHOLE));
    }

    private static ScenarioSummary scenario(SuiteSummary summary, String id) {
        return summary.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}

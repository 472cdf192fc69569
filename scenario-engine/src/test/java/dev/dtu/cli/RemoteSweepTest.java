package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.twins.Twins;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dtu sweep --server URL}: the sweep drives a server started on its own (as a sidecar would be) through the
 * admin API alone, and judges as the sweep with its server inside does — the same trajectories, checks and verdicts.
 */
class RemoteSweepTest {
    static final Path SUITE = TriageSuiteTest.SUITE;

    @TempDir
    Path work;

    @Test
    void aSweepAgainstASeparatelyStartedServerGivesTheEmbeddedRunsVerdicts() {
        List<String> sweep = List.of("sweep", SUITE.resolve("outsider-cannot-close-ticket.yaml").toString(),
                SUITE.resolve("server-errors-are-retried.yaml").toString(),
                SUITE.resolve("question-is-not-a-ticket.yaml").toString(),
                "--app-env", "TRIAGE_BUG=close-for-anyone", "--trajectories", "4", "--shrink-budget", "4");
        Path embedded = work.resolve("embedded");
        Path remote = work.resolve("remote");
        int embeddedExit = TriageSuiteTest.dtu(with(sweep, "--out", embedded.toString()));
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start()) {
            int universesBefore = server.universes().list().size();
            int remoteExit = TriageSuiteTest.dtu(with(sweep, "--server", server.url(), "--out", remote.toString()));
            assertEquals(1, embeddedExit, "the planted bug is caught");
            assertEquals(embeddedExit, remoteExit);
            // The triage app handles Socket Mode envelopes in the order the twin sent them, so whether the planted
            // close-for-anyone bug shows in a trajectory is no race: satisfied counts and every check's outcome match.
            assertEquals(Outcomes.summary(embedded), Outcomes.summary(remote));
            assertEquals(verdicts(embedded), verdicts(remote), "the same trajectories, verdicts, checks and steps");
            assertEquals(universesBefore, server.universes().list().size(), "the sweep leaves no universe behind");
        }
    }

    @Test
    void noServerAtTheUrlIsAnErrorBeforeAnythingRuns() {
        int exit = TriageSuiteTest.dtu("sweep", SUITE.resolve("question-is-not-a-ticket.yaml").toString(),
                "--server", "http://127.0.0.1:9", "--trajectories", "1", "--out", work.resolve("none").toString());
        assertEquals(2, exit);
        assertTrue(!work.resolve("none").resolve("report.json").toFile().exists());
    }

    private static List<String> verdicts(Path report) {
        return Outcomes.of(report).stream().map(t -> t.scenario() + " " + t.seed() + " satisfied=" + t.satisfied()
                + " checks=" + t.checks() + " steps=" + t.steps()).toList();
    }

    private static String[] with(List<String> words, String... more) {
        List<String> all = new ArrayList<>(words);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}

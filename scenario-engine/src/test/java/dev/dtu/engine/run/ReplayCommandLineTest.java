package dev.dtu.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ReplayCommandLineTest {

    @Test
    void theCommandCarriesThePlanAndTheAppEnvironment() {
        TrajectoryPlan plan = TrajectoryPlan.of(42).dropStep(3).simplify("summary");
        Map<String, String> env = new TreeMap<>(Map.of("TRIAGE_BUG", "close-for-anyone", "GREETING", "it's a test"));
        String command = ReplayCommandLine.of(Path.of("my scenarios/a.yaml"), plan, env);
        assertEquals("dtu replay 'my scenarios/a.yaml' --seed 42 --drop-steps 3 --simplify summary"
                + " --app-env 'GREETING=it'\\''s a test' --app-env TRIAGE_BUG=close-for-anyone", command);
        assertEquals(List.of("dtu", "replay", "my scenarios/a.yaml", "--seed", "42", "--drop-steps", "3", "--simplify", "summary",
                "--app-env", "GREETING=it's a test", "--app-env", "TRIAGE_BUG=close-for-anyone"), ReplayCommandLine.split(command));
    }

    @Test
    void splitReadsDoubleQuotesAndBackslashesAsAShellDoes() {
        assertEquals(List.of("a b", "c\"d", "e f"), ReplayCommandLine.split("\"a b\" c\\\"d e\\ f"));
    }

    @Property(tries = 300)
    void anyWordsSurviveQuotingAndSplitting(@ForAll @Size(max = 6) List<String> words) {
        List<String> nonEmpty = new ArrayList<>(words.stream().filter(w -> !w.isEmpty()).toList());
        String line = String.join(" ", nonEmpty.stream().map(ReplayCommandLine::quote).toList());
        assertEquals(nonEmpty, ReplayCommandLine.split(line));
    }
}

package dev.dtu.twins.jira.model.agile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dtu.twins.jira.model.JiraException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random update sequences against the documented machine: future → active (with both dates) → closed, nothing else;
 * a refused update changes nothing and is a 400; a closed sprint keeps its state and dates; completeDate is set exactly
 * when the sprint closes.
 */
class SprintStatePropertyTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    record Step(String state, boolean setDates, boolean touchComplete) {}

    @Property(tries = 200)
    void updatesFollowTheMachine(@ForAll("steps") List<Step> steps) {
        Sprint s = new Sprint(1, "S1", Sprint.FUTURE, 1, null, null, null, null, T0);
        Instant now = T0;
        for (Step step : steps) {
            now = now.plusSeconds(60);
            SprintChange change = new SprintChange(Optional.empty(), Optional.empty(),
                    step.setDates() ? Optional.of(now) : Optional.empty(),
                    step.setDates() ? Optional.of(now.plusSeconds(86_400)) : Optional.empty(),
                    Optional.ofNullable(step.state()), step.touchComplete());
            boolean allowed = expectedAllowed(s, step);
            try {
                Sprint next = SprintRules.apply(s, change, now);
                assertEquals(true, allowed, s.state() + " -> " + step);
                String expectedState = s.state().equals(Sprint.CLOSED) || step.state() == null ? s.state() : step.state();
                assertEquals(expectedState, next.state());
                if (next.state().equals(Sprint.CLOSED) && !s.state().equals(Sprint.CLOSED)) {
                    assertEquals(now, next.completeDate());
                } else {
                    assertEquals(s.completeDate(), next.completeDate());
                }
                if (s.state().equals(Sprint.CLOSED)) {
                    assertEquals(s.startDate(), next.startDate());
                    assertEquals(s.endDate(), next.endDate());
                }
                s = next;
            } catch (JiraException e) {
                assertEquals(false, allowed, s.state() + " -> " + step + ": " + e.errorMessages() + e.errors());
                assertEquals(400, e.status());
            }
            if (s.state().equals(Sprint.CLOSED)) {
                assertNotNull(s.completeDate());
            } else {
                assertNull(s.completeDate());
            }
        }
    }

    private static boolean expectedAllowed(Sprint s, Step step) {
        if (step.touchComplete()) {
            return false;
        }
        if (s.state().equals(Sprint.CLOSED) || step.state() == null || step.state().equals(s.state())) {
            return true;
        }
        boolean dates = step.setDates() || (s.startDate() != null && s.endDate() != null);
        return (s.state().equals(Sprint.FUTURE) && step.state().equals(Sprint.ACTIVE) && dates)
                || (s.state().equals(Sprint.ACTIVE) && step.state().equals(Sprint.CLOSED));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> state = Arbitraries.of(Sprint.FUTURE, Sprint.ACTIVE, Sprint.CLOSED, "done").injectNull(0.2);
        Arbitrary<Step> step = Combinators.combine(state, Arbitraries.of(true, false), Arbitraries.of(false, false, false, true))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(8);
    }
}

package dev.dtu.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code timeScale}, {@code advance} and {@code at}: read as written, and checked with file, line and field. */
class TimeStepsTest {
    private static String scenario(String top, String steps) {
        return """
                id: timed
                title: Time passes
                story: As a user I want tomorrow to come.
                %s
                app:
                  url: http://127.0.0.1:9
                steps:
                %s
                judge:
                  checks:
                    - {name: ok, js: "true"}
                """.formatted(top, steps);
    }

    private static Scenario parse(String yaml) {
        return ScenarioLoader.parse(Path.of("timed.yaml"), yaml);
    }

    private static List<Problem> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> parse(yaml)).problems();
    }

    @Test
    void advanceAndAtStepsAndTheScenariosRateAreRead() {
        Scenario s = parse(scenario("timeScale: 10", """
                  - at: "2027-01-04T09:00:00+01:00"
                  - {advance: P1DT2H, name: the next morning}
                """));
        assertEquals(10.0, s.timeScale());
        assertEquals(10.0, s.timeScale(3));
        assertEquals(Instant.parse("2027-01-04T08:00:00Z"), ((Step.At) s.steps().get(0)).at());
        Step.Advance advance = (Step.Advance) s.steps().get(1);
        assertEquals(Duration.ofHours(26), advance.by());
        assertEquals("the next morning", advance.label());
        assertTrue(s.movesTime());
    }

    @Test
    void withoutItsOwnRateAScenarioRunsAtTheSweeps() {
        Scenario s = parse(scenario("", "  - {wait: {until: \"true\"}}"));
        assertNull(s.timeScale());
        assertEquals(4.0, s.timeScale(4));
        assertFalse(s.movesTime());
    }

    @Test
    void badDurationsTimesAndRatesAreProblemsNamingTheField() {
        Problem words = problems(scenario("", "  - advance: an hour")).get(0);
        assertEquals("steps[0].advance", words.field());
        assertTrue(words.message().contains("ISO-8601 duration"), words.message());
        assertTrue(words.line() > 0);
        for (String backwards : List.of("PT0S", "-PT1H")) {
            Problem p = problems(scenario("", "  - advance: " + backwards)).get(0);
            assertEquals("steps[0].advance", p.field());
            assertTrue(p.message().contains("only moves forward"), p.message());
        }
        assertEquals("steps[0].at", problems(scenario("", "  - at: tomorrow")).get(0).field());
        assertEquals("steps[0].at", problems(scenario("", "  - at: 2027-01-04T09:00:00")).get(0).field(), "an offset is required");
        assertEquals("timeScale", problems(scenario("timeScale: 0", "  - advance: PT1H")).get(0).field());
        assertEquals("timeScale", problems(scenario("timeScale: fast", "  - advance: PT1H")).get(0).field());
        assertEquals("timeScale", problems(scenario("timeScale: 1001", "  - advance: PT1H")).get(0).field());
    }
}

package dev.dtu.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.twins.Twins;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** A running server named by {@code dtu.url} is used instead of an embedded one, and left as it was found. */
class DtuUrlTest {
    private static DtuServer running;

    @BeforeAll
    static void start() {
        running = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void testsRunOnTheNamedServerAndTheirUniversesAreDeleted() {
        Sample.urls.clear();
        Sample.ids.clear();
        int before = universes().size();

        Events tests = run(Sample.class).testEvents();

        tests.assertStatistics(s -> s.succeeded(2).failed(0));
        assertEquals(List.of(running.url(), running.url()), Sample.urls);
        assertEquals(2, Sample.ids.stream().distinct().count());
        assertEquals(before, universes().size(), "test universes and the template are gone: " + universes());
    }

    @Test
    void aSeedThatIsNotThereFailsTheTestSayingWhy() {
        Events tests = run(MissingSeed.class).testEvents();

        tests.assertStatistics(s -> s.failed(1));
        Throwable cause = tests.failed().stream().findFirst().orElseThrow().getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow();
        assertTrue(cause.getMessage().contains("@DtuSeed(\"no-such-seed.yaml\")"), cause.getMessage());
    }

    private static EngineTestKit.Builder runner(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(type))
                .configurationParameter(DtuExtension.URL_PARAMETER, running.url());
    }

    private static org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> type) {
        return runner(type).execute();
    }

    private static List<JsonNode> universes() {
        JsonNode all = new Dtu(running.url()).call("GET", "/_dtu/universes", null).path("universes");
        return StreamSupport.stream(all.spliterator(), false).toList();
    }

    @DtuTest
    static class Sample {
        static final List<String> urls = new ArrayList<>();
        static final List<String> ids = new ArrayList<>();

        @Test
        void one(Dtu dtu, DtuUniverse universe) {
            urls.add(dtu.url());
            ids.add(universe.id());
        }

        @Test
        void two(Dtu dtu, DtuUniverse universe) {
            urls.add(dtu.url());
            ids.add(universe.id());
        }
    }

    @DtuTest
    static class MissingSeed {
        @Test
        @DtuSeed("no-such-seed.yaml")
        void seeded(DtuUniverse universe) {
            universe.state();
        }
    }
}

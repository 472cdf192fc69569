package dev.dtu.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Request;
import dev.dtu.twins.google.GoogleTwin;
import dev.dtu.twins.jira.JiraTwin;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static long series(String scrape) {
        return scrape.lines().filter(l -> l.startsWith("dtu_requests_seconds_count{")).count();
    }

    @Test
    void operationLabelsAreBoundedPerTwinWhateverTheTwinNames() {
        try (Metrics metrics = new Metrics()) {
            for (int i = 0; i < 3 * Metrics.OPERATIONS_PER_TWIN; i++) {
                metrics.request("jira", "GET /rest/api/3/nope/" + i, 404, 1_000);
            }
            String scrape = metrics.scrape();
            assertEquals(Metrics.OPERATIONS_PER_TWIN + 1, series(scrape));
            assertTrue(scrape.contains("operation=\"unknown\""));
            assertFalse(scrape.contains("/nope/" + (2 * Metrics.OPERATIONS_PER_TWIN)));
        }
    }

    @Test
    void unmatchedJiraAndGooglePathsAreTheFixedUnknownOperation() {
        assertEquals(Metrics.UNKNOWN, new JiraTwin().operation(Request.of("GET", "/rest/api/3/no/such/path/123")));
        assertEquals(Metrics.UNKNOWN, new GoogleTwin().operation(Request.of("GET", "/v4/nothing/here/xyz")));
        String comments = new JiraTwin().operation(Request.of("GET", "/rest/api/3/issue/PROJ-1/comment"));
        assertFalse(comments.equals(Metrics.UNKNOWN) || comments.contains("PROJ-1"), "a matched route names its operation: " + comments);
    }

    @Test
    void theJvmAndTheProcessAreMeasured() {
        try (Metrics metrics = new Metrics()) {
            String scrape = metrics.scrape();
            for (String name : new String[] {"jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_",
                    "jvm_classes_loaded_classes", "process_cpu_usage", "process_uptime_seconds", "system_cpu_count"}) {
                assertTrue(scrape.contains(name), name);
            }
        }
    }
}

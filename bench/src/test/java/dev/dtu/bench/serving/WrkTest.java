package dev.dtu.bench.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dtu.bench.report.BenchResult;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WrkTest {
    @Test
    void readsTheFiguresTheScriptPrints() throws IOException {
        String out = "Running 5s test @ http://127.0.0.1:1234\n  2 threads and 64 connections\n"
                + "DTU-WRK 150000 3 5001234 1490 21570 45010\n";
        Wrk.Result r = Wrk.parse(out);
        assertEquals(150000, r.requests());
        assertEquals(3, r.errors());
        assertEquals(5.001234, r.seconds(), 1e-9);
        assertEquals(150000 / 5.001234, r.throughput(), 1e-6);
        assertEquals(21570, r.p99());
        assertEquals(45010, r.p999());
    }

    @Test
    void outputWithoutFiguresIsAnError() {
        assertThrows(IOException.class, () -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused\n"));
    }

    @Test
    void scriptSendsTheTargetsMixToItsPrefix() {
        try (BareTarget bare = new BareTarget(new SlackMix("C123", "xoxb-token"))) {
            String lua = Wrk.script(bare);
            assertTrue(lua.contains("\"/api/chat.postMessage\""), lua);
            assertTrue(lua.contains("\"/api/conversations.history\""), lua);
            assertTrue(lua.contains("Bearer xoxb-token"), lua);
            assertTrue(lua.contains("channel=C123&limit=10"), lua);
        }
    }

    /** Runs only where wrk is installed (CI has none); the figures are not asserted, only that nothing failed. */
    @Test
    void quickRunDrivesAllThreeServers() throws Exception {
        assumeTrue(Wrk.installed(), "wrk is not installed");
        try (BareTarget bare = new BareTarget(new SlackMix("C123", "xoxb-token"))) {
            Wrk.Result r = Wrk.run(bare, 1, 4, Duration.ofSeconds(1));
            assertTrue(r.requests() > 0);
            assertEquals(0, r.errors());
        }
        BenchResult result = new WrkBench(true).run();
        assertEquals(2, result.targets().size(), result.markdown());
        assertTrue(result.markdown().contains("| 0 |"), result.markdown());
    }
}

package dev.dtu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick runs: the benchmarks work end to end. They measure nothing, and no figure is asserted. */
class BenchSmokeTest {
    @TempDir
    Path out;

    @Test
    void servingRunsAllThreeServersWithoutFailures() throws Exception {
        BenchResult r = Benchmarks.run(Benchmarks.Name.serving, true, Path.of(".."));
        assertEquals(4, r.targets().size(), "three servers against each other, and declared against hand-written");
        assertTrue(r.markdown().contains("WireMock 3.13.2"));
        for (String okta : new String[] {"oktaDeclared", "oktaHandWritten"}) {
            java.util.Map<?, ?> figures = (java.util.Map<?, ?>) r.data().get(okta);
            assertEquals(0L, ((Number) figures.get("failures")).longValue(), okta + " failed requests: " + figures);
            assertTrue(((Number) figures.get("requests")).longValue() > 0, okta + " served: " + figures);
        }
        assertTrue(r.markdown().contains("| 0 |"), "no server failed a request:\n" + r.markdown());
        new ResultFiles(out).write(r);
        assertTrue(Files.exists(out.resolve("serving-quick.json")));
        assertTrue(Files.readString(out.resolve("serving-quick.md")).contains("quick run"));
    }

    @Test
    void universesReportsEveryOperation() throws Exception {
        BenchResult r = Benchmarks.run(Benchmarks.Name.universes, true, Path.of(".."));
        for (String op : new String[] {"create", "snapshot", "fork", "restore"}) {
            assertTrue(r.markdown().contains("| " + op), op);
        }
        assertFalse(r.data().isEmpty());
    }

    @Test
    void hotPathsRunUnderJmh() throws Exception {
        BenchResult r = Benchmarks.run(Benchmarks.Name.hotpaths, true, Path.of(".."));
        String md = r.markdown();
        for (String b : new String[] {"JqlBenchmark.search", "A1Benchmark.parse", "DocsBenchmark.batchUpdate",
                "JsJudgeBenchmark.judge"}) {
            assertTrue(md.contains(b), b);
        }
    }

    @Test
    void fairnessProbesTheHealthCheckAndABystanderUnderEveryFamilysWorstCase() throws Exception {
        BenchResult r = Benchmarks.run(Benchmarks.Name.fairness, true, Path.of(".."));
        assertEquals(2, r.targets().size());
        String md = r.markdown();
        assertTrue(md.contains("| health check") && md.contains("| bystander Slack auth.test"), md);
    }
}

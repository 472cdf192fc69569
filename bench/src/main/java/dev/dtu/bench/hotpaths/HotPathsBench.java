package dev.dtu.bench.hotpaths;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Hot paths under JMH: short iterations in one fork, so they fit the bench's time budget. */
public final class HotPathsBench {
    private final boolean quick;

    public HotPathsBench(boolean quick) {
        this.quick = quick;
    }

    private static String[] jvmArgs() {
        java.util.List<String> args = new java.util.ArrayList<>(dev.dtu.bench.JvmFlags.child());
        args.add("-Dpolyglot.engine.WarnInterpreterOnly=false");
        return args.toArray(String[]::new);
    }

    public BenchResult run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(HotPathsBench.class.getPackageName() + ".*Benchmark.*")
                .forks(quick ? 0 : 1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.milliseconds(quick ? 100 : 1000))
                .measurementIterations(quick ? 1 : 4).measurementTime(TimeValue.milliseconds(quick ? 100 : 1000))
                .jvmArgsAppend(jvmArgs())
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        BenchResult r = BenchResult.start("hotpaths", "Hot paths (JMH, average time per call)", quick);
        Table t = Table.of("JMH " + (quick ? "smoke run" : "1 fork, 3×1 s warm-up, 4×1 s measured"), "benchmark",
                "score", "error (99.9%)", "unit");
        for (RunResult rr : results) {
            var p = rr.getPrimaryResult();
            String name = rr.getParams().getBenchmark().replace(HotPathsBench.class.getPackageName() + ".", "");
            t.row(name, Fmt.num(p.getScore()), Double.isNaN(p.getScoreError()) ? "—" : Fmt.num(p.getScoreError()),
                    p.getScoreUnit());
            r.put(name, java.util.Map.of("score", p.getScore(), "unit", p.getScoreUnit()));
        }
        r.table(t);
        r.note("no peer runs these: they are our own regression guards; a small JS call in GraalVM's interpreter mode "
                + "takes about 50 µs (the stack notes' reference figure)");
        return r;
    }
}

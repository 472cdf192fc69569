package dev.dtu.bench.hotpaths;

import dev.dtu.twins.google.sheets.model.A1Range;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/** A1 notation: the ranges every Sheets values call parses. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class A1Benchmark {
    @Benchmark
    public void parse(Blackhole bh) {
        bh.consume(A1Range.parse("Sheet1!A1:D20"));
        bh.consume(A1Range.parse("'Q3 Budget'!$B$2:$F"));
        bh.consume(A1Range.parse("C:C"));
        bh.consume(A1Range.parse("Data!7:9"));
    }
}

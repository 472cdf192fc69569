package dev.dtu.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @Test
    void writesAllFourReportsIntoTheOutputDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("nested").resolve("out");
        Reports.writeAll(SampleRuns.summary(), SampleRuns.trajectories(), out);
        for (String name : new String[] {Reports.JSON, Reports.JUNIT, Reports.FEEDBACK, Reports.HTML}) {
            assertTrue(Files.size(out.resolve(name)) > 100, name);
        }
        assertEquals(SampleRuns.summary(), JsonReport.read(out.resolve(Reports.JSON)).summary());
        assertEquals(2, JUnitXmlReportTest.parse(Files.readString(out.resolve(Reports.JUNIT))).getElementsByTagName("testcase").getLength());
    }
}

package dev.dtu.core.report;

import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.SuiteSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes every report of a run into one directory (the command line's --out). */
public final class Reports {

    public static final String JSON = "report.json";
    public static final String JUNIT = "junit.xml";
    public static final String FEEDBACK = "feedback.md";
    public static final String HTML = "report.html";

    private Reports() {
    }

    public static void writeAll(SuiteSummary summary, List<TrajectoryResult> trajectories, Path outDir) {
        writeAll(ReportDocument.of(summary, trajectories), outDir);
    }

    public static void writeAll(ReportDocument document, Path outDir) {
        write(outDir.resolve(JSON), JsonReport.render(document));
        write(outDir.resolve(JUNIT), JUnitXmlReport.render(document.summary()));
        write(outDir.resolve(FEEDBACK), FeedbackReport.render(document.summary(), document.trajectories()));
        write(outDir.resolve(HTML), HtmlReport.render(document.summary()));
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

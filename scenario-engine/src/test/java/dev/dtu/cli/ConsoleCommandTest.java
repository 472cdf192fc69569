package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dtu console DIR} refuses a folder that is not a sweep's report, in one line with exit 2. */
class ConsoleCommandTest {
    @Test
    void aFolderWithoutAReportIsOneLineAndExit2(@TempDir Path dir) {
        RecordingCommandsTest.Run r = RecordingCommandsTest.dtu("console", dir.toString(), "--port", "0");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("dtu console: " + dir + " holds no report.json"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}

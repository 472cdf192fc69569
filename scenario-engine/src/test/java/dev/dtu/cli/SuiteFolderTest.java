package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep never writes its reports inside the suite folder it sweeps (the next sweep would read them). */
class SuiteFolderTest {
    @TempDir
    Path suite;

    @Test
    void reportsInsideTheSweptSuiteAreRefused() throws Exception {
        Files.writeString(suite.resolve("a.yaml"), Files.readString(TriageSuiteTest.SUITE.resolve("question-is-not-a-ticket.yaml")));
        Path out = suite.resolve("rep");
        assertEquals(2, Dtu.run("sweep", suite.toString(), "--trajectories", "1", "--out", out.toString()));
        assertFalse(Files.exists(out), "nothing was written");
        assertEquals(2, Dtu.run("converge", suite.toString(), "--trajectories", "1", "--out", suite.toString()));
    }
}

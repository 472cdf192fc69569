package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The intervals on commons-math's Normal and Beta distributions equal, to 1e-9, what the hand-written Normal,
 * log-Gamma and incomplete Beta they replaced computed, over a grid of successes (whole and graded), trials
 * (1 to 10,000) and confidences (0.5 to 0.999). The grid was written by the old code before it was removed.
 */
class LibraryIntervalsTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void wilsonAndJeffreysEqualTheHandWrittenOnesOverTheGrid() throws IOException {
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream("/stats/intervals-before-commons-math.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertTrue(rows.size() > 4_000, "the grid is there: " + rows.size());
        int wilson = 0;
        for (String row : rows) {
            String[] f = row.split(",");
            double successes = Double.parseDouble(f[1]);
            long n = Long.parseLong(f[2]);
            double confidence = Double.parseDouble(f[3]);
            Interval got = f[0].equals("wilson") ? Wilson.interval((long) successes, n, confidence)
                    : Jeffreys.interval(successes, n, confidence);
            wilson += f[0].equals("wilson") ? 1 : 0;
            assertEquals(Double.parseDouble(f[4]), got.lower(), TOLERANCE, row);
            assertEquals(Double.parseDouble(f[5]), got.upper(), TOLERANCE, row);
        }
        assertTrue(wilson > 1_000 && wilson < rows.size(), "both intervals are covered");
    }
}

package dev.dtu.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.universe.UniverseClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * libfaketime's file for an app started at L reads "+N xK": the app's time is L + N + (real − L) × K. The
 * engine writes N so that this is the universe's time.
 */
class AppClockTest {
    private static final Instant LAUNCHED = Instant.parse("2026-12-07T12:00:00Z");

    /** What libfaketime makes of the file at real time {@code real}, for a process that started at {@code start}. */
    private static Instant appTime(String content, Instant start, Instant real) {
        String[] parts = content.split(" x");
        double n = Double.parseDouble(parts[0]);
        double k = Double.parseDouble(parts[1]);
        double seconds = n + Duration.between(start, real).toNanos() / 1e9 * k;
        return start.plusNanos(Math.round(seconds * 1e9));
    }

    @Test
    void anAppStartedWhenTheEngineStartedItReadsTheUniversesTime() {
        for (double scale : new double[] {1, 2.5, 10, 100}) {
            Instant real = LAUNCHED.plusSeconds(7);
            Instant universe = Instant.parse("2027-03-01T09:00:00Z");
            UniverseClock.Reading reading = new UniverseClock.Reading(universe, scale, Duration.between(real, universe));
            String content = AppClock.content(reading, LAUNCHED);
            assertTrue(content.matches("[+-]\\d+\\.\\d{6} x[\\d.]+"), content);
            Instant later = real.plusMillis(1500);
            Instant universeLater = universe.plusNanos(Math.round(1.5e9 * scale));
            assertEquals(0, Duration.between(universeLater, appTime(content, LAUNCHED, later)).toMillis(), content);
        }
    }

    @Test
    void aProcessStartedLaterRunsBehindByItsDelayTimesTheRateLessOne() {
        Instant real = LAUNCHED.plusSeconds(1);
        UniverseClock.Reading reading = new UniverseClock.Reading(real.plusSeconds(60), 10, Duration.ofSeconds(60));
        String content = AppClock.content(reading, LAUNCHED);
        Instant child = LAUNCHED.plusMillis(100);
        Duration behind = Duration.between(appTime(content, child, real), appTime(content, LAUNCHED, real));
        assertEquals(900, behind.toMillis(), "(10 - 1) x 100 ms");
    }

    @Test
    void theFileIsRewrittenWholeOnEveryChange() throws Exception {
        UniverseClock.Reading first = new UniverseClock.Reading(Instant.now(), 1, Duration.ZERO);
        try (AppClock clock = AppClock.start(first)) {
            assertTrue(Files.readString(clock.file()).endsWith(" x1\n"));
            clock.follow(new UniverseClock.Reading(Instant.now().plusSeconds(3600), 10, Duration.ofHours(1)));
            String content = Files.readString(clock.file()).trim();
            assertTrue(content.endsWith(" x10") && Double.parseDouble(content.split(" ")[0]) > 3590, content);
        }
    }

    @Test
    void aMissingLibraryNamesThePackagesToInstall(@TempDir Path dir) {
        assertEquals(java.util.Optional.empty(), FakeTime.find(List.of(dir.resolve("libfaketime.so.1"))));
        FakeTime.Missing missing = new FakeTime.Missing("x");
        assertEquals("x", missing.getMessage());
        if (FakeTime.find(FakeTime.PLACES).isEmpty() && System.getenv(FakeTime.OVERRIDE) == null) {
            String message = assertThrows(FakeTime.Missing.class, FakeTime::library).getMessage();
            assertTrue(message.contains("'faketime'") && message.contains("libfaketime"), message);
        }
    }

    @Test
    void thePreloadKeepsWhatWasPreloadedAndFakesTheMonotonicClock() {
        var env = FakeTime.env(Path.of("/lib/libfaketime.so.1"), Path.of("/tmp/f.rc"), "/lib/other.so");
        assertEquals("/lib/libfaketime.so.1 /lib/other.so", env.get("LD_PRELOAD"));
        assertEquals("/tmp/f.rc", env.get("FAKETIME_TIMESTAMP_FILE"));
        assertEquals("0", env.get("FAKETIME_CACHE_DURATION"), "re-read once a second, not on every clock call");
        assertEquals(null, env.get("FAKETIME_NO_CACHE"));
        assertEquals("0", env.get("FAKETIME_DONT_FAKE_MONOTONIC"));
    }
}

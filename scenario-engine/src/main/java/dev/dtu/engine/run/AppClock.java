package dev.dtu.engine.run;

import dev.dtu.server.universe.UniverseClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The app's clock, kept on its universe's through libfaketime's timestamp file. libfaketime reads
 * {@code "+N xK"} as: the process's start time plus N seconds, then K seconds per real second since that start.
 * The universe's time is {@code now + (real - realNow) × K}; both agree when N is worked out from the moment the
 * engine started the app ({@code launchedAt}) — so a process that starts later (a child the app spawns) runs
 * behind by (K − 1) × its delay. A jump of the universe is a new N, which a running app reads within a second
 * ({@link #awaitRead}).
 */
public final class AppClock implements AutoCloseable {
    private final Path file;
    private final Instant launchedAt;

    private AppClock(Path file, Instant launchedAt) {
        this.file = file;
        this.launchedAt = launchedAt;
    }

    /** A clock file at the universe's current reading, for an app started now. */
    static AppClock start(UniverseClock.Reading reading) {
        try {
            AppClock clock = new AppClock(Files.createTempFile("dtu-faketime-", ".rc"), Instant.now());
            clock.follow(reading);
            return clock;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write libfaketime's timestamp file", e);
        }
    }

    Path file() {
        return file;
    }

    /** Writes the time the universe shows in {@code reading}; replaced whole, so the app never reads half of it. */
    public void follow(UniverseClock.Reading reading) {
        try {
            Path next = Files.createTempFile(file.getParent(), "dtu-faketime-", ".tmp");
            Files.writeString(next, content(reading, launchedAt) + "\n");
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write libfaketime's timestamp file " + file, e);
        }
    }

    /**
     * Returns once every clock call the app makes reads what was last written: libfaketime re-reads the file on the
     * first call in a new second of real time ({@code FAKETIME_CACHE_DURATION=0}), so at most a second.
     */
    static void awaitRead() {
        long now = System.currentTimeMillis();
        try {
            Thread.sleep(1000 - Math.floorMod(now, 1000L) + READ_MARGIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Past the second's turn, for the kernel's clock and the sleep's own slack. */
    private static final long READ_MARGIN_MILLIS = 20;

    /** {@code "+N xK"} for an app started at {@code launchedAt}, N in seconds. */
    static String content(UniverseClock.Reading reading, Instant launchedAt) {
        Instant realNow = reading.now().minus(reading.offset());
        double sinceLaunch = seconds(Duration.between(launchedAt, realNow));
        double universeSinceLaunch = seconds(Duration.between(launchedAt, reading.now()));
        double offset = universeSinceLaunch - sinceLaunch * reading.scale();
        return String.format(Locale.ROOT, "%+.6f x%s", offset, scale(reading.scale()));
    }

    private static String scale(double k) {
        return k == Math.rint(k) ? Long.toString((long) k) : String.format(Locale.ROOT, "%.6f", k);
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temp file left behind is harmless
        }
    }
}

package dev.dtu.engine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libfaketime, preloaded into an app the engine starts so the app's clock follows its universe's: the rate and
 * the offset come from a file the engine rewrites ({@code FAKETIME_TIMESTAMP_FILE}), and the monotonic clock is
 * faked too, so sleeps and timeouts run at the rate. {@code FAKETIME_CACHE_DURATION=0} has the app re-read the file
 * on its first clock call in each new second of real time ({@link AppClock#awaitRead}): {@code FAKETIME_NO_CACHE}
 * re-read it on every call — an open, read, close and parse behind every {@code System.nanoTime()} — which made
 * 400,000 clock reads of a JVM take 44 s instead of 1 s, so a JVM app under it ran many times slower than the
 * rate explains.
 */
public final class FakeTime {
    /** Where Debian, Fedora, Alpine and Homebrew put the library. */
    static final List<Path> PLACES = List.of(
            Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"),
            Path.of("/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"),
            Path.of("/usr/lib/faketime/libfaketime.so.1"),
            Path.of("/usr/lib64/faketime/libfaketime.so.1"),
            Path.of("/usr/local/lib/faketime/libfaketime.so.1"),
            Path.of("/opt/homebrew/lib/faketime/libfaketime.1.dylib"),
            Path.of("/usr/local/lib/faketime/libfaketime.1.dylib"));

    /** Overrides the search: the path of libfaketime itself. */
    public static final String OVERRIDE = "DTU_LIBFAKETIME";

    private FakeTime() {}

    /** libfaketime is not installed: the run cannot control the app's clock (exit 2, the user's setup). */
    public static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message);
        }
    }

    /** The library, from {@value #OVERRIDE} or the usual folders. */
    public static Path library() {
        String override = System.getenv(OVERRIDE);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isRegularFile(p)) {
                throw new Missing(OVERRIDE + "=" + override + " names no file");
            }
            return p;
        }
        return find(PLACES).orElseThrow(() -> new Missing("this scenario runs the app's clock at a rate or moves it "
                + "(timeScale, --time-scale, advance or at), which needs libfaketime, and it is not installed (looked in "
                + String.join(", ", PLACES.stream().map(Path::toString).toList()) + "); install the Debian/Ubuntu package "
                + "'faketime' (apt-get install faketime), Homebrew's 'libfaketime' (brew install libfaketime), or set "
                + OVERRIDE + " to the library's path"));
    }

    static java.util.Optional<Path> find(List<Path> places) {
        return places.stream().filter(Files::isRegularFile).findFirst();
    }

    /** The environment that preloads {@code library} reading its time from {@code file}. */
    static Map<String, String> env(Path library, Path file, String existingPreload) {
        Map<String, String> env = new LinkedHashMap<>();
        boolean mac = library.toString().endsWith(".dylib");
        String preloadVar = mac ? "DYLD_INSERT_LIBRARIES" : "LD_PRELOAD";
        String separator = mac ? ":" : " ";
        env.put(preloadVar, existingPreload == null || existingPreload.isBlank() ? library.toString()
                : library + separator + existingPreload);
        if (mac) {
            env.put("DYLD_FORCE_FLAT_NAMESPACE", "1");
        }
        env.put("FAKETIME_TIMESTAMP_FILE", file.toString());
        env.put("FAKETIME_CACHE_DURATION", "0");
        env.put("FAKETIME_DONT_FAKE_MONOTONIC", "0");
        return env;
    }
}

package dev.dtu.engine.sweep;

/** The seed of trajectory {@code index} of a scenario in a sweep: stable across machines and JVMs. */
public final class Seeds {
    private Seeds() {}

    public static long of(long masterSeed, String scenarioId, int index) {
        long h = masterSeed;
        for (int i = 0; i < scenarioId.length(); i++) {
            h = mix(h ^ scenarioId.charAt(i));
        }
        // Kept non-negative so seeds read well in replay commands.
        return mix(h ^ mix(index + 0x9E3779B97F4A7C15L)) & Long.MAX_VALUE;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

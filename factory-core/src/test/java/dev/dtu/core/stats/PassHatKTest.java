package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PassHatKTest {

    @Test
    void knownValues() {
        assertEquals(0.8, PassHatK.of(10, 8, 1), 1e-15);
        assertEquals(56.0 / 90.0, PassHatK.of(10, 8, 2), 1e-15); // C(8,2)/C(10,2) = 28/45
        assertEquals(336.0 / 720.0, PassHatK.of(10, 8, 3), 1e-15); // 8·7·6 / (10·9·8)
        assertEquals(0.0, PassHatK.of(10, 3, 4));
        assertEquals(1.0, PassHatK.of(5, 5, 5));
    }

    @Test
    void undefinedWhenThereAreFewerTrajectoriesThanK() {
        assertThrows(IllegalArgumentException.class, () -> PassHatK.of(3, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> PassHatK.of(3, 2, 0));
        assertEquals(3, PassHatK.curve(3, 2).size());
        assertEquals(PassHatK.MAX_K, PassHatK.curve(50, 2).size());
        assertTrue(PassHatK.curve(0, 0).isEmpty());
    }

    @Test
    void suiteMeanSkipsScenariosThatCannotDefineK() {
        List<ScoreTally> scenarios = List.of(tally(10, 5), tally(2, 2));
        assertEquals((0.5 + 1.0) / 2, PassHatK.meanOverScenarios(scenarios, 1).getAsDouble(), 1e-15);
        assertEquals(PassHatK.of(10, 5, 3), PassHatK.meanOverScenarios(scenarios, 3).getAsDouble(), 1e-15);
        assertEquals(OptionalDouble.empty(), PassHatK.meanOverScenarios(scenarios, 11));
    }

    @Property(tries = 300)
    void equalsTheFractionOfAllKSubsetsThatAllPass(
            @ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll @IntRange(min = 0, max = 12) int cRaw,
            @ForAll @IntRange(min = 1, max = 8) int k) {
        int c = Math.min(cRaw, n);
        if (k > n) {
            return;
        }
        // Trajectories 0..c-1 passed; enumerate every k-subset as a bit mask.
        int allPass = 0;
        int subsets = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == k) {
                subsets++;
                allPass += (mask & ~((1 << c) - 1)) == 0 ? 1 : 0;
            }
        }
        assertEquals(allPass / (double) subsets, PassHatK.of(n, c, k), 1e-12);
    }

    @Property(tries = 200)
    void passOneIsTheMeanAndTheCurveNeverRises(@ForAll @IntRange(min = 1, max = 500) int n, @ForAll @IntRange(min = 0, max = 500) int cRaw) {
        int c = Math.min(cRaw, n);
        List<PassK> curve = PassHatK.curve(n, c);
        assertEquals(c / (double) n, curve.get(0).value(), 1e-15);
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).value() <= curve.get(i - 1).value());
            assertEquals(i + 1, curve.get(i).k());
        }
    }

    @Property(tries = 100)
    void meanCurveEqualsTheMeanOverScenariosAtEveryK(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 12) Integer> sizes) {
        List<ScoreTally> tallies = sizes.stream().map(n -> tally(n, n / 2)).toList();
        List<PassK> curve = PassHatK.meanCurve(tallies.stream().map(t -> PassHatK.curve(t.n(), t.satisfied())).toList());
        for (int k = 1; k <= PassHatK.MAX_K; k++) {
            OptionalDouble expected = PassHatK.meanOverScenarios(tallies, k);
            int kk = k;
            OptionalDouble actual = curve.stream().filter(p -> p.k() == kk).mapToDouble(PassK::value).findFirst();
            assertEquals(expected.isPresent(), actual.isPresent(), "k=" + k);
            if (expected.isPresent()) {
                assertEquals(expected.getAsDouble(), actual.getAsDouble(), 1e-15);
            }
        }
    }

    static ScoreTally tally(long n, long satisfied) {
        return new ScoreTally(n, satisfied, satisfied);
    }
}

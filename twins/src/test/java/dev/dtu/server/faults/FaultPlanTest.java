package dev.dtu.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    static FaultRule error(String twin, String operation, String path, Double probability, Integer count) {
        return new FaultRule(twin, operation, path, null, "error", 503, null, null, null, null, probability, count);
    }

    @Test
    void matchesByTwinOperationMethodAndGlob() {
        FaultRule rule = new FaultRule("okta", null, "/api/v1/users/*", "GET", "drop", null, null, null, null, null, null, null);
        assertTrue(rule.matches("okta", "getUser", "GET", "/api/v1/users/00u1"));
        assertTrue(!rule.matches("okta", "getUser", "GET", "/api/v1/users/00u1/groups"), "* stays within a segment");
        assertTrue(!rule.matches("okta", "getUser", "POST", "/api/v1/users/00u1"));
        assertTrue(!rule.matches("slack", "getUser", "GET", "/api/v1/users/00u1"));
        FaultRule deep = new FaultRule(null, null, "/api/**", null, "drop", null, null, null, null, null, null, null);
        assertTrue(deep.matches("any", "x", "GET", "/api/v1/users/00u1/groups"));
    }

    @Test
    void countLimitsHowOftenARuleFires() {
        FaultPlan plan = new FaultPlan(new FaultConfig(1L, List.of(error("slack", "chat.postMessage", null, null, 2))));
        int hits = 0;
        for (int i = 0; i < 10; i++) {
            if (plan.decide("slack", "chat.postMessage", "POST", "/api/chat.postMessage").fault() != null) {
                hits++;
            }
        }
        assertEquals(2, hits);
        assertEquals(List.of(2), plan.firedCounts());
    }

    @Test
    void latencyAddsUpAndDoesNotStopTheRequest() {
        Latency fixed = new Latency("fixed", 30.0, null, null, null, null);
        FaultRule slow = new FaultRule(null, null, null, null, "latency", null, null, null, fixed, null, null, null);
        FaultPlan plan = new FaultPlan(new FaultConfig(1L, List.of(slow, slow)));
        FaultPlan.Decision d = plan.decide("jira", "getIssue", "GET", "/rest/api/3/issue/A-1");
        assertEquals(60, d.delayMillis());
        assertNull(d.fault());
    }

    @Property(tries = 20)
    void theSameSeedDrawsTheSameFaults(@ForAll long seed, @ForAll @DoubleRange(min = 0.05, max = 0.95) double p) {
        assertEquals(draws(seed, p), draws(seed, p));
    }

    @Property(tries = 10)
    void probabilityIsHonouredOnAverage(@ForAll @IntRange(min = 1, max = 9) int tenths) {
        double p = tenths / 10.0;
        List<Boolean> hits = draws(new Random(tenths).nextLong(), p);
        double rate = hits.stream().filter(b -> b).count() / (double) hits.size();
        assertEquals(p, rate, 0.05, "2000 draws at p=" + p);
    }

    private static List<Boolean> draws(long seed, double p) {
        FaultPlan plan = new FaultPlan(new FaultConfig(seed, List.of(error(null, null, null, p, null))));
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            out.add(plan.decide("t", "op", "GET", "/x").fault() != null);
        }
        return out;
    }

    @Property(tries = 50)
    void latencyDrawsAreNeverNegative(@ForAll long seed) {
        Latency normal = new Latency("normal", null, null, null, 5.0, 50.0);
        Latency uniform = new Latency("uniform", null, 10.0, 20.0, null, null);
        Random r = new Random(seed);
        long u = uniform.drawMillis(r);
        assertTrue(normal.drawMillis(r) >= 0);
        assertTrue(u >= 10 && u <= 20);
    }

    @Test
    void badRulesAreRejectedWithTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FaultRule(null, null, null, null, "explode", null, null, null, null, null, null, null));
        assertTrue(e.getMessage().contains("action"));
        assertThrows(IllegalArgumentException.class,
                () -> new FaultRule(null, null, null, null, "error", 200, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new FaultRule(null, null, null, null, "error", 500, null, null, null, null, 1.5, null));
        assertThrows(IllegalArgumentException.class, () -> new Latency("uniform", null, 5.0, 1.0, null, null));
    }

    @Test
    void rateCounterAllowsPermitsPerWindowThenSaysWhenToRetry() {
        RateCounter counter = new RateCounter();
        var limit = new dev.dtu.server.twin.RateLimitPolicy.Limit("chat.postMessage:C1", 1, 1000);
        assertEquals(0, counter.acquire("slack", limit, 10_000));
        assertEquals(1, counter.acquire("slack", limit, 10_100));
        assertEquals(0, counter.acquire("slack", limit, 11_000), "a new window");
        var other = new dev.dtu.server.twin.RateLimitPolicy.Limit("chat.postMessage:C2", 1, 1000);
        assertEquals(0, counter.acquire("slack", other, 11_000), "buckets are separate");
    }
}

package dev.dtu.server.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The faults in force for one universe, with the seeded random source that draws them, so the same
 * requests in the same order meet the same faults.
 */
public final class FaultPlan {
    private final FaultConfig config;
    private final Random random;
    private final int[] fired;

    public FaultPlan(FaultConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
        this.fired = new int[config.rules().size()];
    }

    public FaultConfig config() {
        return config;
    }

    /** What happens to this request: total added latency, then at most one terminating fault. */
    public Decision decide(String twin, String operation, String method, String path) {
        return config.rules().isEmpty() ? Decision.NONE : draw(twin, operation, method, path);
    }

    /** Whether no rule is in force: no request of this universe can be delayed or failed. */
    public boolean isEmpty() {
        return config.rules().isEmpty();
    }

    private synchronized Decision draw(String twin, String operation, String method, String path) {
        long delay = 0;
        List<FaultRule> rules = config.rules();
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            if (!rule.matches(twin, operation, method, path) || exhausted(i, rule) || !draw(rule)) {
                continue;
            }
            fired[i]++;
            if (rule.action().equals("latency")) {
                delay += rule.latency().drawMillis(random);
            } else {
                return new Decision(delay, rule);
            }
        }
        return new Decision(delay, null);
    }

    /** How often each rule has fired so far, in rule order. */
    public synchronized List<Integer> firedCounts() {
        List<Integer> out = new ArrayList<>();
        for (int f : fired) {
            out.add(f);
        }
        return out;
    }

    private boolean exhausted(int index, FaultRule rule) {
        return rule.count() != null && fired[index] >= rule.count();
    }

    private boolean draw(FaultRule rule) {
        double chance = rule.chance();
        return chance >= 1.0 || random.nextDouble() < chance;
    }

    /** @param fault the terminating rule (error, drop, rateLimit), or null to serve normally */
    public record Decision(long delayMillis, FaultRule fault) {
        static final Decision NONE = new Decision(0, null);
    }
}

package dev.dtu.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/** One thing that happens in a trajectory, in order. */
public sealed interface Step {
    /** What reports call the step. */
    String label();

    /** Shrinking never drops an essential step. */
    boolean essential();

    /** A person acting in a twin: {@code METHOD /_dtu/universes/{id}/{twin}/{path}} with a JSON body. */
    record Act(String label, boolean essential, String twin, String method, String path, JsonNode body, String save)
            implements Step {}

    /**
     * A request to the app under test with the given headers (values templated, e.g. a stale timestamp or a bad
     * signature); {@code save} keeps the answer for judges under that name.
     */
    record Http(String label, boolean essential, String method, String path, java.util.Map<String, String> headers,
                JsonNode body, Integer expectStatus, String save) implements Step {}

    /** Waits until a JavaScript condition over state, journal, vars and responses holds. */
    record Wait(String label, boolean essential, String until, long timeoutMs) implements Step {}

    /** Replaces the universe's fault rules from here on. */
    record Faults(String label, boolean essential, JsonNode rules) implements Step {}

    /** Changes universe settings from here on (rate limits, retry delay scale). */
    record Settings(String label, boolean essential, JsonNode settings) implements Step {}

    /**
     * Jumps the universe's clock (and the app's) forward: timers due meanwhile fire in order (scheduled messages
     * post, delivery retries go), tokens issued before expire as they would have.
     */
    record Advance(String label, boolean essential, java.time.Duration by) implements Step {}

    /** Sets the universe's clock (and the app's) to a time: a world that starts on a Monday at 09:00. */
    record At(String label, boolean essential, java.time.Instant at) implements Step {}
}

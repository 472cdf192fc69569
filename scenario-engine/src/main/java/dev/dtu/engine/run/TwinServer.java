package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.engine.judge.StateSource;
import dev.dtu.server.universe.Universes;
import java.time.Duration;

/**
 * The twins a sweep runs against: an embedded universe server on a free loopback port ({@link #embedded()}), or a
 * {@code dtu serve} already running elsewhere, driven through its admin API ({@link #remote(String)}). The sweep
 * needs the same of both: universes (create, snapshot, restore, delete), their state and journal, faults and
 * settings, and a way to wait for an app to act.
 */
public interface TwinServer extends AutoCloseable {
    static TwinServer embedded() {
        return EmbeddedTwins.start();
    }

    /**
     * @param url the server's root, e.g. {@code http://twins:8080}
     * @throws IllegalStateException when no DTU server answers there
     */
    static TwinServer remote(String url) {
        return RemoteTwins.connect(url);
    }

    Universes universes();

    String url();

    default String adminUrl() {
        return url() + "/_dtu";
    }

    /** A person acting in a twin: {@code METHOD /_dtu/universes/{id}/{twin}/{path}}. */
    default HttpCalls.Answer act(String universeId, String twin, String method, String path, JsonNode body) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        return HttpCalls.send(method, adminUrl() + "/universes/" + universeId + "/" + twin + "/" + rel, body, Duration.ofSeconds(30));
    }

    /** Empties the universe's journal. */
    void clearJournal(String universeId);

    /** The universe's change counter: it moves with every request served, delivery made or state written. */
    long version(String universeId);

    /** Waits until the counter moves past {@code seen} or the time is up; the counter then. */
    long awaitChange(String universeId, long seen, long timeoutMillis) throws InterruptedException;

    /** Waits until no request of the universe is being served; false when the time was up first. */
    boolean awaitQuiet(String universeId, long timeoutMillis) throws InterruptedException;

    /** The universe's state as judges' scripts read it. */
    StateSource stateSource(String universeId);

    @Override
    void close();
}

package dev.dtu.bench.serving;

import java.util.List;

/** A server under load: where it listens, the request mix it is sent, how it returns to its start state. */
public interface ServingTarget extends AutoCloseable {
    String name();

    String description();

    int port();

    /** chat.postMessage and conversations.history, alternating (a 1:1 mix). */
    List<WireRequest> mix();

    /** Back to the state the measurement starts from (so every round starts alike). */
    void reset();

    @Override
    void close();
}

package dev.dtu.bench.serving;

import java.util.List;

/** A server under load: where it listens, the request mix it is sent, how it returns to its start state. */
public interface ServingTarget extends AutoCloseable {
    String name();

    String description();

    int port();

    /** The channel and token the mix uses. */
    SlackMix slackMix();

    /** Where Slack's methods are: {@code /api/} or the twin's {@code /u/{universe}/slack/api/}. */
    String apiPrefix();

    /** chat.postMessage and conversations.history, alternating (a 1:1 mix). */
    default List<WireRequest> mix() {
        return slackMix().requests(port(), apiPrefix());
    }

    /** Back to the state the measurement starts from (so every round starts alike). */
    void reset();

    @Override
    void close();
}

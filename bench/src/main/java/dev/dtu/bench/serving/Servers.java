package dev.dtu.bench.serving;

import java.util.List;

/** The three servers every serving run measures, started together: the twin first, its answers stub WireMock. */
record Servers(TwinTarget twin, WireMockTarget wiremock, BareTarget bare) implements AutoCloseable {

    static Servers start(int connections) {
        TwinTarget twin = new TwinTarget();
        WireMockTarget wiremock = new WireMockTarget(twin.slackMix(), twin.sample("chat.postMessage"),
                twin.sample("conversations.history"), connections);
        return new Servers(twin, wiremock, new BareTarget(twin.slackMix()));
    }

    List<ServingTarget> all() {
        return List.of(twin, wiremock, bare);
    }

    @Override
    public void close() {
        twin.close();
        wiremock.close();
        bare.close();
    }
}

package dev.dtu.bench.serving;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;

/**
 * WireMock standalone, in process, serving stubs of the twin's own answers, with the settings its docs give
 * for load: request journal off, request logging off, Jetty threads sized for the connection count.
 */
public final class WireMockTarget implements ServingTarget {
    private final WireMockServer server;
    private final SlackMix mix;
    private final int threads;

    public WireMockTarget(SlackMix mix, String postAnswer, String historyAnswer, int threads) {
        this.mix = mix;
        this.threads = threads;
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .notifier(new ConsoleNotifier(false))
                .containerThreads(threads)
                .jettyAcceptors(1)
                .asynchronousResponseEnabled(false));
        server.start();
        stub("chat.postMessage", postAnswer);
        stub("conversations.history", historyAnswer);
    }

    private void stub(String method, String body) {
        server.stubFor(post(urlEqualTo("/api/" + method)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
    }

    @Override
    public String name() {
        return "WireMock 3.13.2";
    }

    @Override
    public String description() {
        return "standalone in process, request journal off, request logging off, " + threads
                + " container threads, 1 acceptor, stubs of the twin's answers";
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public SlackMix slackMix() {
        return mix;
    }

    @Override
    public String apiPrefix() {
        return "/api/";
    }

    @Override
    public void reset() {
        // stateless stubs: nothing to reset
    }

    @Override
    public void close() {
        server.stop();
    }
}

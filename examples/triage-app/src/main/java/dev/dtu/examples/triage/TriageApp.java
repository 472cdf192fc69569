package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A support-triage service, the kind of app a software factory produces: it listens to Slack's Events API,
 * files Jira bugs for bug reports in #support, replies in the thread, logs each ticket to a Google Sheet, and
 * closes the bug when a member of the Okta support group reacts with a check mark.
 *
 * <p>Routes: {@code POST /slack/events}, {@code GET /tickets}, {@code GET /health}, {@code POST /_reset}.
 */
public final class TriageApp {
    private final Config config;
    private final Triage triage;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    TriageApp(Config config) {
        this.config = config;
        ApiCall http = new ApiCall(config.hasBug("ignore-retry-after"));
        this.triage = new Triage(config,
                new SlackClient(config.slackApiUrl(), config.slackBotToken(), http),
                new JiraClient(config.jiraBaseUrl(), config.jiraEmail(), config.jiraApiToken(), http),
                new OktaClient(config.oktaOrgUrl(), config.oktaApiToken(), http),
                new SheetsClient(config.googleRootUrl(), config.googleAccessToken(), http));
    }

    public static void main(String[] args) throws IOException {
        TriageApp app = new TriageApp(Config.from(System.getenv()));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", app.config.port()), 64);
        server.createContext("/slack/events", app::events);
        server.createContext("/tickets", app::tickets);
        server.createContext("/health", ex -> reply(ex, 200, "{\"status\":\"ok\"}"));
        server.createContext("/_reset", app::reset);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("triage-app listening on " + app.config.port() + (app.config.bug().equals("none") ? "" : " with bug " + app.config.bug()));
    }

    private void events(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String ts = ex.getRequestHeaders().getFirst("X-Slack-Request-Timestamp");
        String sig = ex.getRequestHeaders().getFirst("X-Slack-Signature");
        if (!SlackSignature.valid(config.slackSigningSecret(), ts, sig, body, System.currentTimeMillis() / 1000)) {
            reply(ex, 401, "{\"error\":\"invalid signature\"}");
            return;
        }
        JsonNode envelope = ApiCall.JSON.readTree(body);
        if (envelope.path("type").asText().equals("url_verification")) {
            reply(ex, 200, ApiCall.JSON.createObjectNode().put("challenge", envelope.path("challenge").asText()).toString());
            return;
        }
        reply(ex, 200, "");
        // Slack wants an answer within 3 seconds: acknowledge first, work afterwards, in order.
        worker.submit(() -> triage.onEvent(envelope));
    }

    private void tickets(HttpExchange ex) throws IOException {
        reply(ex, 200, ApiCall.JSON.writeValueAsString(triage.tickets()));
    }

    private void reset(HttpExchange ex) throws IOException {
        try {
            worker.submit(triage::reset).get();
        } catch (Exception e) {
            reply(ex, 500, "{\"error\":\"reset failed\"}");
            return;
        }
        reply(ex, 204, null);
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}

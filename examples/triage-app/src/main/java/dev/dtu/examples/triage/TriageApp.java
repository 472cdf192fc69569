package dev.dtu.examples.triage;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A support-triage service, the kind of app a software factory produces: a Bolt for Java app that takes Slack's
 * events (over Socket Mode when it has an app-level token, else at {@code POST /slack/events}), files Jira bugs for
 * bug reports in #support, replies in the thread, logs each ticket to a Google Sheet, and closes the bug when a
 * member of the Okta support group reacts with a check mark.
 *
 * <p>Routes: {@code POST /slack/events}, {@code GET /tickets}, {@code GET /health}, {@code POST /_reset}.
 */
public final class TriageApp {
    private final Config config;
    private final Triage triage;
    private final App bolt;
    /**
     * Slack wants an answer within 3 seconds, so each event is acknowledged at once and worked on afterwards, by
     * one worker in the order the events came: a reaction is handled before a report that arrived after it.
     */
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());

    TriageApp(Config config) {
        this.config = config;
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl().endsWith("/") ? config.slackApiUrl() : config.slackApiUrl() + "/");
        Slack slack = Slack.getInstance(slackConfig);
        this.triage = new Triage(config,
                new SlackClient(slack.methods(config.slackBotToken()), config.hasBug("ignore-retry-after")),
                new JiraClient(config.jiraBaseUrl(), config.jiraEmail(), config.jiraApiToken()),
                new OktaClient(config.oktaOrgUrl(), config.oktaApiToken()),
                new SheetsClient(config.googleRootUrl(), () -> SheetsClient.credentials(config)));
        this.bolt = new App(AppConfig.builder().slack(slack)
                .singleTeamBotToken(config.slackBotToken())
                .signingSecret(config.slackSigningSecret())
                .allEventsApiAutoAckEnabled(true) // events the app does not handle are acknowledged, not retried
                .build());
        bolt.event(MessageEvent.class, (payload, ctx) -> later(payload, ctx, () -> triage.onMessage(payload.getEvent())));
        bolt.event(ReactionAddedEvent.class, (payload, ctx) -> later(payload, ctx, () -> triage.onReaction(payload.getEvent())));
    }

    public static void main(String[] args) throws Exception {
        TriageApp app = new TriageApp(Config.from(System.getenv()));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", app.config.port()), 64);
        server.createContext("/slack/events", app::events);
        server.createContext("/tickets", app::tickets);
        server.createContext("/health", ex -> reply(ex, 200, "application/json", "{\"status\":\"ok\"}"));
        server.createContext("/_reset", app::reset);
        server.setExecutor(Executors.newFixedThreadPool(4));
        String mode = "events at /slack/events";
        if (app.config.slackAppToken().isPresent()) {
            new SocketModeApp(app.config.slackAppToken().get(), app.bolt).startAsync();
            mode = "Socket Mode";
        } else {
            app.bolt.start();
        }
        server.start();
        System.out.println("triage-app listening on " + app.config.port() + " (" + mode + ")"
                + (app.config.bug().equals("none") ? "" : " with bug " + app.config.bug()));
    }

    private <E extends com.slack.api.model.event.Event> Response later(EventsApiPayload<E> payload, EventContext ctx,
                                                                        Runnable work) {
        if (triage.firstTime(payload.getEventId())) {
            worker.submit(work);
        }
        return ctx.ack();
    }

    /** Slack's HTTP deliveries, handed to Bolt, which checks their signature and answers url_verification. */
    private void events(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new java.util.HashMap<>();
        ex.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
        Request<?> request = new SlackRequestParser(bolt.config()).parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(ex.getRequestURI().getPath()).queryString(Map.of()).requestBody(body)
                .headers(new RequestHeaders(headers)).remoteAddress(ex.getRemoteAddress().getHostString()).build());
        Response response;
        try {
            response = bolt.run(request);
        } catch (Exception e) {
            reply(ex, 500, "application/json", "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
            return;
        }
        reply(ex, response.getStatusCode(), response.getContentType(), response.getBody());
    }

    private void tickets(HttpExchange ex) throws IOException {
        reply(ex, 200, "application/json", JiraClient.JSON.writeValueAsString(triage.tickets()));
    }

    /** Events still waiting belong to the world before the reset: they are dropped, not worked on. */
    private void reset(HttpExchange ex) throws IOException {
        worker.getQueue().clear();
        try {
            worker.submit(triage::reset).get();
        } catch (Exception e) {
            reply(ex, 500, "application/json", "{\"error\":\"reset failed\"}");
            return;
        }
        reply(ex, 204, "application/json", null);
    }

    private static void reply(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType == null ? "application/json" : contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package dev.dtu.twins.jira.webhooks;

import dev.dtu.server.delivery.Delivery;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.jira.api.IssueViews;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.IssueView;
import dev.dtu.twins.jira.model.JiraEvent;
import dev.dtu.twins.jira.model.JiraKinds;
import dev.dtu.twins.jira.model.SiteJql;
import dev.dtu.twins.jira.model.Webhook;
import dev.dtu.twins.jira.model.jql.Jql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sends each committed event to every webhook that listens for it and whose JQL filter matches the issue. */
public final class WebhookDispatcher {
    /** Jira retries failed deliveries for up to about 30 minutes; these delays are scaled per universe. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
            Duration.ofMinutes(8), Duration.ofMinutes(15));
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * Jira retries only these answers (and failed or timed-out connections); any other status ends the delivery
     * ("Retry policy", Jira Cloud platform webhooks docs).
     */
    static final Set<Integer> RETRIED = Set.of(408, 409, 425, 429);

    static boolean retried(int status) {
        return RETRIED.contains(status) || status >= 500;
    }

    private WebhookDispatcher() {}

    public static void dispatch(Universe universe, List<JiraEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Directory dir = new Directory(universe.state());
        List<Webhook> hooks = dir.webhooks();
        if (hooks.isEmpty()) {
            return;
        }
        WebhookPayloads payloads = new WebhookPayloads(new IssueViews(universe.twinUrl(JiraKinds.TWIN), dir));
        SiteJql jql = new SiteJql(dir, Optional.empty(), universe.clock());
        for (JiraEvent event : events) {
            for (Webhook hook : hooks) {
                if (listens(hook, event, jql, universe.clock().millis())) {
                    universe.deliveries().send(universe, delivery(hook, event, Json.bytes(payloads.of(event, hook))));
                }
            }
        }
    }

    static boolean listens(Webhook hook, JiraEvent event, SiteJql jql, long nowMillis) {
        if (!hook.events().contains(event.webhookEvent()) || (hook.dynamic() && hook.expirationDate() < nowMillis)) {
            return false;
        }
        if (!hook.fieldIdsFilter().isEmpty() && event.webhookEvent().equals(JiraEvent.ISSUE_UPDATED)
                && (event.changelog() == null || event.changelog().items().stream().noneMatch(i -> hook.fieldIdsFilter().contains(i.fieldId())))) {
            return false;
        }
        return hook.jqlFilter() == null || hook.jqlFilter().isBlank() || matches(hook.jqlFilter(), event, jql);
    }

    private static boolean matches(String filter, JiraEvent event, SiteJql jql) {
        try {
            return Jql.parse(filter).matches(new IssueView(event.issue(), jql.dir()), jql);
        } catch (RuntimeException e) {
            return false; // a filter that no longer validates matches nothing
        }
    }

    static Delivery delivery(Webhook hook, JiraEvent event, byte[] body) {
        String identifier = identifier(hook, body);
        Delivery.HeaderPlan headers = (attempt, reason) -> {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("X-Atlassian-Webhook-Identifier", identifier);
            h.put("X-Atlassian-Webhook-Flow", "Primary");
            if (attempt > 0) {
                h.put("X-Atlassian-Webhook-Retry", Integer.toString(attempt));
            }
            if (hook.secret() != null && !hook.secret().isEmpty()) {
                h.put("X-Hub-Signature", Signature.of(hook.secret(), body));
            }
            h.put("User-Agent", "Atlassian Webhook HTTP Client");
            return h;
        };
        return new Delivery(JiraKinds.TWIN, event.webhookEvent(), hook.url(), "application/json; charset=utf-8", body, headers,
                RETRY_DELAYS, TIMEOUT, WebhookDispatcher::retried);
    }

    /** Unique per webhook and event, unchanged across retries. */
    private static String identifier(Webhook hook, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(hook.id().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

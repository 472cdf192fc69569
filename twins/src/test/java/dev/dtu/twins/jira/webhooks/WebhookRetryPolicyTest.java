package dev.dtu.twins.jira.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.delivery.Delivery;
import dev.dtu.twins.jira.model.JiraEvent;
import dev.dtu.twins.jira.model.Webhook;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jira retries a webhook only on 408, 409, 425, 429, 5xx or no answer; a 4xx like 400 or 410 ends it. */
class WebhookRetryPolicyTest {
    private final Delivery delivery = WebhookDispatcher.delivery(
            new Webhook("1", "app", "http://127.0.0.1:1/hook", List.of(JiraEvent.ISSUE_CREATED), "", List.of(), null, false, null, 0),
            new JiraEvent(JiraEvent.ISSUE_CREATED, "issue_created", null, null, null, "a", Instant.EPOCH), "{}".getBytes());

    @Test
    void retriesWhatJiraRetries() {
        for (int status : new int[] {408, 409, 425, 429, 500, 502, 503, 504, 0}) {
            assertTrue(delivery.retries(status), "retries " + status);
        }
    }

    @Test
    void doesNotRetryOtherFailures() {
        for (int status : new int[] {301, 400, 401, 403, 404, 410, 413, 422}) {
            assertFalse(delivery.retries(status), "gives up on " + status);
        }
        assertEquals(5, delivery.retryDelays().size(), "the delays stay Jira's");
    }
}

package dev.dtu.twins.jira.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.jira.api.FieldSelection;
import dev.dtu.twins.jira.api.IssueViews;
import dev.dtu.twins.jira.model.JiraEvent;
import dev.dtu.twins.jira.model.Webhook;
import java.util.List;
import java.util.Set;

/**
 * Webhook bodies in Jira's shape: timestamp, webhookEvent, and for issue events issue_event_type_name, user,
 * issue and changelog; comment events carry the comment and a short form of its issue.
 */
public record WebhookPayloads(IssueViews views) {
    private static final FieldSelection ALL = FieldSelection.parse(List.of(), "*all");
    private static final FieldSelection SHORT = FieldSelection.parse(
            List.of("summary", "issuetype", "project", "assignee", "priority", "status"), "id");

    public ObjectNode of(JiraEvent event, Webhook webhook) {
        ObjectNode n = dev.dtu.server.http.Json.object();
        n.put("timestamp", event.at().toEpochMilli());
        n.put("webhookEvent", event.webhookEvent());
        if (event.webhookEvent().startsWith("jira:")) {
            issueEvent(n, event);
        } else {
            n.set("comment", views.comment(event.comment(), false));
            n.set("issue", views.issue(event.issue(), SHORT, Set.of()).without("expand"));
        }
        if (webhook.dynamic()) {
            n.putArray("matchedWebhookIds").add(Long.parseLong(webhook.id()));
        }
        return n;
    }

    private void issueEvent(ObjectNode n, JiraEvent event) {
        n.put("issue_event_type_name", event.issueEventTypeName());
        n.set("user", views.views().userOrNull(event.actorAccountId()));
        n.set("issue", views.issue(event.issue(), ALL, Set.of()).without("expand"));
        if (event.changelog() != null) {
            ObjectNode changelog = views.changelog(event.changelog());
            changelog.remove("author");
            changelog.remove("created");
            n.set("changelog", changelog);
        }
        if (event.comment() != null) {
            n.set("comment", views.comment(event.comment(), false));
        }
    }
}

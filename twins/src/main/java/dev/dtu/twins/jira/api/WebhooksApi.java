package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraEvent;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Webhook;
import dev.dtu.twins.jira.model.jql.Jql;
import dev.dtu.twins.jira.model.jql.JqlSyntaxException;
import dev.dtu.twins.jira.model.jql.JqlValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Dynamic webhooks: registered by the app with a JQL filter, listed, refreshed and deleted by id. */
final class WebhooksApi {
    static final Set<String> EVENTS = Set.of(JiraEvent.ISSUE_CREATED, JiraEvent.ISSUE_UPDATED, JiraEvent.ISSUE_DELETED,
            JiraEvent.COMMENT_CREATED, JiraEvent.COMMENT_UPDATED, JiraEvent.COMMENT_DELETED);
    /** "Webhooks registered through the REST API expire after 30 days" (Jira webhooks documentation). */
    static final Duration LIFETIME = Duration.ofDays(30);

    private WebhooksApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/3/webhook", appOnly(WebhooksApi::register))
                .get("/rest/api/3/webhook", appOnly(WebhooksApi::list))
                .delete("/rest/api/3/webhook", appOnly(WebhooksApi::delete))
                .put("/rest/api/3/webhook/refresh", appOnly(WebhooksApi::refresh));
    }

    /**
     * "Only Connect and OAuth 2.0 apps can use this operation" (Webhooks API docs): a person's API token is refused
     * with 403 before the body is read; the twin's app calls with its OAuth bearer token.
     */
    private static Handler appOnly(Handler h) {
        return c -> {
            if (!Auth.viaApp(c.call())) {
                throw JiraException.message(403, "Only apps can access this resource.");
            }
            return h.handle(c);
        };
    }

    static Response register(ApiCall c) {
        JsonNode body = c.objectBody();
        String url = body.path("url").asText("");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw JiraException.field("url", "The URL must be a valid absolute URL.");
        }
        if (!body.path("webhooks").isArray() || body.path("webhooks").isEmpty()) {
            throw JiraException.field("webhooks", "At least one webhook must be provided.");
        }
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("webhookRegistrationResult");
        for (JsonNode details : body.path("webhooks")) {
            List<String> errors = problems(c, details);
            if (!errors.isEmpty()) {
                errors.forEach(results.addObject().putArray("errors")::add);
                continue;
            }
            Webhook w = c.write(site -> site.registerWebhook(c.actor().accountId(), url, strings(details.path("events")),
                    details.path("jqlFilter").asText(), strings(details.path("fieldIdsFilter")), expiry(c)));
            results.addObject().put("createdWebhookId", Long.parseLong(w.id()));
        }
        return Response.json(200, out);
    }

    private static List<String> problems(ApiCall c, JsonNode details) {
        List<String> errors = new ArrayList<>();
        List<String> events = strings(details.path("events"));
        if (events.isEmpty()) {
            errors.add("The webhook must have at least one event.");
        }
        events.stream().filter(e -> !EVENTS.contains(e)).forEach(e -> errors.add("Unsupported event: " + e));
        if (!details.path("jqlFilter").isTextual()) {
            errors.add("The JQL filter is required.");
            return errors;
        }
        try {
            Jql.parse(details.path("jqlFilter").asText()).validate(c.jql());
        } catch (JqlSyntaxException e) {
            errors.add(e.getMessage());
        } catch (JqlValidationException e) {
            errors.addAll(e.messages());
        }
        return errors;
    }

    static Response list(ApiCall c) {
        List<Webhook> mine = c.dir().webhooks().stream().filter(w -> w.dynamic() && c.actor().accountId().equals(w.ownerAccountId()))
                .toList();
        int startAt = Math.max(0, c.intQuery("startAt", 0));
        int maxResults = Math.clamp(c.intQuery("maxResults", 100), 1, 100);
        ObjectNode page = Json.object();
        page.put("startAt", startAt);
        page.put("maxResults", maxResults);
        page.put("total", mine.size());
        page.put("isLast", startAt + maxResults >= mine.size());
        ArrayNode values = page.putArray("values");
        mine.stream().skip(startAt).limit(maxResults).forEach(w -> values.add(view(w)));
        return Response.json(200, page);
    }

    private static ObjectNode view(Webhook w) {
        ObjectNode n = Json.object();
        n.put("id", Long.parseLong(w.id()));
        n.put("jqlFilter", w.jqlFilter());
        if (!w.fieldIdsFilter().isEmpty()) {
            w.fieldIdsFilter().forEach(n.putArray("fieldIdsFilter")::add);
        }
        w.events().forEach(n.putArray("events")::add);
        n.put("expirationDate", w.expirationDate());
        n.put("url", w.url());
        return n;
    }

    static Response delete(ApiCall c) {
        List<String> ids = ids(c);
        c.write(site -> {
            ids.forEach(site::deleteWebhook);
            return null;
        });
        return Response.empty(202);
    }

    static Response refresh(ApiCall c) {
        List<String> ids = ids(c);
        long expiry = expiry(c);
        c.write(site -> {
            ids.forEach(id -> site.refreshWebhook(id, expiry));
            return null;
        });
        return Response.json(200, Json.object().put("expirationDate", expiry));
    }

    /** The caller's own webhook ids from {"webhookIds":[...]}; others' are ignored, as Jira scopes them per app. */
    private static List<String> ids(ApiCall c) {
        JsonNode ids = c.objectBody().path("webhookIds");
        if (!ids.isArray()) {
            throw JiraException.field("webhookIds", "The webhook IDs must be provided.");
        }
        List<String> mine = new ArrayList<>();
        ids.forEach(id -> c.dir().webhooks().stream()
                .filter(w -> w.dynamic() && w.id().equals(id.asText()) && c.actor().accountId().equals(w.ownerAccountId()))
                .forEach(w -> mine.add(w.id())));
        return mine;
    }

    private static long expiry(ApiCall c) {
        return c.call().now().plus(LIFETIME).toEpochMilli();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}

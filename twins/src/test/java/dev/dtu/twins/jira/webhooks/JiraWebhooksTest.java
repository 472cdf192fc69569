package dev.dtu.twins.jira.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import org.junit.jupiter.api.Test;

class JiraWebhooksTest extends JiraServerTest {

    @Test
    void dynamicWebhooksDeliverIssueAndCommentEventsMatchingTheirJql() {
        JiraSite site = JiraSite.create(server);
        try (Receiver receiver = new Receiver(0)) {
            Reply registered = site.app().post("/rest/api/3/webhook", """
                    {"url":"%s","webhooks":[{"events":["jira:issue_created","jira:issue_updated","comment_created",
                     "jira:issue_deleted"],"jqlFilter":"project = SUP"},{"events":["jira:issue_created"],"jqlFilter":"nope ="}]}
                    """.formatted(receiver.url()));
            assertEquals(200, registered.status(), registered.body());
            long id = registered.json().path("webhookRegistrationResult").get(0).path("createdWebhookId").asLong();
            assertTrue(registered.json().path("webhookRegistrationResult").get(1).path("errors").get(0).asText().startsWith("Error in the JQL Query"));
            JsonNode listed = site.app().get("/rest/api/3/webhook").json();
            assertEquals(1, listed.path("total").asInt());
            assertTrue(dev.dtu.twins.jira.OpenApi.problems("PageBeanWebhook", listed).isEmpty(), listed.toString());

            site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"ENG\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"not for SUP\"}}");
            site.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Hook me\"}}");
            Receiver.Hit created = receiver.await("jira:issue_created");
            JsonNode body = created.body();
            assertEquals("SUP-3", body.path("issue").path("key").asText());
            assertEquals("issue_created", body.path("issue_event_type_name").asText());
            assertEquals(site.accountId, body.path("user").path("accountId").asText());
            assertEquals("Hook me", body.path("issue").path("fields").path("summary").asText());
            assertEquals(id, body.path("matchedWebhookIds").get(0).asLong());
            assertTrue(body.path("timestamp").asLong() > 0);
            assertTrue(created.header("X-Atlassian-Webhook-Identifier").matches("[0-9a-f]{32}"));
            assertNull(created.header("X-Hub-Signature"), "dynamic webhooks are not signed");

            site.post("/rest/api/3/issue/SUP-3/transitions", "{\"transition\":{\"id\":\"11\"}}");
            Receiver.Hit updated = receiver.await(h -> h.body().path("issue_event_type_name").asText().equals("issue_generic"));
            JsonNode item = updated.body().path("changelog").path("items").get(0);
            assertEquals("status", item.path("field").asText());
            assertEquals("To Do", item.path("fromString").asText());
            assertEquals("In Progress", item.path("toString").asText());

            site.post("/rest/api/3/issue/SUP-3/comment", "{\"body\":" + JiraSite.adf("noted") + "}");
            JsonNode comment = receiver.await("comment_created").body();
            assertEquals("noted", comment.path("comment").path("body").path("content").get(0).path("content").get(0).path("text").asText());
            assertEquals("SUP-3", comment.path("issue").path("key").asText());

            site.send("DELETE", "/rest/api/3/issue/SUP-3", null);
            assertEquals("SUP-3", receiver.await("jira:issue_deleted").body().path("issue").path("key").asText());
            assertTrue(receiver.hits.stream().noneMatch(h -> h.body().toString().contains("not for SUP")), "the JQL filter holds");

            assertEquals(202, site.app().send("DELETE", "/rest/api/3/webhook", "{\"webhookIds\":[" + id + "]}").status());
            assertEquals(0, site.app().get("/rest/api/3/webhook").json().path("total").asInt());
        }
    }

    /** Dynamic webhooks are for apps: a person's API token is refused before the body is read. */
    @Test
    void dynamicWebhookRoutesRefuseAPersonsCredentials() {
        JiraSite site = JiraSite.create(server);
        Reply listed = site.get("/rest/api/3/webhook");
        assertEquals(403, listed.status(), listed.body());
        assertEquals("Only apps can access this resource.", listed.json().path("errorMessages").get(0).asText());
        assertEquals(403, site.post("/rest/api/3/webhook", "not json").status());
        assertEquals(403, site.send("DELETE", "/rest/api/3/webhook", "{\"webhookIds\":[1]}").status());
        assertEquals(403, site.send("PUT", "/rest/api/3/webhook/refresh", "{\"webhookIds\":[1]}").status());
        assertEquals(200, site.app().get("/rest/api/3/webhook").status());
    }

    /**
     * Merging or deleting a version, or deleting a component, edits the issues that named it: each edit is an issue
     * change like any other, with its changelog entry and a jira:issue_updated delivery.
     */
    @Test
    void versionAndComponentRemovalRewritesIssuesWithChangelogAndWebhooks() {
        JiraSite site = JiraSite.create(server);
        try (Receiver receiver = new Receiver(0)) {
            site.app().post("/rest/api/3/webhook", """
                    {"url":"%s","webhooks":[{"events":["jira:issue_updated"],"jqlFilter":"project = SUP"}]}
                    """.formatted(receiver.url()));
            String projectId = site.get("/rest/api/3/project/SUP").json().path("id").asText();
            String old = site.post("/rest/api/3/version", "{\"name\":\"old\",\"projectId\":" + projectId + "}").json().path("id").asText();
            String next = site.post("/rest/api/3/version", "{\"name\":\"new\",\"projectId\":" + projectId + "}").json().path("id").asText();
            String ui = site.post("/rest/api/3/component", "{\"name\":\"ui\",\"project\":\"SUP\"}").json().path("id").asText();
            String api = site.post("/rest/api/3/component", "{\"name\":\"api\",\"project\":\"SUP\"}").json().path("id").asText();
            assertEquals(204, site.send("PUT", "/rest/api/3/issue/SUP-1", "{\"fields\":{\"fixVersions\":[{\"id\":\"" + old
                    + "\"}],\"components\":[{\"id\":\"" + ui + "\"}]}}").status());
            int before = site.get("/rest/api/3/issue/SUP-1/changelog").json().path("total").asInt();

            assertEquals(204, site.send("PUT", "/rest/api/3/version/" + old + "/mergeto/" + next, null).status());
            JsonNode merged = receiver.await(h -> h.body().toString().contains("\"fromString\":\"old\"")).body();
            assertEquals("jira:issue_updated", merged.path("webhookEvent").asText());
            assertEquals("SUP-1", merged.path("issue").path("key").asText());
            assertEquals("new", merged.path("issue").path("fields").path("fixVersions").get(0).path("name").asText());
            assertTrue(merged.path("changelog").path("items").toString().contains("\"fromString\":\"old\""), merged.toString());
            assertTrue(merged.path("changelog").path("items").toString().contains("\"toString\":\"new\""), merged.toString());

            assertEquals(204, site.send("DELETE", "/rest/api/3/component/" + ui + "?moveIssuesTo=" + api, null).status());
            JsonNode moved = receiver.await(h -> h.body().toString().contains("\"fromString\":\"ui\"")).body();
            assertTrue(moved.path("changelog").path("items").toString().contains("\"fromString\":\"ui\""), moved.toString());
            assertTrue(moved.path("changelog").path("items").toString().contains("\"toString\":\"api\""), moved.toString());

            assertEquals(204, site.send("DELETE", "/rest/api/3/version/" + next, null).status());
            receiver.await(h -> h.body().toString().contains("\"fromString\":\"new\""));
            JsonNode history = site.get("/rest/api/3/issue/SUP-1/changelog").json();
            assertEquals(before + 3, history.path("total").asInt(), history.toString());
        }
    }

    @Test
    void adminWebhooksAreSignedRetriedAndJournaled() {
        try (Receiver receiver = new Receiver(1)) {
            ObjectNode seed = SeedDocument.defaultSeed().copy();
            ObjectNode hook = ((ObjectNode) seed.path("jira")).putArray("webhooks").addObject();
            hook.put("name", "app").put("url", receiver.url()).put("secret", "s3cret").put("jqlFilter", "project = ENG");
            hook.putArray("events").add("jira:issue_updated").add("comment_created").add("comment_updated");
            ObjectNode request = Json.object();
            request.set("seed", seed);
            JiraSite site = JiraSite.create(server, request.toString());
            Http.send("PUT", site.serverUrl + "/_dtu/universes/" + site.universe + "/settings", "{\"retryDelayScale\":0.0001}");

            Reply acted = site.admin("POST", "/issues/ENG-1/comments", "{\"as\":\"alan\",\"body\":\"From the scenario\"}");
            assertEquals(201, acted.status(), acted.body());
            // The comment fires jira:issue_updated and comment_created at once; whichever reached the receiver
            // first got its one 500, so either may be the retried one (both carry the comment).
            Receiver.Hit retried = receiver.await(h -> "1".equals(h.header("X-Atlassian-Webhook-Retry")));
            assertEquals(Signature.of("s3cret", retried.raw()), retried.header("X-Hub-Signature"));
            assertTrue(retried.header("X-Hub-Signature").startsWith("sha256="));
            assertEquals("Alan Turing", retried.body().path("comment").path("author").path("displayName").asText());
            Receiver.Hit first = receiver.hits.stream().filter(h -> h.body().equals(retried.body())).findFirst().orElseThrow();
            assertEquals(first.header("X-Atlassian-Webhook-Identifier"), retried.header("X-Atlassian-Webhook-Identifier"),
                    "the identifier is unchanged across retries");

            Reply moved = site.admin("POST", "/issues/ENG-1/transitions", "{\"as\":\"alan\",\"to\":\"In Progress\"}");
            assertEquals(200, moved.status(), moved.body());
            assertEquals("In Progress", moved.json().path("fields").path("status").path("name").asText());
            receiver.await(h -> h.body().path("issue_event_type_name").asText().equals("issue_generic"));
            assertEquals(400, site.admin("POST", "/issues/ENG-1/transitions", "{\"as\":\"alan\",\"to\":\"Nowhere\"}").status());
            assertEquals(400, site.admin("POST", "/issues", "{\"as\":\"nobody\",\"fields\":{}}").status());

            JsonNode journal = Http.get(site.serverUrl + "/_dtu/universes/" + site.universe + "/journal").json().path("entries");
            long deliveries = java.util.stream.StreamSupport.stream(journal.spliterator(), false)
                    .filter(e -> e.path("type").asText().equals("delivery") && e.path("twin").asText().equals("jira")).count();
            assertTrue(deliveries >= 3, "each attempt is journaled: " + deliveries);
            String state = Http.get(site.serverUrl + "/_dtu/universes/" + site.universe + "/state").body();
            assertFalse(state.contains("s3cret"), "the webhook's secret stays out of the state dump");
            assertTrue(state.contains("[jira:webhook_secret]"), "which still shows that deliveries are signed");
        }
    }
}

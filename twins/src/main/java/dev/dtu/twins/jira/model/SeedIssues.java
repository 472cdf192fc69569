package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import java.time.Instant;

/** Seeded issues, created and then moved through their history as the people named in the seed. */
record SeedIssues(SeedDocument seed, JsonNode list, Tx tx) {
    /** Seeded timestamps default to a fixed moment, so a seed always gives the same state. */
    static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    void write() {
        for (int i = 0; i < list.size(); i++) {
            String path = "jira.issues[" + i + "]";
            try {
                issue(list.get(i), path);
            } catch (JiraException e) {
                throw new SeedException(path, String.join(" ", e.errorMessages()) + " " + e.errors());
            }
        }
    }

    private void issue(JsonNode node, String path) {
        Instant created = JiraSeed.instant(node.path("created"), path + ".created", EPOCH);
        String reporter = account(node.path("reporter").asText(null), path + ".reporter");
        Issue issue = new Site(tx, created).createIssue(reporter, fields(node, path), null);
        JsonNode history = node.path("history");
        for (int h = 0; h < history.size(); h++) {
            issue = step(issue, history.get(h), path + ".history[" + h + "]");
        }
    }

    private ObjectNode fields(JsonNode node, String path) {
        ObjectNode fields = F.objectNode();
        fields.putObject("project").put("key", node.path("project").asText());
        fields.putObject("issuetype").put("name", node.path("type").asText());
        fields.put("summary", node.path("summary").asText());
        description(node.get("description")).ifPresent(d -> fields.set("description", d));
        if (node.has("priority")) {
            fields.putObject("priority").put("name", node.path("priority").asText());
        }
        if (node.has("assignee")) {
            fields.putObject("assignee").put("accountId", account(node.path("assignee").asText(), path + ".assignee"));
        }
        if (node.has("labels")) {
            fields.set("labels", node.get("labels"));
        }
        if (node.has("components")) {
            var components = fields.putArray("components");
            node.get("components").forEach(c -> components.addObject().put("name", c.asText()));
        }
        if (node.has("duedate")) {
            fields.put("duedate", node.path("duedate").asText());
        }
        node.path("customFields").fields().forEachRemaining(f -> fields.set(customFieldId(f.getKey(), path), f.getValue()));
        return fields;
    }

    private Issue step(Issue issue, JsonNode step, String path) {
        Instant at = JiraSeed.instant(step.path("at"), path + ".at", issue.updated());
        String by = account(step.path("by").asText(null), path + ".by");
        Site site = new Site(tx, at);
        if (step.has("transition")) {
            String name = step.path("transition").asText();
            Issue from = issue;
            Transition t = site.dir().transitions(from).stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new SeedException(path + ".transition", "transition '" + name + "' is not available from "
                            + site.dir().status(from.statusId()).name()));
            issue = site.transition(by, issue, t.id(), null, null);
        }
        if (step.has("assignee")) {
            JsonNode who = step.get("assignee").isNull() ? F.nullNode()
                    : F.objectNode().put("accountId", account(step.path("assignee").asText(), path + ".assignee"));
            issue = site.assign(by, issue, who);
        }
        if (step.has("comment")) {
            site.addComment(by, issue, description(step.get("comment")).orElseThrow());
        }
        return site.dir().issue(issue.id()).orElseThrow();
    }

    private static java.util.Optional<JsonNode> description(JsonNode text) {
        if (text == null || text.isNull()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(text.isTextual() ? Adf.fromText(text.asText()) : text);
    }

    private String account(String personId, String field) {
        if (personId == null) {
            return new Directory(tx.state()).settings().appAccountId();
        }
        return seed.person(personId).map(p -> Accounts.accountId(p.email()))
                .orElseThrow(() -> new SeedException(field, "no person '" + personId + "' in people"));
    }

    private String customFieldId(String ref, String path) {
        return new Directory(tx.state()).customFields().stream()
                .filter(cf -> cf.id().equals(ref) || cf.name().equalsIgnoreCase(ref)).findFirst()
                .orElseThrow(() -> new SeedException(path + ".customFields." + ref, "no custom field '" + ref + "'")).id();
    }
}

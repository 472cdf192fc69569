package dev.dtu.twins.jira.model;

import static dev.dtu.twins.jira.model.JiraKinds.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.seed.Person;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the seed's {@code jira} section: users from the universe's people, the site's configuration, projects,
 * then issues replayed through {@link Site} (so keys, changelogs and resolutions follow Jira's rules).
 */
public final class JiraSeed {
    private final SeedDocument seed;
    private final JsonNode section;
    private final Tx tx;

    private JiraSeed(SeedDocument seed, Tx tx) {
        this.seed = seed;
        this.section = seed.section(TWIN);
        this.tx = tx;
    }

    public static void write(SeedDocument seed, Tx tx) {
        JiraSeed s = new JiraSeed(seed, tx);
        s.users();
        s.settings();
        s.priorities();
        s.resolutions();
        s.issueTypes();
        s.statuses();
        s.customFields();
        new SeedPermissions(s, tx).schemes(s.section.path("permissionSchemes"));
        s.projects();
        new SeedIssues(seed, s.section.path("issues"), tx).write();
        s.webhooks();
    }

    private void users() {
        for (Person p : seed.people()) {
            String id = Accounts.accountId(p.email());
            tx.put(USERS, id, new JiraUser(id, p.id(), p.name(), p.email(), p.timezone(), p.isActive(), p.groups()));
        }
    }

    private void settings() {
        String app = section.path("appUser").asText(seed.people().isEmpty() ? null : seed.people().getFirst().id());
        String accountId = app == null ? null : account(app, "jira.appUser");
        tx.put(SETTINGS, "site", new JiraKinds.Settings(accountId, section.path("siteTitle").asText(seed.company().name())));
    }

    String account(String personId, String field) {
        return seed.person(personId).map(p -> Accounts.accountId(p.email()))
                .orElseThrow(() -> new SeedException(field, "no person '" + personId + "' in people"));
    }

    private void priorities() {
        JsonNode list = section.path("priorities");
        if (list.isMissingNode()) {
            String[][] defaults = {{"Highest", "#d04437"}, {"High", "#f15C75"}, {"Medium", "#f79232"}, {"Low", "#707070"},
                    {"Lowest", "#999999"}};
            for (int i = 0; i < defaults.length; i++) {
                String id = Integer.toString(i + 1);
                tx.put(PRIORITIES, id, new Priority(id, defaults[i][0], "", defaults[i][1], i == 2));
            }
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String id = p.path("id").asText(Integer.toString(i + 1));
            tx.put(PRIORITIES, id, new Priority(id, p.path("name").asText(), p.path("description").asText(""),
                    p.path("color").asText("#707070"), p.path("default").asBoolean(false)));
        }
    }

    private void resolutions() {
        JsonNode list = section.path("resolutions");
        List<String[]> rows = new ArrayList<>();
        if (list.isMissingNode()) {
            rows.add(new String[] {"Done", "Work has been completed on this issue."});
            rows.add(new String[] {"Won't Do", "This issue won't be actioned."});
            rows.add(new String[] {"Duplicate", "The problem is a duplicate of an existing issue."});
            rows.add(new String[] {"Cannot Reproduce", "All attempts at reproducing this issue failed."});
        } else {
            list.forEach(r -> rows.add(new String[] {r.path("name").asText(), r.path("description").asText("")}));
        }
        for (int i = 0; i < rows.size(); i++) {
            String id = Integer.toString(10_000 + i);
            tx.put(RESOLUTIONS, id, new Resolution(id, rows.get(i)[0], rows.get(i)[1]));
        }
    }

    private void issueTypes() {
        JsonNode list = section.path("issueTypes");
        if (list.isMissingNode()) {
            list = Json.array("Bug", "Task", "Story");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String name = t.isTextual() ? t.asText() : t.path("name").asText();
            String id = Integer.toString(10_001 + i);
            tx.put(ISSUE_TYPES, id, new IssueType(id, name, t.path("description").asText(""),
                    t.path("subtask").asBoolean(false), t.path("subtask").asBoolean(false) ? -1 : 0));
        }
    }

    private void statuses() {
        JsonNode list = section.path("statuses");
        if (list.isMissingNode()) {
            list = Json.statuses();
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String id = Integer.toString(10_000 + i);
            tx.put(STATUSES, id, new Status(id, s.path("name").asText(), s.path("description").asText(""),
                    s.path("category").asText("new")));
        }
    }

    private void customFields() {
        JsonNode list = section.path("customFields");
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String id = "customfield_" + (10_010 + i);
            List<CustomField.Option> options = new ArrayList<>();
            JsonNode values = f.path("options");
            for (int o = 0; o < values.size(); o++) {
                options.add(new CustomField.Option(Integer.toString(10_100 + 10 * i + o), values.get(o).asText()));
            }
            tx.put(CUSTOM_FIELDS, id, new CustomField(id, f.path("name").asText(), f.path("type").asText("string"), options));
        }
    }

    private void projects() {
        JsonNode list = section.path("projects");
        Map<String, Workflow> workflows = workflows();
        for (int i = 0; i < list.size(); i++) {
            new SeedProject(this, list.get(i), "jira.projects[" + i + "]", Integer.toString(10_000 + i), workflows).write(tx);
        }
    }

    private Map<String, Workflow> workflows() {
        Map<String, Workflow> out = new LinkedHashMap<>();
        JsonNode list = section.path("workflows");
        if (list.isMissingNode()) {
            list = Json.defaultWorkflow();
        }
        for (int i = 0; i < list.size(); i++) {
            Workflow w = SeedProject.workflow(new Directory(tx.state()), list.get(i), "jira.workflows[" + i + "]");
            out.put(w.name(), w);
        }
        return out;
    }

    private void webhooks() {
        JsonNode list = section.path("webhooks");
        for (int i = 0; i < list.size(); i++) {
            JsonNode w = list.get(i);
            List<String> events = new ArrayList<>();
            w.path("events").forEach(e -> events.add(e.asText()));
            String id = Long.toString(tx.next("jira.webhook"));
            tx.put(WEBHOOKS, id, new Webhook(id, w.path("name").asText("webhook " + id), w.path("url").asText(), events,
                    w.path("jqlFilter").asText(""), List.of(), w.path("secret").asText(null), false, null, 0));
        }
    }

    /** Small JSON builders for the defaults. */
    static final class Json {
        private static final JsonNodeFactory F = JsonNodeFactory.instance;

        static JsonNode array(String... values) {
            var a = F.arrayNode();
            for (String v : values) {
                a.add(v);
            }
            return a;
        }

        static JsonNode statuses() {
            var a = F.arrayNode();
            a.addObject().put("name", "To Do").put("category", "new");
            a.addObject().put("name", "In Progress").put("category", "indeterminate");
            a.addObject().put("name", "Done").put("category", "done");
            return a;
        }

        static JsonNode defaultWorkflow() {
            var a = F.arrayNode();
            ObjectNode w = a.addObject().put("name", "Software Simplified Workflow");
            w.set("statuses", array("To Do", "In Progress", "Done"));
            var t = w.putArray("transitions");
            t.addObject().put("name", "To Do").put("to", "To Do");
            t.addObject().put("name", "In Progress").put("to", "In Progress");
            t.addObject().put("name", "Done").put("to", "Done").put("resolution", "Done");
            return a;
        }
    }

    static Instant instant(JsonNode node, String field, Instant fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        try {
            return Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new SeedException(field, "not an ISO-8601 instant: '" + node.asText() + "'");
        }
    }
}

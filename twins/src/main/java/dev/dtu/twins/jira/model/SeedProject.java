package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One seeded project, and the workflows projects use. */
record SeedProject(JiraSeed seed, JsonNode node, String path, String id, Map<String, Workflow> workflows) {

    void write(Tx tx) {
        SeedPermissions permissions = new SeedPermissions(seed, tx);
        Directory dir = new Directory(tx.state());
        String key = node.path("key").asText();
        if (dir.project(key).isPresent()) {
            throw new SeedException(path + ".key", "duplicate project key '" + key + "'");
        }
        String workflowName = node.path("workflow").asText(workflows.keySet().iterator().next());
        Workflow workflow = workflows.get(workflowName);
        if (workflow == null) {
            throw new SeedException(path + ".workflow", "no workflow named '" + workflowName + "'");
        }
        tx.put(JiraKinds.PROJECTS, id, new Project(id, key, node.path("name").asText(), node.path("description").asText(""),
                seed.account(node.path("lead").asText(), path + ".lead"), issueTypes(dir), workflow, components(tx),
                customFields(dir), permissions.schemeId(node.path("permissionScheme"), path + ".permissionScheme"),
                permissions.roles(node.path("roles"), path + ".roles")));
    }

    private List<String> issueTypes(Directory dir) {
        if (!node.has("issueTypes")) {
            return dir.issueTypes().stream().map(IssueType::id).toList();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.path("issueTypes").size(); i++) {
            String name = node.path("issueTypes").get(i).asText();
            ids.add(dir.issueTypeNamed(name).orElseThrow(() -> new SeedException(path + ".issueTypes", "no issue type named '" + name + "'")).id());
        }
        return ids;
    }

    private List<Component> components(Tx tx) {
        List<Component> out = new ArrayList<>();
        JsonNode list = node.path("components");
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String lead = c.has("lead") ? seed.account(c.path("lead").asText(), path + ".components[" + i + "].lead") : null;
            out.add(new Component(Long.toString(9_999 + tx.next("jira.component")), c.isTextual() ? c.asText()
                    : c.path("name").asText(), c.path("description").asText(""), lead));
        }
        return out;
    }

    private List<String> customFields(Directory dir) {
        if (!node.has("customFields")) {
            return dir.customFields().stream().map(CustomField::id).toList();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode ref : node.path("customFields")) {
            ids.add(dir.customFields().stream().filter(cf -> cf.id().equals(ref.asText()) || cf.name().equalsIgnoreCase(ref.asText()))
                    .findFirst().orElseThrow(() -> new SeedException(path + ".customFields", "no custom field '" + ref.asText() + "'"))
                    .id());
        }
        return ids;
    }

    static Workflow workflow(Directory dir, JsonNode node, String path) {
        List<String> statusIds = new ArrayList<>();
        node.path("statuses").forEach(s -> statusIds.add(status(dir, s.asText(), path + ".statuses")));
        List<Transition> transitions = new ArrayList<>();
        JsonNode list = node.path("transitions");
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String at = path + ".transitions[" + i + "]";
            String to = status(dir, t.path("to").asText(), at + ".to");
            if (!statusIds.contains(to)) {
                throw new SeedException(at + ".to", "status '" + t.path("to").asText() + "' is not in this workflow");
            }
            List<String> from = new ArrayList<>();
            t.path("from").forEach(f -> from.add(status(dir, f.asText(), at + ".from")));
            String resolution = t.has("resolution") ? dir.resolutions().stream()
                    .filter(r -> r.name().equalsIgnoreCase(t.path("resolution").asText())).findFirst()
                    .orElseThrow(() -> new SeedException(at + ".resolution", "no resolution named '" + t.path("resolution").asText() + "'"))
                    .id() : null;
            transitions.add(new Transition(Integer.toString(10 * i + 11), t.path("name").asText(), to, from, resolution));
        }
        return new Workflow(node.path("name").asText(), statusIds, transitions);
    }

    private static String status(Directory dir, String name, String path) {
        return dir.statuses().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new SeedException(path, "no status named '" + name + "'")).id();
    }
}

package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.model.CustomField;
import dev.dtu.twins.jira.model.Directory;
import java.util.ArrayList;
import java.util.List;

/** The site's fields as GET /field, names, createmeta and editmeta describe them. */
public final class FieldCatalog {
    /** A system field: id, display name, schema type (and items type for arrays), navigable, JQL clause names. */
    public record SystemField(String id, String name, String type, String items, boolean navigable, List<String> clauseNames) {}

    public static final List<SystemField> SYSTEM = List.of(
            new SystemField("issuekey", "Key", null, null, true, List.of("id", "issue", "issuekey", "key")),
            new SystemField("summary", "Summary", "string", null, true, List.of("summary")),
            new SystemField("description", "Description", "string", null, true, List.of("description")),
            new SystemField("issuetype", "Issue Type", "issuetype", null, true, List.of("issuetype", "type")),
            new SystemField("project", "Project", "project", null, true, List.of("project")),
            new SystemField("status", "Status", "status", null, true, List.of("status")),
            new SystemField("priority", "Priority", "priority", null, true, List.of("priority")),
            new SystemField("resolution", "Resolution", "resolution", null, true, List.of("resolution")),
            new SystemField("assignee", "Assignee", "user", null, true, List.of("assignee")),
            new SystemField("reporter", "Reporter", "user", null, true, List.of("reporter")),
            new SystemField("creator", "Creator", "user", null, true, List.of("creator")),
            new SystemField("labels", "Labels", "array", "string", true, List.of("labels")),
            new SystemField("components", "Components", "array", "component", true, List.of("component")),
            new SystemField("fixVersions", "Fix versions", "array", "version", true, List.of("fixVersion")),
            new SystemField("versions", "Affects versions", "array", "version", true, List.of("affectedVersion")),
            new SystemField("attachment", "Attachment", "array", "attachment", true, List.of("attachments")),
            new SystemField("created", "Created", "datetime", null, true, List.of("created", "createdDate")),
            new SystemField("updated", "Updated", "datetime", null, true, List.of("updated", "updatedDate")),
            new SystemField("resolutiondate", "Resolved", "datetime", null, true, List.of("resolutiondate", "resolved")),
            new SystemField("statuscategorychangedate", "Status Category Changed", "datetime", null, true, List.of()),
            new SystemField("duedate", "Due date", "date", null, true, List.of("due", "duedate")),
            new SystemField("issuelinks", "Linked Issues", "array", "issuelinks", true, List.of("issueLink")),
            new SystemField("parent", "Parent", "issuelink", null, true, List.of("parent")),
            new SystemField("subtasks", "Sub-tasks", "array", "issuelinks", true, List.of("subtasks")),
            new SystemField("comment", "Comment", "comments-page", null, false, List.of("comment")),
            new SystemField("votes", "Votes", "votes", null, true, List.of("votes")),
            new SystemField("watches", "Watchers", "watches", null, true, List.of("watchers")));
    /** Read-only system fields: not on any screen, not settable ("orderable": false in GET /field). */
    private static final java.util.Set<String> READ_ONLY = java.util.Set.of("issuekey", "votes", "watches");

    private FieldCatalog() {}

    public static List<String> systemIds() {
        return SYSTEM.stream().filter(f -> !f.id().equals("issuekey")).map(SystemField::id).toList();
    }

    public static String name(Directory dir, String id) {
        return SYSTEM.stream().filter(f -> f.id().equals(id)).map(SystemField::name).findFirst()
                .orElseGet(() -> dir.customField(id).map(CustomField::name).orElse(id));
    }

    public static ObjectNode schema(Views views, String id) {
        for (SystemField f : SYSTEM) {
            if (f.id().equals(id)) {
                ObjectNode schema = Json.object().put("type", f.type());
                if (f.items() != null) {
                    schema.put("items", f.items());
                }
                return schema.put("system", f.id());
            }
        }
        return views.dir().customField(id).map(views::customFieldSchema).orElse(Json.object().put("type", "any"));
    }

    /** GET /rest/api/3/field. */
    public static List<ObjectNode> all(Views views) {
        List<ObjectNode> out = new ArrayList<>();
        for (SystemField f : SYSTEM) {
            ObjectNode n = Json.object().put("id", f.id()).put("key", f.id()).put("name", f.name()).put("custom", false)
                    .put("orderable", !READ_ONLY.contains(f.id())).put("navigable", f.navigable()).put("searchable", true);
            f.clauseNames().forEach(n.putArray("clauseNames")::add);
            if (f.type() != null) {
                n.set("schema", schema(views, f.id()));
            }
            out.add(n);
        }
        for (CustomField cf : views.dir().customFields()) {
            ObjectNode n = Json.object().put("id", cf.id()).put("key", cf.id()).put("name", cf.name())
                    .put("custom", true).put("orderable", true).put("navigable", true).put("searchable", true);
            n.putArray("clauseNames").add("cf[" + cf.number() + "]").add(cf.name());
            n.set("schema", views.customFieldSchema(cf));
            out.add(n);
        }
        return out;
    }
}

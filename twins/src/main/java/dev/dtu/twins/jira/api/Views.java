package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.model.Component;
import dev.dtu.twins.jira.model.CustomField;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.IssueType;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.Priority;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.Resolution;
import dev.dtu.twins.jira.model.Status;
import dev.dtu.twins.jira.model.StatusCategory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The JSON Jira writes for users and the site's configuration (statuses, types, priorities, projects). */
public record Views(String base, Directory dir) {
    /** What a project may be expanded with, as Jira lists it on each project. */
    static final String PROJECT_EXPAND = "description,lead,issueTypes,url,projectKeys,permissions,insight";

    public ObjectNode user(JiraUser u) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/user?accountId=" + u.accountId());
        n.put("accountId", u.accountId());
        n.put("accountType", "atlassian");
        n.put("emailAddress", u.emailAddress());
        n.set("avatarUrls", avatars("https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/" + u.accountId()));
        n.put("displayName", u.displayName());
        n.put("active", u.active());
        n.put("timeZone", u.timeZone());
        return n;
    }

    /** A user field's value: the user, or null when unset or unknown. */
    public ObjectNode userOrNull(String accountId) {
        return dir.user(accountId).map(this::user).orElse(null);
    }

    public ObjectNode fullUser(JiraUser u) {
        ObjectNode n = user(u);
        n.put("locale", "en_US");
        ObjectNode groups = n.putObject("groups");
        groups.put("size", u.groups().size());
        ArrayNode items = groups.putArray("items");
        u.groups().forEach(g -> items.addObject().put("name", g).put("self", base + "/rest/api/3/group?groupname=" + g));
        n.putObject("applicationRoles").put("size", 1).putArray("items");
        n.put("expand", "groups,applicationRoles");
        return n;
    }

    public ObjectNode status(Status s) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/status/" + s.id());
        n.put("description", s.description());
        n.put("iconUrl", base + "/");
        n.put("name", s.name());
        n.put("untranslatedName", s.name());
        n.put("id", s.id());
        n.set("statusCategory", category(s.category()));
        return n;
    }

    public ObjectNode category(StatusCategory c) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/statuscategory/" + c.id());
        n.put("id", c.id());
        n.put("key", c.key());
        n.put("colorName", c.colorName());
        n.put("name", c.name());
        return n;
    }

    public ObjectNode issueType(IssueType t) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/issuetype/" + t.id());
        n.put("id", t.id());
        n.put("description", t.description());
        n.put("iconUrl", base + "/rest/api/2/universal_avatar/view/type/issuetype/avatar/" + t.id() + "?size=medium");
        n.put("name", t.name());
        n.put("subtask", t.subtask());
        n.put("hierarchyLevel", t.hierarchyLevel());
        return n;
    }

    public ObjectNode priority(Priority p) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/priority/" + p.id());
        n.put("statusColor", p.statusColor());
        n.put("description", p.description());
        n.put("iconUrl", base + "/images/icons/priorities/" + p.name().toLowerCase(java.util.Locale.ROOT) + ".svg");
        n.put("name", p.name());
        n.put("id", p.id());
        n.put("isDefault", p.isDefault());
        return n;
    }

    public ObjectNode resolution(Resolution r) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/resolution/" + r.id());
        n.put("id", r.id());
        n.put("description", r.description());
        n.put("name", r.name());
        return n;
    }

    public ObjectNode component(Project p, Component c) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/component/" + c.id());
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("description", c.description());
        return n;
    }

    /** The short project form issues carry. */
    public ObjectNode projectRef(Project p) {
        ObjectNode n = Json.object();
        n.put("self", base + "/rest/api/3/project/" + p.id());
        n.put("id", p.id());
        n.put("key", p.key());
        n.put("name", p.name());
        n.put("projectTypeKey", "software");
        n.put("simplified", false);
        n.set("avatarUrls", avatars(base + "/rest/api/3/universal_avatar/view/type/project/avatar/" + p.id()));
        return n;
    }

    /**
     * A project as the paginated search lists it: the short form with its style, plus only what {@code expand}
     * names (description, lead, issueTypes, url, projectKeys, insight); unknown names are ignored, as Jira does.
     * {@code url} adds nothing: seeded projects have no URL, and Jira leaves the field out then.
     */
    public ObjectNode projectSearchEntry(Project p, Set<String> expand) {
        ObjectNode n = Json.object();
        n.put("expand", PROJECT_EXPAND);
        n.setAll(projectRef(p));
        if (expand.contains("description")) {
            n.put("description", p.description());
        }
        if (expand.contains("lead")) {
            dir.user(p.leadAccountId()).ifPresent(u -> n.set("lead", user(u)));
        }
        if (expand.contains("issueTypes")) {
            ArrayNode types = n.putArray("issueTypes");
            p.issueTypeIds().forEach(id -> dir.issueType(id).ifPresent(t -> types.add(issueType(t))));
        }
        if (expand.contains("projectKeys")) {
            n.putArray("projectKeys").add(p.key());
        }
        n.put("style", "classic");
        n.put("isPrivate", false);
        n.putObject("properties");
        if (expand.contains("insight")) {
            List<Issue> issues = dir.issues().stream().filter(i -> i.projectId().equals(p.id())).toList();
            ObjectNode insight = n.putObject("insight");
            insight.put("totalIssueCount", issues.size());
            issues.stream().map(Issue::updated).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .ifPresent(t -> insight.put("lastIssueUpdateTime", Dates.json(t)));
        }
        return n;
    }

    public ObjectNode project(Project p) {
        ObjectNode n = projectRef(p);
        n.put("expand", PROJECT_EXPAND);
        n.put("description", p.description());
        dir.user(p.leadAccountId()).ifPresent(u -> n.set("lead", user(u)));
        ArrayNode components = n.putArray("components");
        p.components().forEach(c -> components.add(component(p, c)));
        ArrayNode types = n.putArray("issueTypes");
        p.issueTypeIds().forEach(id -> dir.issueType(id).ifPresent(t -> types.add(issueType(t))));
        n.put("assigneeType", "UNASSIGNED");
        n.put("style", "classic");
        n.put("isPrivate", false);
        n.putObject("properties");
        return n;
    }

    public ObjectNode customFieldSchema(CustomField cf) {
        ObjectNode schema = Json.object();
        schema.put("type", switch (cf.type()) {
            case "number" -> "number";
            case "date" -> "date";
            case "option" -> "option";
            case "labels" -> "array";
            default -> "string";
        });
        if (cf.type().equals("labels")) {
            schema.put("items", "string");
        }
        schema.put("custom", "com.atlassian.jira.plugin.system.customfieldtypes:" + switch (cf.type()) {
            case "number" -> "float";
            case "date" -> "datepicker";
            case "option" -> "select";
            case "labels" -> "labels";
            default -> "textfield";
        });
        schema.put("customId", cf.number());
        return schema;
    }

    static ObjectNode avatars(String prefix) {
        ObjectNode n = Json.object();
        for (String size : new String[] {"48x48", "24x24", "16x16", "32x32"}) {
            n.put(size, prefix + "?size=" + size);
        }
        return n;
    }
}

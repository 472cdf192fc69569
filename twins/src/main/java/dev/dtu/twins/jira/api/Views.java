package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.model.Avatar;
import dev.dtu.twins.jira.model.Avatars;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** The JSON Jira writes for users and the site's configuration (statuses, types, priorities, projects). */
public record Views(String base, Directory dir) {
    /** What a project may be expanded with, as Jira lists it on each project. */
    static final String PROJECT_EXPAND = "description,lead,issueTypes,url,projectKeys,permissions,insight";

    public ObjectNode user(JiraUser u) {
        ObjectNode avatars = avatars("https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/" + u.accountId());
        return linked("user?accountId=" + u.accountId()).put("accountId", u.accountId()).put("accountType", "atlassian")
                .put("emailAddress", u.emailAddress()).<ObjectNode>set("avatarUrls", avatars)
                .put("displayName", u.displayName()).put("active", u.active()).put("timeZone", u.timeZone());
    }

    /** A user field's value: the user, or null when unset or unknown. */
    public ObjectNode userOrNull(String accountId) {
        return dir.user(accountId).map(this::user).orElse(null);
    }

    /** A user with their groups' count; the groups themselves only with {@code expand=groups}, as Jira lists them. */
    public ObjectNode fullUser(JiraUser u, java.util.Set<String> expand) {
        ObjectNode n = user(u).put("locale", "en_US");
        ObjectNode groups = n.putObject("groups").put("size", u.groups().size());
        ArrayNode items = groups.putArray("items");
        if (expand.contains("groups")) {
            u.groups().forEach(g -> items.addObject().put("name", g).put("groupId", Groups.id(g))
                    .put("self", base + "/rest/api/3/group?groupId=" + Groups.id(g)));
        }
        ArrayNode roles = n.putObject("applicationRoles").put("size", 1).putArray("items");
        if (expand.contains("applicationRoles")) {
            // Guessed: every account of the twin's site is a Jira Software user (the one product it serves).
            roles.addObject().put("key", "jira-software").put("name", "Jira Software");
        }
        return n.put("expand", "groups,applicationRoles");
    }

    public ObjectNode status(Status s) {
        return linked("status/" + s.id()).put("description", s.description()).put("iconUrl", base + "/")
                .put("name", s.name()).put("untranslatedName", s.name()).put("id", s.id())
                .set("statusCategory", category(s.category()));
    }

    public ObjectNode category(StatusCategory c) {
        return linked("statuscategory/" + c.id()).put("id", c.id()).put("key", c.key()).put("colorName", c.colorName())
                .put("name", c.name());
    }

    public ObjectNode issueType(IssueType t) {
        long avatarId = Avatars.of(dir.state()).shown("issuetype", t.id(), Avatar.issueTypeDefault(t));
        return linked("issuetype/" + t.id()).put("id", t.id()).put("description", t.description())
                .put("iconUrl", base + "/rest/api/2/universal_avatar/view/type/issuetype/avatar/" + avatarId + "?size=medium")
                .put("name", t.name()).put("subtask", t.subtask()).put("avatarId", avatarId).put("hierarchyLevel", t.hierarchyLevel());
    }

    public ObjectNode priority(Priority p) {
        return linked("priority/" + p.id()).put("statusColor", p.statusColor()).put("description", p.description())
                .put("iconUrl", base + "/images/icons/priorities/" + p.name().toLowerCase(Locale.ROOT) + ".svg")
                .put("name", p.name()).put("id", p.id()).put("isDefault", p.isDefault());
    }

    public ObjectNode resolution(Resolution r) {
        return linked("resolution/" + r.id()).put("id", r.id()).put("description", r.description()).put("name", r.name());
    }

    public ObjectNode component(Project p, Component c) {
        return linked("component/" + c.id()).put("id", c.id()).put("name", c.name()).put("description", c.description());
    }

    /** A version as issues carry it (and the start of its own resource's form). */
    public ObjectNode version(dev.dtu.twins.jira.model.Version v) {
        ObjectNode n = linked("version/" + v.id()).put("id", v.id());
        if (v.description() != null) {
            n.put("description", v.description());
        }
        n.put("name", v.name()).put("archived", v.archived()).put("released", v.released());
        if (v.releaseDate() != null) {
            n.put("releaseDate", v.releaseDate().toString());
        }
        return n;
    }

    /** An attachment: its metadata, where its content is, and a thumbnail link for images. */
    public ObjectNode attachment(dev.dtu.twins.jira.model.Attachment a) {
        ObjectNode n = linked("attachment/" + a.id()).put("id", a.id()).put("filename", a.filename());
        n.set("author", userOrNull(a.authorAccountId()));
        n.put("created", Dates.json(a.created())).put("size", a.size()).put("mimeType", a.mimeType())
                .put("content", base + "/rest/api/3/attachment/content/" + a.id());
        if (a.mimeType().startsWith("image/")) {
            n.put("thumbnail", base + "/rest/api/3/attachment/thumbnail/" + a.id());
        }
        return n;
    }

    /** The short project form issues carry. */
    public ObjectNode projectRef(Project p) {
        return linked("project/" + p.id()).put("id", p.id()).put("key", p.key()).put("name", p.name())
                .put("projectTypeKey", "software").put("simplified", false)
                .set("avatarUrls", avatars(base + "/rest/api/3/universal_avatar/view/type/project/avatar/"
                        + Avatars.of(dir.state()).shown("project", p.id(), Avatar.defaultFor("project").orElseThrow())));
    }

    /**
     * A project as the paginated search lists it: the short form with its style, plus only what {@code expand}
     * names (description, lead, issueTypes, url, projectKeys, insight, permissions); unknown names are ignored, as
     * Jira does. {@code url} adds nothing: seeded projects have no URL, and Jira leaves the field out then.
     * {@code canEdit} says whether the caller may edit a project, for the {@code permissions} expansion.
     */
    public ObjectNode projectSearchEntry(Project p, Set<String> expand, Predicate<Project> canEdit) {
        ObjectNode n = Json.object().put("expand", PROJECT_EXPAND);
        n.setAll(projectRef(p));
        if (expand.contains("description")) {
            n.put("description", p.description());
        }
        if (expand.contains("lead")) {
            lead(n, p);
        }
        if (expand.contains("issueTypes")) {
            n.set("issueTypes", issueTypes(p));
        }
        if (expand.contains("projectKeys")) {
            n.putArray("projectKeys").add(p.key());
        }
        classic(n);
        if (expand.contains("insight")) {
            List<Issue> issues = dir.issues().stream().filter(i -> i.projectId().equals(p.id())).toList();
            ObjectNode insight = n.putObject("insight").put("totalIssueCount", issues.size());
            issues.stream().map(Issue::updated).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .ifPresent(t -> insight.put("lastIssueUpdateTime", Dates.json(t)));
        }
        if (expand.contains("permissions")) {
            n.putObject("permissions").put("canEdit", canEdit.test(p));
        }
        return n;
    }

    public ObjectNode project(Project p) {
        ObjectNode n = projectRef(p).put("expand", PROJECT_EXPAND).put("description", p.description());
        lead(n, p);
        ArrayNode components = n.putArray("components");
        p.components().forEach(c -> components.add(component(p, c)));
        n.set("issueTypes", issueTypes(p));
        n.put("assigneeType", "UNASSIGNED");
        return classic(n);
    }

    /** A new object whose first field is the REST v3 link to {@code path}. */
    private ObjectNode linked(String path) {
        return Json.object().put("self", base + "/rest/api/3/" + path);
    }

    private void lead(ObjectNode n, Project p) {
        dir.user(p.leadAccountId()).ifPresent(u -> n.set("lead", user(u)));
    }

    private ArrayNode issueTypes(Project p) {
        ArrayNode types = Json.array();
        p.issueTypeIds().forEach(id -> dir.issueType(id).ifPresent(t -> types.add(issueType(t))));
        return types;
    }

    /** What every seeded project is: a company-managed ("classic"), public project without entity properties. */
    private static ObjectNode classic(ObjectNode n) {
        n.put("style", "classic").put("isPrivate", false).putObject("properties");
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

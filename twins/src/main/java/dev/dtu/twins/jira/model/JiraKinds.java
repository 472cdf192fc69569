package dev.dtu.twins.jira.model;

import dev.dtu.server.state.Kind;
import java.util.List;

/**
 * The Jira twin's stored kinds. Comments, worklogs and changelog entries are keyed "{zero-padded issue id}/{zero-padded id}" so
 * one issue's entries are a contiguous, ordered range.
 */
public final class JiraKinds {
    public static final String TWIN = "jira";
    public static final Kind<Settings> SETTINGS = Kind.of(TWIN, "settings", Settings.class);
    public static final Kind<JiraUser> USERS = Kind.of(TWIN, "users", JiraUser.class);
    public static final Kind<Status> STATUSES = Kind.of(TWIN, "statuses", Status.class);
    public static final Kind<IssueType> ISSUE_TYPES = Kind.of(TWIN, "issueTypes", IssueType.class);
    public static final Kind<Priority> PRIORITIES = Kind.of(TWIN, "priorities", Priority.class);
    public static final Kind<Resolution> RESOLUTIONS = Kind.of(TWIN, "resolutions", Resolution.class);
    public static final Kind<CustomField> CUSTOM_FIELDS = Kind.of(TWIN, "customFields", CustomField.class);
    public static final Kind<Project> PROJECTS = Kind.of(TWIN, "projects", Project.class);
    public static final Kind<Issue> ISSUES = Kind.of(TWIN, "issues", Issue.class);
    /** Issue key to issue id. */
    public static final Kind<String> ISSUE_KEYS = Kind.of(TWIN, "issueKeys", String.class);
    public static final Kind<Comment> COMMENTS = Kind.of(TWIN, "comments", Comment.class);
    public static final Kind<ChangelogEntry> CHANGELOG = Kind.of(TWIN, "changelog", ChangelogEntry.class);
    public static final Kind<IssueLink> LINKS = Kind.of(TWIN, "issueLinks", IssueLink.class);
    public static final Kind<Webhook> WEBHOOKS = Kind.of(TWIN, "webhooks", Webhook.class);
    public static final Kind<Worklog> WORKLOGS = Kind.of(TWIN, "worklogs", Worklog.class);
    /** A user's preferences (mypreferences): "{accountId}/{key}" to the value. */
    public static final Kind<String> PREFERENCES = Kind.of(TWIN, "preferences", String.class);
    /** An issue's watchers (account ids), by issue id. */
    public static final Kind<Watchers> WATCHERS = Kind.of(TWIN, "watchers", Watchers.class);
    public static final Kind<PermissionScheme> PERMISSION_SCHEMES = Kind.of(TWIN, "permissionSchemes", PermissionScheme.class);
    /** Saved filters, by zero-padded id. */
    public static final Kind<dev.dtu.twins.jira.model.agile.Filter> FILTERS = Kind.of(TWIN, "filters", dev.dtu.twins.jira.model.agile.Filter.class);
    /** Jira Software boards, by zero-padded id. */
    public static final Kind<dev.dtu.twins.jira.model.agile.Board> BOARDS = Kind.of(TWIN, "boards", dev.dtu.twins.jira.model.agile.Board.class);
    /** Sprints, by zero-padded id. */
    public static final Kind<dev.dtu.twins.jira.model.agile.Sprint> SPRINTS = Kind.of(TWIN, "sprints", dev.dtu.twins.jira.model.agile.Sprint.class);
    /** An issue's rank, sprint and epic, by issue id (an issue never ranked, sprinted or put in an epic has none). */
    public static final Kind<dev.dtu.twins.jira.model.agile.AgileFields> AGILE = Kind.of(TWIN, "agile", dev.dtu.twins.jira.model.agile.AgileFields.class);
    /** Entity properties: "{issue|project|user}/{entity id}/{property key}" to the stored JSON value. */
    public static final Kind<EntityProperty> PROPERTIES = Kind.of(TWIN, "properties", EntityProperty.class);
    /** Project versions, by zero-padded id. */
    public static final Kind<Version> VERSIONS = Kind.of(TWIN, "versions", Version.class);
    /** Issue attachments (metadata and bytes), by zero-padded id. */
    public static final Kind<Attachment> ATTACHMENTS = Kind.of(TWIN, "attachments", Attachment.class);
    /** Who voted for an issue (account ids), by issue id. */
    public static final Kind<Watchers> VOTES = Kind.of(TWIN, "votes", Watchers.class);
    /** Custom avatars by id (numberKey). */
    public static final Kind<Avatar> AVATARS = Kind.of(TWIN, "avatars", Avatar.class);
    /** The avatar an owner shows, by "type/ownerId" (a project's chosen avatar). */
    public static final Kind<String> AVATAR_CHOICES = Kind.of(TWIN, "avatarChoices", String.class);
    /** Remote issue links, keyed "{zero-padded issue id}/{zero-padded id}". */
    public static final Kind<RemoteLink> REMOTE_LINKS = Kind.of(TWIN, "remoteLinks", RemoteLink.class);
    /** An epic's name, colour and done flag, by the epic's issue id. */
    public static final Kind<dev.dtu.twins.jira.model.agile.EpicDetails> EPICS = Kind.of(TWIN, "epics", dev.dtu.twins.jira.model.agile.EpicDetails.class);

    /** Application properties changed from their defaults (PUT application-properties/{id}), by key. */
    public static final Kind<String> APPLICATION_PROPERTIES = Kind.of(TWIN, "applicationProperties", String.class);
    /** The site's default issue navigator columns ("site") and its announcement banner ("banner"), once set. */
    public static final Kind<NavigatorColumns> NAVIGATOR_COLUMNS = Kind.of(TWIN, "navigatorColumns", NavigatorColumns.class);
    public static final Kind<AnnouncementBanner> ANNOUNCEMENT_BANNER = Kind.of(TWIN, "announcementBanner", AnnouncementBanner.class);

    /** Long-running operations' outcomes (a priority's deletion), read with GET task/{taskId}. */
    public static final Kind<Task> TASKS = Kind.of(TWIN, "tasks", Task.class);

    /** A finished task: what it did, who asked, when (epoch milliseconds). The twin runs tasks within the request. */
    public record Task(String id, String description, String submittedBy, long submitted, long finished) {}

    /** Field ids, in order. */
    public record NavigatorColumns(List<String> fields) {
        public NavigatorColumns {
            fields = List.copyOf(fields);
        }
    }

    /** The announcement banner's configuration (visibility "public" or "private"). */
    public record AnnouncementBanner(String message, boolean isDismissible, boolean isEnabled, String visibility) {}

    /** Who watches (or, in VOTES, voted for) one issue. */
    public record Watchers(List<String> accountIds) {
        public Watchers {
            accountIds = List.copyOf(accountIds);
        }
    }

    /** One entity property's value (any JSON). */
    public record EntityProperty(com.fasterxml.jackson.databind.JsonNode value) {}

    /** Site-wide settings: which account the app uses. */
    public record Settings(String appAccountId, String siteTitle) {}

    private JiraKinds() {}

    public static List<Kind<?>> all() {
        return List.of(SETTINGS, USERS, STATUSES, ISSUE_TYPES, PRIORITIES, RESOLUTIONS, CUSTOM_FIELDS, PERMISSION_SCHEMES, PROJECTS, ISSUES, ISSUE_KEYS,
                COMMENTS, CHANGELOG, LINKS, WEBHOOKS, WATCHERS, WORKLOGS, PREFERENCES, FILTERS, BOARDS, SPRINTS, AGILE, EPICS, PROPERTIES, VERSIONS, ATTACHMENTS, REMOTE_LINKS, VOTES, AVATARS, AVATAR_CHOICES,
                APPLICATION_PROPERTIES, NAVIGATOR_COLUMNS, ANNOUNCEMENT_BANNER, TASKS);
    }

    public static String childKey(String issueId, String id) {
        return pad(issueId) + "/" + pad(id);
    }

    public static String childPrefix(String issueId) {
        return pad(issueId) + "/";
    }

    /** A numeric id as a key that sorts in number order. */
    public static String numberKey(long id) {
        return pad(Long.toString(id));
    }

    private static String pad(String id) {
        return "0".repeat(Math.max(0, 12 - id.length())) + id;
    }
}

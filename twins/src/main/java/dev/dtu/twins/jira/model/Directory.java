package dev.dtu.twins.jira.model;

import static dev.dtu.twins.jira.model.JiraKinds.*;

import dev.dtu.server.state.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Read-only lookups over one consistent state of a Jira site. */
public record Directory(State state) {

    public JiraKinds.Settings settings() {
        return state.get(SETTINGS, "site").orElseThrow();
    }

    public List<JiraUser> users() {
        return List.copyOf(state.all(USERS).values());
    }

    public Optional<JiraUser> user(String accountId) {
        return accountId == null ? Optional.empty() : state.get(USERS, accountId);
    }

    public Optional<JiraUser> userByPerson(String personId) {
        return users().stream().filter(u -> u.personId().equals(personId)).findFirst();
    }

    public String displayName(String accountId) {
        return user(accountId).map(JiraUser::displayName).orElse(accountId);
    }

    public List<Project> projects() {
        return List.copyOf(state.all(PROJECTS).values());
    }

    public Optional<Project> project(String idOrKey) {
        if (idOrKey == null) {
            return Optional.empty();
        }
        return state.get(PROJECTS, idOrKey).or(() -> projects().stream()
                .filter(p -> p.key().equalsIgnoreCase(idOrKey)).findFirst());
    }

    public Project projectOf(Issue issue) {
        return state.get(PROJECTS, issue.projectId()).orElseThrow();
    }

    public Optional<Issue> issue(String idOrKey) {
        if (idOrKey == null) {
            return Optional.empty();
        }
        return state.get(ISSUES, idOrKey)
                .or(() -> state.get(ISSUE_KEYS, idOrKey.toUpperCase(Locale.ROOT)).flatMap(id -> state.get(ISSUES, id)));
    }

    /** A project's versions in their order (Jira's sequence). */
    public List<Version> versions(String projectId) {
        return state.all(VERSIONS).values().stream().filter(v -> v.projectId().equals(projectId))
                .sorted(java.util.Comparator.comparingLong(Version::sequence)).toList();
    }

    public Optional<Version> version(String id) {
        return id == null || !id.matches("\\d{1,12}") ? Optional.empty() : state.get(VERSIONS, numberKey(Long.parseLong(id)));
    }

    public List<RemoteLink> remoteLinks(String issueId) {
        return List.copyOf(state.all(REMOTE_LINKS).subMap(childPrefix(issueId), childPrefix(issueId) + "\uffff").values());
    }

    public List<Attachment> attachments(String issueId) {
        return state.all(ATTACHMENTS).values().stream().filter(a -> a.issueId().equals(issueId)).toList();
    }

    public Optional<Attachment> attachment(String id) {
        return id == null || !id.matches("\\d{1,12}") ? Optional.empty() : state.get(ATTACHMENTS, numberKey(Long.parseLong(id)));
    }

    public List<Issue> issues() {
        return List.copyOf(state.all(ISSUES).values());
    }

    public List<Status> statuses() {
        return List.copyOf(state.all(STATUSES).values());
    }

    public Status status(String id) {
        return state.get(STATUSES, id).orElseThrow();
    }

    public List<IssueType> issueTypes() {
        return List.copyOf(state.all(ISSUE_TYPES).values());
    }

    public Optional<IssueType> issueType(String id) {
        return id == null ? Optional.empty() : state.get(ISSUE_TYPES, id);
    }

    public Optional<IssueType> issueTypeNamed(String name) {
        return issueTypes().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Highest first, as Jira lists them. */
    public List<Priority> priorities() {
        return List.copyOf(state.all(PRIORITIES).values());
    }

    public Optional<Priority> priority(String id) {
        return id == null ? Optional.empty() : state.get(PRIORITIES, id);
    }

    public Optional<Priority> defaultPriority() {
        return priorities().stream().filter(Priority::isDefault).findFirst();
    }

    public List<Resolution> resolutions() {
        return List.copyOf(state.all(RESOLUTIONS).values());
    }

    public Optional<Resolution> resolution(String id) {
        return id == null ? Optional.empty() : state.get(RESOLUTIONS, id);
    }

    public List<CustomField> customFields() {
        return List.copyOf(state.all(CUSTOM_FIELDS).values());
    }

    public Optional<CustomField> customField(String id) {
        return state.get(CUSTOM_FIELDS, id);
    }

    public List<Worklog> worklogs(String issueId) {
        return List.copyOf(state.all(WORKLOGS).subMap(childPrefix(issueId), childPrefix(issueId) + "\uffff").values());
    }

    public List<Worklog> allWorklogs() {
        return List.copyOf(state.all(WORKLOGS).values());
    }

    public List<Comment> comments(String issueId) {
        return List.copyOf(state.all(COMMENTS).subMap(childPrefix(issueId), childPrefix(issueId) + "\uffff").values());
    }

    public Optional<Comment> comment(String issueId, String commentId) {
        return commentId.matches("\\d{1,12}") ? state.get(COMMENTS, childKey(issueId, commentId)) : Optional.empty();
    }

    /** Who watches the issue, in the order they started. */
    public List<String> watchers(String issueId) {
        return state.get(JiraKinds.WATCHERS, issueId).map(JiraKinds.Watchers::accountIds).orElse(List.of());
    }

    /** Who voted for the issue, in the order they voted. */
    public List<String> voters(String issueId) {
        return state.get(JiraKinds.VOTES, issueId).map(JiraKinds.Watchers::accountIds).orElse(List.of());
    }

    public List<ChangelogEntry> changelog(String issueId) {
        return List.copyOf(state.all(CHANGELOG).subMap(childPrefix(issueId), childPrefix(issueId) + "\uffff").values());
    }

    public List<IssueLink> links(String issueId) {
        List<IssueLink> out = new ArrayList<>();
        for (IssueLink link : state.all(LINKS).values()) {
            if (link.inwardIssueId().equals(issueId) || link.outwardIssueId().equals(issueId)) {
                out.add(link);
            }
        }
        return out;
    }

    public Optional<PermissionScheme> permissionScheme(String id) {
        return state.get(PERMISSION_SCHEMES, id);
    }

    public List<PermissionScheme> permissionSchemes() {
        return List.copyOf(state.all(PERMISSION_SCHEMES).values());
    }

    public List<Issue> subtasks(String parentId) {
        return issues().stream().filter(i -> parentId.equals(i.parentId())).toList();
    }

    public List<Webhook> webhooks() {
        return List.copyOf(state.all(WEBHOOKS).values());
    }

    /** The transitions an issue can take now, in workflow order. */
    public List<Transition> transitions(Issue issue) {
        return projectOf(issue).workflow().availableFrom(issue.statusId());
    }
}

package dev.dtu.twins.jira.model;

import static dev.dtu.twins.jira.model.JiraKinds.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.jira.model.FieldEditor.Screen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jira site's rules, applied to one write: every operation checks its input, changes the state, writes the
 * changelog and records the events webhooks report. Throws {@link JiraException}; the write then changes nothing.
 */
public final class Site {
    private final Tx tx;
    private final Instant now;
    private final List<JiraEvent> events = new ArrayList<>();

    /** What a write returned, and the events it raised. */
    public record Outcome<R>(R result, List<JiraEvent> events) {}

    public Site(Tx tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    public Directory dir() {
        return new Directory(tx.state());
    }

    public List<JiraEvent> events() {
        return List.copyOf(events);
    }

    public Issue createIssue(String actor, JsonNode fields, JsonNode update) {
        if (fields == null || !fields.isObject()) {
            throw JiraException.field("project", "Specify a valid project ID or key");
        }
        Project project = projectOf(fields.get("project"))
                .orElseThrow(() -> JiraException.field("project", "Specify a valid project ID or key"));
        String id = Long.toString(9_999 + tx.next("jira.issue"));
        Issue draft = new Issue(id, project.key() + "-0", project.id(), null, null, null, null,
                project.workflow().initialStatusId(), dir().defaultPriority().map(Priority::id).orElse(null), null, null,
                actor, actor, List.of(), List.of(), Map.of(), null, now, now, null, now, List.of(), List.of());
        Issue.Builder builder = draft.edit();
        new FieldEditor(dir(), project, Screen.CREATE, builder).apply(fields, update);
        String key = project.key() + "-" + tx.next("jira.issue." + project.id());
        Issue built = builder.build();
        Issue issue = new Issue(id, key, project.id(), built.parentId(), built.issueTypeId(), built.summary(), built.description(),
                built.statusId(), built.priorityId(), null, built.assigneeAccountId(), built.reporterAccountId(), actor,
                built.labels(), built.componentIds(), built.customFields(), built.dueDate(), now, now, null, now,
                built.fixVersionIds(), built.versionIds());
        tx.put(ISSUES, id, issue);
        tx.put(ISSUE_KEYS, key, id);
        events.add(new JiraEvent(JiraEvent.ISSUE_CREATED, "issue_created", issue, null, null, actor, now));
        return issue;
    }

    public Issue editIssue(String actor, Issue issue, JsonNode fields, JsonNode update) {
        unchanged(issue);
        Issue.Builder builder = issue.edit();
        List<JsonNode> comments = new FieldEditor(dir(), dir().projectOf(issue), Screen.EDIT, builder).apply(fields, update);
        Issue updated = record(actor, issue, builder, onlyAssignee(issue, builder) ? "issue_assigned" : "issue_updated");
        comments.forEach(body -> addComment(actor, updated, body));
        return current(issue.id());
    }

    /** The project's versions and components, changed by {@code actor} in this write. */
    public Releases releases(String actor) {
        return new Releases(tx, this, actor);
    }

    /** An edit made by another change (a version or component removed): recorded and reported like any edit. */
    Issue revise(String actor, Issue issue, Issue.Builder builder) {
        return record(actor, issue, builder, "issue_updated");
    }

    public Issue assign(String actor, Issue issue, JsonNode assignee) {
        Issue.Builder builder = issue.edit();
        new FieldEditor(dir(), dir().projectOf(issue), Screen.EDIT, builder)
                .apply(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("assignee", assignee), null);
        return record(actor, issue, builder, "issue_assigned");
    }

    public Issue transition(String actor, Issue issue, String transitionId, JsonNode fields, JsonNode update) {
        unchanged(issue);
        Transition transition = transitionFor(issue, transitionId);
        Issue.Builder builder = issue.edit();
        List<JsonNode> comments = new FieldEditor(dir(), dir().projectOf(issue), Screen.TRANSITION, builder)
                .apply(fields, update);
        Status from = dir().status(issue.statusId());
        Status to = dir().status(transition.toStatusId());
        builder.statusId = to.id();
        if (!from.categoryKey().equals(to.categoryKey())) {
            builder.statusCategoryChangeDate = now;
        }
        resolve(builder, to, transition);
        Issue updated = record(actor, issue, builder, "issue_generic");
        comments.forEach(body -> addComment(actor, updated, body));
        return current(issue.id());
    }

    /** Entering a done status sets a resolution (the screen's, else the transition's, else the first); leaving clears it. */
    private void resolve(Issue.Builder builder, Status to, Transition transition) {
        if (to.category().equals(StatusCategory.DONE)) {
            if (builder.resolutionId == null) {
                builder.resolutionId = Optional.ofNullable(transition.resolutionId())
                        .or(() -> dir().resolutions().stream().findFirst().map(Resolution::id)).orElse(null);
            }
            builder.resolutionDate = builder.resolutionDate == null ? now : builder.resolutionDate;
        } else {
            builder.resolutionId = null;
            builder.resolutionDate = null;
        }
    }

    private Transition transitionFor(Issue issue, String transitionId) {
        if (transitionId == null) {
            throw JiraException.message(400, "Missing 'transition' identifier");
        }
        if (!transitionId.matches("-?\\d{1,9}")) {
            throw JiraException.message(400, "'transition' identifier must be an integer");
        }
        return dir().transitions(issue).stream().filter(t -> t.id().equals(transitionId)).findFirst()
                .orElseThrow(() -> JiraException.message(400, "Transition id '" + transitionId + "' is not valid for this issue."));
    }

    /**
     * Jira answers 409 when an edit or transition races another change of the issue ("Edit issue", "Transition issue":
     * "the issue could not be updated due to a conflicting update"): the caller read a version that is gone.
     */
    private void unchanged(Issue read) {
        if (!current(read.id()).equals(read)) {
            throw JiraException.message(409, "The issue could not be updated due to a conflicting update. Please try again.");
        }
    }

    /** An issue with sub-tasks is only deleted with them, when the caller asks for that. */
    public void deleteIssue(String actor, Issue issue, boolean deleteSubtasks) {
        List<Issue> subtasks = dir().subtasks(issue.id());
        if (!subtasks.isEmpty() && !deleteSubtasks) {
            throw JiraException.message(400, "The issue '" + issue.key() + "' has subtasks.  You must specify the "
                    + "'deleteSubtasks' parameter to delete this issue.");
        }
        subtasks.forEach(s -> deleteIssue(actor, s));
        deleteIssue(actor, issue);
    }

    private void deleteIssue(String actor, Issue issue) {
        Directory dir = dir();
        dir.comments(issue.id()).forEach(c -> {
            tx.remove(COMMENTS, childKey(issue.id(), c.id()));
            removeProperties("comment", c.id());
        });
        dir.worklogs(issue.id()).forEach(w -> {
            tx.remove(WORKLOGS, childKey(issue.id(), w.id()));
            removeProperties("worklog", w.id());
        });
        removeProperties("issue", issue.id());
        dir.changelog(issue.id()).forEach(c -> tx.remove(CHANGELOG, childKey(issue.id(), c.id())));
        dir.links(issue.id()).forEach(l -> tx.remove(LINKS, l.id()));
        dir.attachments(issue.id()).forEach(a -> tx.remove(ATTACHMENTS, numberKey(Long.parseLong(a.id()))));
        tx.remove(VOTES, issue.id());
        tx.remove(WATCHERS, issue.id());
        dir.remoteLinks(issue.id()).forEach(l -> tx.remove(REMOTE_LINKS, childKey(issue.id(), Long.toString(l.id()))));
        tx.remove(ISSUES, issue.id());
        tx.remove(ISSUE_KEYS, issue.key());
        events.add(new JiraEvent(JiraEvent.ISSUE_DELETED, "issue_deleted", issue, null, null, actor, now));
    }

    public Comment addComment(String actor, Issue issue, JsonNode body) {
        checkBody(body);
        String id = Long.toString(9_999 + tx.next("jira.comment"));
        Comment comment = new Comment(id, issue.id(), actor, body, now, actor, now);
        tx.put(COMMENTS, childKey(issue.id(), id), comment);
        Issue touched = touch(issue);
        events.add(new JiraEvent(JiraEvent.COMMENT_CREATED, null, touched, null, comment, actor, now));
        events.add(new JiraEvent(JiraEvent.ISSUE_UPDATED, "issue_commented", touched, null, comment, actor, now));
        return comment;
    }

    public Comment updateComment(String actor, Issue issue, Comment comment, JsonNode body) {
        checkBody(body);
        Comment updated = new Comment(comment.id(), comment.issueId(), comment.authorAccountId(), body, comment.created(),
                actor, now);
        tx.put(COMMENTS, childKey(issue.id(), comment.id()), updated);
        Issue touched = touch(issue);
        events.add(new JiraEvent(JiraEvent.COMMENT_UPDATED, null, touched, null, updated, actor, now));
        events.add(new JiraEvent(JiraEvent.ISSUE_UPDATED, "issue_comment_edited", touched, null, updated, actor, now));
        return updated;
    }

    public void deleteComment(String actor, Issue issue, Comment comment) {
        tx.remove(COMMENTS, childKey(issue.id(), comment.id()));
        removeProperties("comment", comment.id());
        Issue touched = touch(issue);
        events.add(new JiraEvent(JiraEvent.COMMENT_DELETED, null, touched, null, comment, actor, now));
    }

    public IssueLink link(String actor, IssueLinkType type, Issue inward, Issue outward) {
        String id = Long.toString(9_999 + tx.next("jira.issueLink"));
        IssueLink link = tx.put(LINKS, id, new IssueLink(id, type.id(), inward.id(), outward.id()));
        linkHistory(actor, outward, "This issue " + type.outward() + " " + inward.key(), inward.key());
        linkHistory(actor, inward, "This issue " + type.inward() + " " + outward.key(), outward.key());
        return link;
    }

    /** Removes a link; each issue's history says which link went ("Link" from "This issue blocks X" to nothing). */
    public void unlink(String actor, IssueLink link) {
        IssueLinkType type = IssueLinkType.find(link.typeId()).orElseThrow();
        Issue inward = current(link.inwardIssueId());
        Issue outward = current(link.outwardIssueId());
        tx.remove(LINKS, link.id());
        linkHistory(actor, outward, "This issue " + type.outward() + " " + inward.key(), inward.key(), false);
        linkHistory(actor, inward, "This issue " + type.inward() + " " + outward.key(), outward.key(), false);
    }

    private void linkHistory(String actor, Issue issue, String text, String otherKey) {
        linkHistory(actor, issue, text, otherKey, true);
    }

    private void linkHistory(String actor, Issue issue, String text, String otherKey, boolean added) {
        Issue touched = touch(issue);
        ChangeItem item = added ? new ChangeItem("Link", "jira", null, null, null, otherKey, text)
                : new ChangeItem("Link", "jira", null, otherKey, text, null, null);
        ChangelogEntry entry = changelog(actor, touched, List.of(item));
        events.add(new JiraEvent(JiraEvent.ISSUE_UPDATED, "issue_updated", touched, entry, null, actor, now));
    }

    public Worklog addWorklog(String actor, Issue issue, JsonNode comment, Instant started, long seconds) {
        String id = Long.toString(9_999 + tx.next("jira.worklog"));
        return tx.put(WORKLOGS, childKey(issue.id(), id), new Worklog(id, issue.id(), actor, actor, comment, now, now,
                started == null ? now : started, seconds));
    }

    public Worklog updateWorklog(String actor, Issue issue, Worklog w, JsonNode comment, Instant started, Long seconds) {
        return tx.put(WORKLOGS, childKey(issue.id(), w.id()), new Worklog(w.id(), w.issueId(), w.authorAccountId(), actor,
                comment == null ? w.comment() : comment, w.created(), now, started == null ? w.started() : started,
                seconds == null ? w.timeSpentSeconds() : seconds));
    }

    public void deleteWorklog(Issue issue, Worklog w) {
        tx.remove(WORKLOGS, childKey(issue.id(), w.id()));
        removeProperties("worklog", w.id());
    }

    /** An entity's properties go with it (stored as "type/id/key"). */
    private void removeProperties(String type, String id) {
        String prefix = type + "/" + id + "/";
        List.copyOf(tx.all(PROPERTIES).subMap(prefix, prefix + "\uffff").keySet()).forEach(k -> tx.remove(PROPERTIES, k));
    }

    /**
     * Deletes an issue type: its issues take {@code alternativeId} (checked by the caller), and so do the projects
     * that offered it.
     */
    public void deleteIssueType(String actor, String id, String alternativeId) {
        for (Issue issue : dir().issues()) {
            if (id.equals(issue.issueTypeId())) {
                Issue.Builder b = current(issue.id()).edit();
                b.issueTypeId = alternativeId;
                record(actor, issue, b, "issue_updated");
            }
        }
        for (Project p : dir().projects()) {
            if (p.issueTypeIds().contains(id)) {
                List<String> ids = new ArrayList<>(p.issueTypeIds().stream().filter(t -> !t.equals(id)).toList());
                if (alternativeId != null && !ids.contains(alternativeId)) {
                    ids.add(alternativeId);
                }
                tx.put(PROJECTS, p.id(), p.withIssueTypeIds(ids));
            }
        }
        tx.remove(ISSUE_TYPES, id);
    }

    /** Deletes a priority: its issues take {@code replacementId}. Returns the finished task that did it. */
    public Task deletePriority(String actor, Priority priority, String replacementId) {
        for (Issue issue : dir().issues()) {
            if (priority.id().equals(issue.priorityId())) {
                Issue.Builder b = current(issue.id()).edit();
                b.priorityId = replacementId;
                record(actor, issue, b, "issue_updated");
            }
        }
        tx.remove(PRIORITIES, priority.id());
        String taskId = Long.toString(10_000 + tx.next("jira.task"));
        long at = now.toEpochMilli();
        return tx.put(TASKS, taskId, new Task(taskId, "Delete priority " + priority.name(), actor, at, at));
    }

    public void setApplicationProperty(String key, String value) {
        tx.put(APPLICATION_PROPERTIES, key, value);
    }

    public void setNavigatorColumns(List<String> fields) {
        tx.put(NAVIGATOR_COLUMNS, "site", new NavigatorColumns(fields));
    }

    public void setAnnouncementBanner(AnnouncementBanner banner) {
        tx.put(ANNOUNCEMENT_BANNER, "site", banner);
    }

    /** Sets (or, with null, removes) one of a user's preferences. */
    public void setPreference(String id, String value) {
        if (value == null) {
            tx.remove(PREFERENCES, id);
        } else {
            tx.put(PREFERENCES, id, value);
        }
    }

    /** Adds or removes one watcher of an issue; watching twice is watching once. */
    public void watch(Issue issue, String accountId, boolean watching) {
        List<String> now = new ArrayList<>(tx.get(WATCHERS, issue.id()).map(Watchers::accountIds).orElse(List.of()));
        now.remove(accountId);
        if (watching) {
            now.add(accountId);
        }
        tx.put(WATCHERS, issue.id(), new Watchers(now));
    }

    /** Adds or removes one account's vote for an issue (once each; removing a vote never cast changes nothing). */
    public void vote(Issue issue, String accountId, boolean voting) {
        List<String> now = new ArrayList<>(tx.get(VOTES, issue.id()).map(Watchers::accountIds).orElse(List.of()));
        now.remove(accountId);
        if (voting) {
            now.add(accountId);
        }
        tx.put(VOTES, issue.id(), new Watchers(now));
    }

    /** Replaces who plays one role in a project (project role actors: accounts and groups). */
    public Project setRoleActors(Project project, ProjectRole role) {
        List<ProjectRole> roles = new ArrayList<>(project.roles().stream().filter(r -> !r.name().equals(role.name())).toList());
        roles.add(role);
        Project updated = new Project(project.id(), project.key(), project.name(), project.description(), project.leadAccountId(),
                project.issueTypeIds(), project.workflow(), project.components(), project.customFieldIds(),
                project.permissionSchemeId(), roles);
        return tx.put(PROJECTS, project.id(), updated);
    }

    /** Attaches files to an issue (each a new attachment by the actor, in the order given). */
    public List<Attachment> attach(String actor, Issue issue, List<Attachment> files) {
        List<Attachment> out = new ArrayList<>();
        for (Attachment f : files) {
            long id = 9_999 + tx.next("jira.attachment");
            out.add(tx.put(ATTACHMENTS, numberKey(id), new Attachment(Long.toString(id), issue.id(), f.filename(),
                    f.mimeType(), actor, now, f.size(), f.data())));
        }
        return out;
    }

    /** Adds a remote link, or replaces {@code replacing} (same id). */
    public RemoteLink putRemoteLink(Issue issue, RemoteLink draft, Optional<RemoteLink> replacing) {
        long id = replacing.map(RemoteLink::id).orElseGet(() -> 9_999 + tx.next("jira.remoteLink"));
        RemoteLink link = new RemoteLink(id, issue.id(), draft.globalId(), draft.application(), draft.relationship(), draft.object());
        tx.put(REMOTE_LINKS, childKey(issue.id(), Long.toString(id)), link);
        touch(issue);
        return link;
    }

    public void removeRemoteLink(RemoteLink link) {
        tx.remove(REMOTE_LINKS, childKey(link.issueId(), Long.toString(link.id())));
    }

    public void removeAttachment(Attachment a) {
        tx.remove(ATTACHMENTS, numberKey(Long.parseLong(a.id())));
    }

    public Webhook registerWebhook(String owner, String url, List<String> events, String jql, List<String> fieldIds,
            long expirationDate) {
        String id = Long.toString(tx.next("jira.webhook"));
        return tx.put(WEBHOOKS, id, new Webhook(id, null, url, events, jql, fieldIds, null, true, owner, expirationDate));
    }

    public void refreshWebhook(String id, long expirationDate) {
        tx.get(WEBHOOKS, id).ifPresent(w -> tx.put(WEBHOOKS, id, new Webhook(w.id(), w.name(), w.url(), w.events(),
                w.jqlFilter(), w.fieldIdsFilter(), w.secret(), w.dynamic(), w.ownerAccountId(), expirationDate)));
    }

    public void deleteWebhook(String id) {
        tx.remove(WEBHOOKS, id);
    }

    private Issue record(String actor, Issue before, Issue.Builder builder, String eventType) {
        Issue candidate = builder.build();
        List<ChangeItem> items = Changes.between(dir(), before, candidate);
        if (items.isEmpty()) {
            return before;
        }
        builder.updated = now;
        Issue after = tx.put(ISSUES, before.id(), builder.build());
        ChangelogEntry entry = changelog(actor, after, items);
        events.add(new JiraEvent(JiraEvent.ISSUE_UPDATED, eventType, after, entry, null, actor, now));
        return after;
    }

    private ChangelogEntry changelog(String actor, Issue issue, List<ChangeItem> items) {
        String id = Long.toString(9_999 + tx.next("jira.changelog"));
        return tx.put(CHANGELOG, childKey(issue.id(), id), new ChangelogEntry(id, issue.id(), actor, now, items));
    }

    private Issue touch(Issue issue) {
        Issue.Builder b = current(issue.id()).edit();
        b.updated = now;
        return tx.put(ISSUES, issue.id(), b.build());
    }

    private Issue current(String id) {
        return tx.get(ISSUES, id).orElseThrow(JiraException::issueNotFound);
    }

    private static boolean onlyAssignee(Issue before, Issue.Builder after) {
        Issue candidate = after.build();
        return !java.util.Objects.equals(before.assigneeAccountId(), candidate.assigneeAccountId())
                && before.equals(new Issue(candidate.id(), candidate.key(), candidate.projectId(), candidate.parentId(),
                candidate.issueTypeId(),
                candidate.summary(), candidate.description(), candidate.statusId(), candidate.priorityId(),
                candidate.resolutionId(), before.assigneeAccountId(), candidate.reporterAccountId(),
                candidate.creatorAccountId(), candidate.labels(), candidate.componentIds(), candidate.customFields(),
                candidate.dueDate(), candidate.created(), candidate.updated(), candidate.resolutionDate(),
                candidate.statusCategoryChangeDate(), candidate.fixVersionIds(), candidate.versionIds()));
    }

    private static void checkBody(JsonNode body) {
        if (!Adf.isDocument(body)) {
            throw JiraException.field("comment", Comments.INVALID_BODY);
        }
        if (Adf.plainText(body).length() > Comments.MAX_BODY_CHARS) {
            throw JiraException.field("comment", "The entered text is too long. It exceeds the allowed limit of "
                    + Comments.MAX_BODY_CHARS + " characters.");
        }
    }

    private Optional<Project> projectOf(JsonNode ref) {
        if (ref == null || !ref.isObject()) {
            return Optional.empty();
        }
        String id = ref.path("id").asText(null);
        return id != null ? tx.get(PROJECTS, id) : dir().project(ref.path("key").asText(null));
    }
}

package dev.dtu.twins.jira.model;

import dev.dtu.twins.jira.model.jql.JqlChange;
import dev.dtu.twins.jira.model.jql.JqlIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An issue as JQL sees it: names for options, account ids for users, texts for text fields. */
public record IssueView(Issue issue, Directory dir) implements JqlIssue {
    private static final Map<String, Boolean> BY_ID = Map.of("assignee", true, "reporter", true, "status", false,
            "priority", false, "resolution", false);

    @Override
    public String id() {
        return issue.id();
    }

    @Override
    public String key() {
        return issue.key();
    }

    @Override
    public String projectKey() {
        return dir.projectOf(issue).key();
    }

    @Override
    public Object value(String fieldId) {
        return switch (fieldId) {
            case "issuetype" -> dir.issueType(issue.issueTypeId()).map(IssueType::name).orElse(null);
            case "status" -> dir.status(issue.statusId()).name();
            case "statusCategory" -> dir.status(issue.statusId()).category().name();
            case "assignee" -> issue.assigneeAccountId();
            case "reporter" -> issue.reporterAccountId();
            case "creator" -> issue.creatorAccountId();
            case "priority" -> dir.priority(issue.priorityId()).map(Priority::name).orElse(null);
            case "resolution" -> dir.resolution(issue.resolutionId()).map(Resolution::name).orElse(null);
            case "labels" -> issue.labels();
            case "components" -> issue.componentIds().stream()
                    .map(id -> dir.projectOf(issue).component(id).map(Component::name).orElse(id)).toList();
            case "fixVersions" -> versionNames(issue.fixVersionIds());
            case "versions" -> versionNames(issue.versionIds());
            case "summary" -> issue.summary();
            case "description" -> issue.description() == null ? null : Adf.plainText(issue.description());
            case "comment" -> dir.comments(issue.id()).stream().map(c -> Adf.plainText(c.body())).toList();
            case "created" -> issue.created();
            case "updated" -> issue.updated();
            case "resolutiondate" -> issue.resolutionDate();
            case "duedate" -> issue.dueDate();
            case "sprint" -> new dev.dtu.twins.jira.model.agile.AgileDirectory(dir.state()).sprintsOf(issue).stream()
                    .map(s -> Long.toString(s.id())).toList();
            case "rank" -> new dev.dtu.twins.jira.model.agile.AgileDirectory(dir.state()).fields(issue).rank();
            default -> custom(fieldId);
        };
    }

    private List<String> versionNames(List<String> ids) {
        return ids.stream().map(id -> dir.version(id).map(Version::name).orElse(id)).toList();
    }

    private Object custom(String fieldId) {
        var stored = issue.customFields().get(fieldId);
        return stored == null ? null : dir.customField(fieldId).map(cf -> CustomValues.jqlValue(cf, stored)).orElse(null);
    }

    @Override
    public List<JqlChange> changes(String fieldId) {
        Boolean byId = BY_ID.get(fieldId);
        if (byId == null) {
            return List.of();
        }
        List<JqlChange> out = new ArrayList<>();
        for (ChangelogEntry entry : dir.changelog(issue.id())) {
            entry.items().stream().filter(i -> fieldId.equals(i.fieldId())).forEach(i -> out.add(new JqlChange(
                    entry.created(), entry.authorAccountId(), byId ? i.from() : i.fromText(), byId ? i.to() : i.toText())));
        }
        return out;
    }
}

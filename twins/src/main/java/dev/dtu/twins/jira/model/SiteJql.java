package dev.dtu.twins.jira.model;

import dev.dtu.twins.jira.model.jql.FieldType;
import dev.dtu.twins.jira.model.jql.JqlContext;
import dev.dtu.twins.jira.model.jql.JqlField;
import dev.dtu.twins.jira.model.jql.JqlFieldCatalog;
import dev.dtu.twins.jira.model.jql.JqlOption;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The site as JQL's context: its fields, options, users and groups, searched by one user at one time. */
public record SiteJql(Directory dir, Optional<String> currentUser, Clock clock) implements JqlContext {

    @Override
    public JqlFieldCatalog fields() {
        JqlFieldCatalog catalog = JqlFieldCatalog.system()
                .with(new JqlField("components", "component", FieldType.LABELS, false, List.of()),
                        new JqlField("fixVersions", "fixVersion", FieldType.LABELS, false, List.of()),
                        new JqlField("versions", "affectedVersion", FieldType.LABELS, false, List.of()),
                        new JqlField("sprint", "Sprint", FieldType.OPTION, false, List.of("cf[10020]", "customfield_10020")),
                        new JqlField("rank", "Rank", FieldType.TEXT, false, List.of("cf[10019]", "customfield_10019")));
        for (CustomField cf : dir.customFields()) {
            catalog = catalog.with(JqlField.custom(cf.number(), cf.name(), type(cf)));
        }
        return catalog;
    }

    static FieldType type(CustomField cf) {
        return switch (cf.type()) {
            case "number" -> FieldType.NUMBER;
            case "date" -> FieldType.DATE;
            case "option" -> FieldType.OPTION;
            case "labels" -> FieldType.LABELS;
            default -> FieldType.TEXT;
        };
    }

    @Override
    public List<JqlOption> options(String fieldId) {
        return switch (fieldId) {
            case "project" -> dir.projects().stream().map(p -> new JqlOption(p.id(), p.key(), p.name())).toList();
            case "status" -> dir.statuses().stream().map(s -> JqlOption.named(s.id(), s.name())).toList();
            case "statusCategory" -> StatusCategory.all().stream()
                    .map(c -> new JqlOption(Integer.toString(c.id()), c.key(), c.name())).toList();
            case "priority" -> dir.priorities().stream().map(p -> JqlOption.named(p.id(), p.name())).toList();
            case "issuetype" -> dir.issueTypes().stream().map(t -> JqlOption.named(t.id(), t.name())).toList();
            case "resolution" -> dir.resolutions().stream().map(r -> JqlOption.named(r.id(), r.name())).toList();
            case "sprint" -> sprints(dir.state().all(JiraKinds.SPRINTS).values().stream());
            default -> dir.customField(fieldId).map(cf -> cf.options().stream()
                    .map(o -> JqlOption.named(o.id(), o.value())).toList()).orElse(List.of());
        };
    }

    @Override
    public List<JqlOption> sprints(String function) {
        return sprints(dir.state().all(JiraKinds.SPRINTS).values().stream().filter(s -> switch (function) {
            case "open" -> s.open();
            case "closed" -> !s.open();
            default -> s.state().equals(dev.dtu.twins.jira.model.agile.Sprint.FUTURE);
        }));
    }

    private static List<JqlOption> sprints(java.util.stream.Stream<dev.dtu.twins.jira.model.agile.Sprint> sprints) {
        return sprints.map(s -> JqlOption.named(Long.toString(s.id()), s.name())).toList();
    }

    @Override
    public Optional<String> resolveUser(String user) {
        return dir.users().stream().filter(u -> u.accountId().equals(user) || user.equalsIgnoreCase(u.emailAddress())
                || user.equalsIgnoreCase(u.displayName())).map(JiraUser::accountId).findFirst();
    }

    @Override
    public Optional<Set<String>> groupMembers(String group) {
        Set<String> members = dir.users().stream().filter(u -> u.groups().stream().anyMatch(g -> g.equalsIgnoreCase(group)))
                .map(JiraUser::accountId).collect(Collectors.toCollection(HashSet::new));
        return members.isEmpty() ? Optional.empty() : Optional.of(members);
    }

    /** Whether the searcher may see the issue; a search without a searcher (a webhook's filter) sees every issue. */
    public boolean browsable(Issue issue) {
        return currentUser.flatMap(dir::user).map(u -> new Permissions(dir).canBrowse(u, issue)).orElse(true);
    }

    @Override
    public boolean issueExists(String key) {
        return dir.issue(key).isPresent();
    }

    @Override
    public String displayName(String accountId) {
        return dir.displayName(accountId);
    }
}

package dev.dtu.twins.jira.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** The changelog items between two versions of an issue, named as Jira's history names them. */
final class Changes {
    private final Directory dir;
    private final Issue before;
    private final Issue after;
    private final List<ChangeItem> items = new ArrayList<>();

    private Changes(Directory dir, Issue before, Issue after) {
        this.dir = dir;
        this.before = before;
        this.after = after;
    }

    static List<ChangeItem> between(Directory dir, Issue before, Issue after) {
        Changes c = new Changes(dir, before, after);
        c.collect();
        return c.items;
    }

    private void collect() {
        named("summary", Issue::summary);
        ided("issuetype", Issue::issueTypeId, id -> dir.issueType(id).map(IssueType::name).orElse(null));
        ided("priority", Issue::priorityId, id -> dir.priority(id).map(Priority::name).orElse(null));
        ided("assignee", Issue::assigneeAccountId, dir::displayName);
        ided("reporter", Issue::reporterAccountId, dir::displayName);
        ided("status", Issue::statusId, id -> dir.status(id).name());
        ided("resolution", Issue::resolutionId, id -> dir.resolution(id).map(Resolution::name).orElse(null));
        named("description", i -> i.description() == null ? null : Adf.plainText(i.description()));
        named("duedate", i -> i.dueDate() == null ? null : i.dueDate().toString());
        if (!before.labels().equals(after.labels())) {
            items.add(ChangeItem.jira("labels", null, spaced(before.labels()), null, spaced(after.labels())));
        }
        components();
        versions("Fix Version", "fixVersions", before.fixVersionIds(), after.fixVersionIds());
        versions("Version", "versions", before.versionIds(), after.versionIds());
        custom();
    }

    private void named(String field, Function<Issue, String> value) {
        String from = value.apply(before);
        String to = value.apply(after);
        if (!Objects.equals(from, to)) {
            items.add(ChangeItem.jira(field, null, from, null, to));
        }
    }

    private void ided(String field, Function<Issue, String> id, Function<String, String> name) {
        String from = id.apply(before);
        String to = id.apply(after);
        if (!Objects.equals(from, to)) {
            items.add(ChangeItem.jira(field, from, from == null ? null : name.apply(from), to, to == null ? null : name.apply(to)));
        }
    }

    /** Jira writes one "Component" item per component added or removed. */
    private void components() {
        Project project = dir.projectOf(after);
        for (String id : before.componentIds()) {
            if (!after.componentIds().contains(id)) {
                items.add(new ChangeItem("Component", "jira", "components", id, componentName(project, id), null, null));
            }
        }
        for (String id : after.componentIds()) {
            if (!before.componentIds().contains(id)) {
                items.add(new ChangeItem("Component", "jira", "components", null, null, id, componentName(project, id)));
            }
        }
    }

    /** Jira writes one "Fix Version" (or "Version", for affects versions) item per version added or removed. */
    private void versions(String field, String fieldId, java.util.List<String> from, java.util.List<String> to) {
        for (String id : from) {
            if (!to.contains(id)) {
                items.add(new ChangeItem(field, "jira", fieldId, id, versionName(id), null, null));
            }
        }
        for (String id : to) {
            if (!from.contains(id)) {
                items.add(new ChangeItem(field, "jira", fieldId, null, null, id, versionName(id)));
            }
        }
    }

    private String versionName(String id) {
        return dir.version(id).map(Version::name).orElse(id);
    }

    private static String componentName(Project project, String id) {
        return project.component(id).map(Component::name).orElse(id);
    }

    private void custom() {
        TreeSet<String> ids = new TreeSet<>(before.customFields().keySet());
        ids.addAll(after.customFields().keySet());
        for (String id : ids) {
            var from = before.customFields().get(id);
            var to = after.customFields().get(id);
            if (!Objects.equals(from, to)) {
                String name = dir.customField(id).map(CustomField::name).orElse(id);
                items.add(ChangeItem.custom(name, id, CustomValues.text(from), CustomValues.text(to)));
            }
        }
    }

    private static String spaced(List<String> values) {
        return values.isEmpty() ? null : String.join(" ", values);
    }
}

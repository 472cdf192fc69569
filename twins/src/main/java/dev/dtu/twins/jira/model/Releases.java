package dev.dtu.twins.jira.model;

import static dev.dtu.twins.jira.model.JiraKinds.*;

import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes to a project's versions and components, and what they do to the issues that name them: merging or
 * deleting a version moves its issues to the replacement (or drops it from them), deleting a component drops it
 * from its issues (or moves them to {@code moveIssuesTo}). Those issue edits are changes like any other: each writes
 * its changelog entry ("Fix Version", "Version", "Component" items) and raises jira:issue_updated. Got from
 * {@link Site#releases()}, whose write it is part of.
 */
public final class Releases {
    private final Tx tx;
    private final Site site;
    private final String actor;

    Releases(Tx tx, Site site, String actor) {
        this.tx = tx;
        this.site = site;
        this.actor = actor;
    }

    private Directory dir() {
        return new Directory(tx.state());
    }

    public Version createVersion(Version draft) {
        checkVersionName(draft.projectId(), draft.name(), null);
        long id = 9_999 + tx.next("jira.version");
        long last = dir().versions(draft.projectId()).stream().mapToLong(Version::sequence).max().orElse(0);
        Version v = new Version(Long.toString(id), draft.projectId(), draft.name(), draft.description(), draft.archived(),
                draft.released(), draft.startDate(), draft.releaseDate(), last + 1);
        return tx.put(VERSIONS, numberKey(id), v);
    }

    public Version updateVersion(Version updated) {
        checkVersionName(updated.projectId(), updated.name(), updated.id());
        return tx.put(VERSIONS, numberKey(Long.parseLong(updated.id())), updated);
    }

    private void checkVersionName(String projectId, String name, String self) {
        if (name == null || name.isBlank()) {
            throw JiraException.field("name", "You must specify a valid version name");
        }
        if (name.length() > 255) {
            throw JiraException.field("name", "The version name must not exceed 255 characters.");
        }
        if (dir().versions(projectId).stream().anyMatch(v -> v.name().equalsIgnoreCase(name) && !v.id().equals(self))) {
            throw JiraException.field("name", "A version with this name already exists in this project.");
        }
    }

    /** Moves a version to {@code index} (0 = first) among its project's versions. */
    public Version moveVersion(Version v, int index) {
        List<Version> order = new ArrayList<>(dir().versions(v.projectId()));
        order.removeIf(x -> x.id().equals(v.id()));
        order.add(Math.clamp(index, 0, order.size()), v);
        Version moved = v;
        for (int i = 0; i < order.size(); i++) {
            Version x = order.get(i).withSequence(i + 1);
            tx.put(VERSIONS, numberKey(Long.parseLong(x.id())), x);
            if (x.id().equals(v.id())) {
                moved = x;
            }
        }
        return moved;
    }

    /**
     * Deletes a version; its fix-version issues move to {@code fixTo} and its affects-version issues to
     * {@code affectedTo} (either may be empty: the version is then only removed from them).
     */
    public void deleteVersion(Version v, Optional<Version> fixTo, Optional<Version> affectedTo) {
        for (Issue issue : dir().issues()) {
            if (issue.fixVersionIds().contains(v.id()) || issue.versionIds().contains(v.id())) {
                Issue.Builder b = issue.edit();
                b.fixVersionIds = replace(issue.fixVersionIds(), v.id(), fixTo.map(Version::id));
                b.versionIds = replace(issue.versionIds(), v.id(), affectedTo.map(Version::id));
                site.revise(actor, issue, b);
            }
        }
        tx.remove(VERSIONS, numberKey(Long.parseLong(v.id())));
    }

    private static List<String> replace(List<String> ids, String gone, Optional<String> by) {
        List<String> out = new ArrayList<>(ids.stream().filter(id -> !id.equals(gone)).toList());
        if (ids.contains(gone) && by.isPresent() && !out.contains(by.get())) {
            out.add(by.get());
        }
        return out;
    }

    public Component createComponent(Project project, Component draft) {
        checkComponentName(project, draft.name(), null);
        String id = Long.toString(9_999 + tx.next("jira.component"));
        Component c = new Component(id, draft.name(), draft.description(), draft.leadAccountId(), draft.assigneeType());
        List<Component> all = new ArrayList<>(project.components());
        all.add(c);
        putComponents(project, all);
        return c;
    }

    public Component updateComponent(Project project, Component updated) {
        checkComponentName(project, updated.name(), updated.id());
        putComponents(project, project.components().stream().map(c -> c.id().equals(updated.id()) ? updated : c).toList());
        return updated;
    }

    private static void checkComponentName(Project project, String name, String self) {
        if (name == null || name.isBlank()) {
            throw JiraException.field("name", "The component name specified is invalid - cannot be empty.");
        }
        if (name.length() > 255) {
            throw JiraException.field("name", "The component name must not exceed 255 characters.");
        }
        if (project.components().stream().anyMatch(c -> c.name().equalsIgnoreCase(name) && !c.id().equals(self))) {
            throw JiraException.field("name", "A component with the name " + name + " already exists in this project.");
        }
    }

    /** Deletes a component; its issues lose it, or get {@code moveTo} instead. */
    public void deleteComponent(Project project, Component gone, Optional<Component> moveTo) {
        for (Issue issue : dir().issues()) {
            if (issue.componentIds().contains(gone.id())) {
                Issue.Builder b = issue.edit();
                b.componentIds = replace(issue.componentIds(), gone.id(), moveTo.map(Component::id));
                site.revise(actor, issue, b);
            }
        }
        putComponents(project, project.components().stream().filter(c -> !c.id().equals(gone.id())).toList());
    }

    private void putComponents(Project p, List<Component> components) {
        tx.put(PROJECTS, p.id(), p.withComponents(components));
    }
}

package dev.dtu.twins.jira.model;

import java.util.List;
import java.util.Optional;

/** A project: its key prefixes issue keys, its workflow moves its issues, its permission scheme guards them. */
public record Project(String id, String key, String name, String description, String leadAccountId,
        List<String> issueTypeIds, Workflow workflow, List<Component> components, List<String> customFieldIds,
        String permissionSchemeId, List<ProjectRole> roles) {

    public Project {
        issueTypeIds = List.copyOf(issueTypeIds);
        components = List.copyOf(components);
        customFieldIds = List.copyOf(customFieldIds);
        roles = List.copyOf(roles);
    }

    public Project withComponents(List<Component> all) {
        return new Project(id, key, name, description, leadAccountId, issueTypeIds, workflow, all, customFieldIds,
                permissionSchemeId, roles);
    }

    public Project withIssueTypeIds(List<String> ids) {
        return new Project(id, key, name, description, leadAccountId, ids, workflow, components, customFieldIds,
                permissionSchemeId, roles);
    }

    public Optional<Component> component(String idOrName) {
        return components.stream().filter(c -> c.id().equals(idOrName) || c.name().equalsIgnoreCase(idOrName)).findFirst();
    }
}

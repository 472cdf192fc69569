package dev.dtu.twins.jira.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The site's project roles. "In Jira Cloud, the list of project roles is shared globally with all projects, but each
 * project can have a different set of actors" (Get all project roles): every role exists in every project, with no
 * actors where the project names none.
 * Guessed: the ids. A Jira Cloud site's Administrators role is 10002 and its atlassian-addons-project-access role
 * 10003 on every site seen; Member and Viewer (the roles new projects get) and roles only a seed names are numbered
 * from 10004 in name order.
 */
public record RoleCatalogue(Map<Long, String> names) {
    public static final String ADMINISTRATORS = "Administrators";
    private static final List<String> BUILT_IN = List.of(ADMINISTRATORS, "atlassian-addons-project-access", "Member", "Viewer");

    public static RoleCatalogue of(Directory dir) {
        TreeSet<String> named = new TreeSet<>();
        dir.projects().forEach(p -> p.roles().forEach(r -> named.add(r.name())));
        named.removeAll(BUILT_IN);
        Map<Long, String> names = new LinkedHashMap<>();
        long id = 10_002;
        List<String> all = new ArrayList<>(BUILT_IN);
        all.addAll(named);
        for (String name : all) {
            names.put(id++, name);
        }
        return new RoleCatalogue(names);
    }

    public Optional<String> name(long id) {
        return Optional.ofNullable(names.get(id));
    }

    public String description(String name) {
        return switch (name) {
            case ADMINISTRATORS -> "Administrators of the project";
            case "atlassian-addons-project-access" -> "A project role that represents Connect add-ons declaring a scope that requires more than read access";
            case "Member" -> "Members of the project";
            case "Viewer" -> "Viewers of the project";
            default -> "";
        };
    }

    /** Who plays the role in the project (no one when the project names no actors for it). */
    public static ProjectRole in(Project project, String name) {
        return project.roles().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseGet(() -> new ProjectRole(name, List.of(), List.of()));
    }
}

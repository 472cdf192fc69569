package dev.dtu.twins.jira.model;

import java.util.List;
import java.util.Optional;

/** The link types every Jira Cloud site starts with. */
public record IssueLinkType(String id, String name, String inward, String outward) {
    public static List<IssueLinkType> defaults() {
        return List.of(new IssueLinkType("10000", "Blocks", "is blocked by", "blocks"),
                new IssueLinkType("10001", "Cloners", "is cloned by", "clones"),
                new IssueLinkType("10002", "Duplicate", "is duplicated by", "duplicates"),
                new IssueLinkType("10003", "Relates", "relates to", "relates to"));
    }

    public static Optional<IssueLinkType> find(String idOrName) {
        return defaults().stream().filter(t -> t.id.equals(idOrName) || t.name.equalsIgnoreCase(idOrName)).findFirst();
    }
}

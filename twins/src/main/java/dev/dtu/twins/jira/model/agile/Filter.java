package dev.dtu.twins.jira.model.agile;

import java.util.List;

/** A saved JQL search; {@code favouriteOf} are the accounts that starred it. */
public record Filter(long id, String name, String description, String jql, String ownerAccountId, List<String> favouriteOf) {
    public Filter {
        favouriteOf = List.copyOf(favouriteOf);
    }
}

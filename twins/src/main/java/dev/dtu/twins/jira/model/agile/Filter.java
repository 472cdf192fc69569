package dev.dtu.twins.jira.model.agile;

import java.util.List;

/**
 * A saved JQL search; {@code favouriteOf} are the accounts that starred it, {@code shares} who else sees (or edits) it,
 * {@code columns} the navigator columns of its own (null: none, the user's default columns apply).
 */
public record Filter(long id, String name, String description, String jql, String ownerAccountId, List<String> favouriteOf,
        List<SharePermission> shares, List<String> columns) {
    public Filter {
        favouriteOf = List.copyOf(favouriteOf);
        shares = shares == null ? List.of() : List.copyOf(shares);
        columns = columns == null ? null : List.copyOf(columns);
    }

    public Filter(long id, String name, String description, String jql, String ownerAccountId, List<String> favouriteOf) {
        this(id, name, description, jql, ownerAccountId, favouriteOf, List.of(), null);
    }

    public Filter withShares(List<SharePermission> all) {
        return new Filter(id, name, description, jql, ownerAccountId, favouriteOf, all, columns);
    }

    public Filter withColumns(List<String> all) {
        return new Filter(id, name, description, jql, ownerAccountId, favouriteOf, shares, all);
    }

    /**
     * One share: {@code type} is Jira's (project, projectRole, group, user, global, authenticated), with the project,
     * role, group or account it names; {@code edit} when it grants editing too (Jira lists it in editPermissions).
     */
    public record SharePermission(long id, String type, String projectId, String roleId, String groupName, String accountId,
            boolean edit) {}
}

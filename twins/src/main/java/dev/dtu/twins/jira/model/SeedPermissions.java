package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.jira.model.PermissionScheme.Grant;
import dev.dtu.twins.jira.model.PermissionScheme.Holder;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded permission schemes and project roles. A grant's holder is "anyone", "projectLead", "reporter", "assignee",
 * "group:NAME", "user:PERSON" or "projectRole:NAME"; a role's members are people or "group:NAME".
 */
record SeedPermissions(JiraSeed seed, Tx tx) {

    void schemes(JsonNode list) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String path = "jira.permissionSchemes[" + i + "]";
            List<Grant> grants = new ArrayList<>();
            node.path("grants").fields().forEachRemaining(e -> {
                ProjectPermission permission = ProjectPermission.of(e.getKey())
                        .orElseThrow(() -> new SeedException(path + ".grants", "no project permission '" + e.getKey() + "'"));
                e.getValue().forEach(h -> grants.add(grant(permission, h.asText(), path + ".grants." + e.getKey())));
            });
            String id = Long.toString(10_000 + i);
            tx.put(JiraKinds.PERMISSION_SCHEMES, id, new PermissionScheme(id, node.path("name").asText(), grants));
        }
    }

    private Grant grant(ProjectPermission permission, String text, String path) {
        int colon = text.indexOf(':');
        String type = colon < 0 ? text : text.substring(0, colon);
        String parameter = colon < 0 ? null : text.substring(colon + 1);
        Holder holder = Holder.of(type).orElseThrow(() -> new SeedException(path, "no holder type '" + type + "'"));
        if ((parameter == null) != (holder == Holder.ANYONE || holder == Holder.PROJECT_LEAD || holder == Holder.REPORTER
                || holder == Holder.ASSIGNEE)) {
            throw new SeedException(path, "holder '" + text + "' " + (parameter == null ? "needs" : "takes no") + " a name");
        }
        return new Grant(permission, holder, holder == Holder.USER ? seed.account(parameter, path) : parameter);
    }

    String schemeId(JsonNode name, String path) {
        if (name.isMissingNode() || name.isNull()) {
            return null;
        }
        return new Directory(tx.state()).permissionSchemes().stream().filter(s -> s.name().equals(name.asText()))
                .findFirst().orElseThrow(() -> new SeedException(path, "no permission scheme named '" + name.asText() + "'")).id();
    }

    List<ProjectRole> roles(JsonNode roles, String path) {
        List<ProjectRole> out = new ArrayList<>();
        roles.fields().forEachRemaining(e -> {
            List<String> accounts = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            e.getValue().forEach(m -> {
                if (m.asText().startsWith("group:")) {
                    groups.add(m.asText().substring("group:".length()));
                } else {
                    accounts.add(seed.account(m.asText(), path + "." + e.getKey()));
                }
            });
            out.add(new ProjectRole(e.getKey(), accounts, groups));
        });
        return out;
    }
}

package dev.dtu.twins.jira.api;

import dev.dtu.server.resource.DeclaredOperation;
import dev.dtu.server.resource.DeclaredResources;
import dev.dtu.server.resource.convention.JiraConvention;
import dev.dtu.twins.jira.model.JiraUser;
import java.util.Map;
import java.util.Set;

/** The Jira resources served from declarations ({@code src/main/resources/declared/jira/}). */
public final class DeclaredApi {
    public static final DeclaredResources RESOURCES = DeclaredResources.load("jira", "jira.yaml", new JiraConvention(), Map.of());

    /**
     * Groups holding the "Administer Jira" global permission. Guessed: a Jira Cloud site grants it to its
     * admin groups (site-admins, jira-admins-*, administrators); the default seed's is "admins".
     */
    private static final Set<String> ADMIN_GROUPS = Set.of("admins", "administrators", "site-admins", "jira-admins");

    private DeclaredApi() {}

    static void routes(Routes routes) {
        for (DeclaredOperation op : RESOURCES.operations()) {
            routes.add(op.method(), op.template(), c -> op.serve(new DeclaredOperation.Caller(c.call(), c.params(),
                    c.actor().accountId(), permission -> granted(c.actor(), permission))));
        }
    }

    static boolean granted(JiraUser user, String permission) {
        return permission.equals("ADMINISTER") && user.groups().stream().anyMatch(ADMIN_GROUPS::contains);
    }
}

package dev.dtu.twins.jira.api;

import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.JiraUser;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The site's groups: every group a person of the universe is in, each with a stable group id. */
final class Groups {
    private Groups() {}

    static Set<String> all(Directory dir) {
        Set<String> out = new TreeSet<>();
        dir.users().stream().map(JiraUser::groups).forEach(out::addAll);
        return out;
    }

    /** Jira Cloud's group ids are UUIDs; the twin's is derived from the name, so it is the same in every universe. */
    static String id(String name) {
        return UUID.nameUUIDFromBytes(("jira-group:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

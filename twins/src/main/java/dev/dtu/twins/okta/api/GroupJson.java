package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.okta.model.Group;

/** Okta's {@code Group} object. */
final class GroupJson {
    private GroupJson() {
    }

    static ObjectNode of(Group group, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", group.id());
        n.put("created", OktaDates.format(group.created()));
        n.put("lastUpdated", OktaDates.format(group.lastUpdated()));
        n.put("lastMembershipUpdated", OktaDates.format(group.lastMembershipUpdated()));
        n.putArray("objectClass").add("okta:user_group");
        n.put("type", group.type());
        ObjectNode profile = n.putObject("profile");
        profile.put("name", group.name());
        profile.put("description", group.description());
        String self = orgUrl + "/api/v1/groups/" + group.id();
        ObjectNode links = n.putObject("_links");
        Links.href(links, "self", self);
        Links.href(links, "users", self + "/users");
        Links.href(links, "apps", self + "/apps");
        return n;
    }
}

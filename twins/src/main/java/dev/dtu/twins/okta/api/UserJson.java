package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.okta.model.LifecycleOperation;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserLifecycle;
import java.util.Map;

/** Okta's {@code User} object; unset timestamps are written as null, as Okta does. */
final class UserJson {
    /** The id of the org's default user type ({@code type.id}). */
    static final String DEFAULT_TYPE = "otydtu00000000000001";
    private static final Map<LifecycleOperation, String> LINK_NAMES = Map.of(
            LifecycleOperation.ACTIVATE, "activate", LifecycleOperation.REACTIVATE, "reactivate",
            LifecycleOperation.DEACTIVATE, "deactivate", LifecycleOperation.SUSPEND, "suspend",
            LifecycleOperation.UNSUSPEND, "unsuspend", LifecycleOperation.UNLOCK, "unlock",
            LifecycleOperation.RESET_PASSWORD, "resetPassword", LifecycleOperation.EXPIRE_PASSWORD, "expirePassword");

    private UserJson() {
    }

    static ObjectNode of(User user, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", user.id());
        n.put("status", user.status().name());
        n.put("created", OktaDates.format(user.created()));
        n.put("activated", OktaDates.format(user.activated()));
        n.put("statusChanged", OktaDates.format(user.statusChanged()));
        n.put("lastLogin", OktaDates.format(user.lastLogin()));
        n.put("lastUpdated", OktaDates.format(user.lastUpdated()));
        n.put("passwordChanged", OktaDates.format(user.passwordChanged()));
        n.putObject("type").put("id", DEFAULT_TYPE);
        n.set("profile", Json.tree(user.profile()));
        n.set("credentials", credentials(user));
        n.set("_links", links(user, orgUrl));
        return n;
    }

    static ObjectNode credentials(User user) {
        ObjectNode c = Json.object();
        if (user.passwordHash() != null) {
            c.putObject("password");
        }
        if (user.recoveryQuestion() != null) {
            c.putObject("recovery_question").put("question", user.recoveryQuestion());
        }
        c.putObject("provider").put("type", user.provider().name()).put("name", user.provider().name());
        return c;
    }

    private static ObjectNode links(User user, String orgUrl) {
        String self = orgUrl + "/api/v1/users/" + user.id();
        ObjectNode links = Json.object();
        LINK_NAMES.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .filter(e -> UserLifecycle.allows(user.status(), e.getKey()))
                .forEach(e -> Links.action(links, e.getValue(), self + "/lifecycle/" + e.getKey().pathSegment()));
        Links.href(links, "self", self);
        Links.href(links, "type", orgUrl + "/api/v1/meta/types/user/" + DEFAULT_TYPE);
        return links;
    }
}

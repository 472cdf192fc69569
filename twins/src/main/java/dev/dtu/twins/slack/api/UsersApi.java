package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.SlackJson;
import dev.dtu.twins.slack.model.User;
import java.util.List;

/** users.list, users.info, users.lookupByEmail (users.conversations lives with the conversations). */
final class UsersApi {
    private UsersApi() {}

    static ObjectNode list(MethodCall m) {
        List<User> users = List.copyOf(m.ws().users());
        Page<User> page = Page.of(users, User::id, "user", false, m.args().cursor().orElse(null), m.args().limit());
        ObjectNode body = MethodCall.body();
        ArrayNode members = body.putArray("members");
        page.items().forEach(u -> members.add(json(m, u)));
        body.put("cache_ts", m.ws().nowSeconds());
        page.metadata(body);
        return body;
    }

    static ObjectNode info(MethodCall m) {
        User user = m.ws().user(m.args().require("user", "user_not_found"))
                .orElseThrow(() -> new SlackError("user_not_found"));
        ObjectNode body = MethodCall.body();
        body.set("user", json(m, user));
        return body;
    }

    static ObjectNode lookupByEmail(MethodCall m) {
        User user = m.ws().userByEmail(m.args().require("email", "users_not_found"))
                .orElseThrow(() -> new SlackError("users_not_found"));
        ObjectNode body = MethodCall.body();
        body.set("user", json(m, user));
        return body;
    }

    /** Emails show only to tokens with users:read.email. */
    private static ObjectNode json(MethodCall m, User u) {
        ObjectNode o = ProfilesApi.overlay(m, u, SlackJson.user(u, m.caller().token().has("users:read.email"), m.ws().now()));
        if (m.args().bool("include_locale", false)) {
            o.put("locale", SlackJson.LOCALE);
        }
        return o;
    }
}

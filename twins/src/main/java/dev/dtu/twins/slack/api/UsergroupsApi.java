package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * usergroups.* (https://api.slack.com/methods/usergroups.create and its siblings): groups of members mentioned as
 * {@code <!subteam^S0...>}. A disabled group keeps its members and has a {@code date_delete}.
 */
final class UsergroupsApi {
    private UsergroupsApi() {}

    static ObjectNode create(MethodCall m) {
        String name = m.args().string("name")
                .orElseThrow(() -> new SlackError("invalid_arguments"));
        Records groups = groups(m);
        String handle = m.args().string("handle").orElse(name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        checkUnique(groups, null, name, handle);
        String id = Ids.next(m.ws().tx(), "S");
        ObjectNode g = MethodCall.body();
        g.put("id", id).put("team_id", m.ws().team().id()).put("is_usergroup", true).put("is_subteam", true)
                .put("name", name).put("description", m.args().string("description").orElse(""))
                .put("handle", handle).put("is_external", false).put("date_create", m.ws().nowSeconds())
                .put("date_update", m.ws().nowSeconds()).put("date_delete", 0).putNull("auto_type")
                .put("created_by", m.user()).put("updated_by", m.user()).putNull("deleted_by");
        ObjectNode prefs = g.putObject("prefs");
        prefs.set("channels", Args.strings(channels(m)));
        prefs.putArray("groups");
        g.putArray("users");
        g.put("user_count", 0);
        groups.put(id, g);
        return answer(m, g);
    }

    static ObjectNode list(MethodCall m) {
        boolean disabled = m.args().bool("include_disabled", false);
        boolean users = m.args().bool("include_users", false);
        boolean count = m.args().bool("include_count", false);
        ObjectNode body = MethodCall.body();
        ArrayNode out = body.putArray("usergroups");
        for (ObjectNode g : groups(m).all(g -> disabled || g.path("date_delete").asLong() == 0)) {
            if (!users) {
                g.remove("users");
            }
            if (!count) {
                g.remove("user_count");
            }
            out.add(g);
        }
        return body;
    }

    static ObjectNode update(MethodCall m) {
        Records groups = groups(m);
        ObjectNode g = group(m, groups);
        Optional<String> name = m.args().string("name");
        Optional<String> handle = m.args().string("handle");
        checkUnique(groups, g.path("id").asText(), name.orElse(null), handle.orElse(null));
        name.ifPresent(n -> g.put("name", n));
        handle.ifPresent(h -> g.put("handle", h));
        m.args().string("description").ifPresent(d -> g.put("description", d));
        if (m.args().all().containsKey("channels")) {
            g.withObjectProperty("prefs").set("channels", Args.strings(channels(m)));
        }
        return answer(m, save(m, groups, g));
    }

    static ObjectNode disable(MethodCall m) {
        Records groups = groups(m);
        ObjectNode g = group(m, groups);
        if (g.path("date_delete").asLong() != 0) {
            throw new SlackError("already_disabled");
        }
        g.put("date_delete", m.ws().nowSeconds()).put("deleted_by", m.user());
        return answer(m, save(m, groups, g));
    }

    static ObjectNode enable(MethodCall m) {
        Records groups = groups(m);
        ObjectNode g = group(m, groups);
        if (g.path("date_delete").asLong() == 0) {
            throw new SlackError("already_enabled");
        }
        g.put("date_delete", 0).putNull("deleted_by");
        return answer(m, save(m, groups, g));
    }

    static ObjectNode usersList(MethodCall m) {
        ObjectNode g = group(m, groups(m));
        if (g.path("date_delete").asLong() != 0 && !m.args().bool("include_disabled", false)) {
            throw new SlackError("no_such_subteam");
        }
        ObjectNode body = MethodCall.body();
        body.set("users", g.path("users").deepCopy());
        return body;
    }

    /**
     * {@code users} must be sent; sent empty it empties the group. Absent, Slack answers a bare invalid_arguments:
     * usergroups answers carry no response_metadata (Slack's Java SDK, strict about unknown fields, says so).
     */
    static ObjectNode usersUpdate(MethodCall m) {
        Records groups = groups(m);
        ObjectNode g = group(m, groups);
        JsonNode sent = m.args().all().get("users");
        if (sent == null || sent.isNull()) {
            throw new SlackError("invalid_arguments");
        }
        LinkedHashSet<String> users = new LinkedHashSet<>();
        for (String id : ids(m.args().string("users").orElse(""))) {
            String user = id.trim();
            if (!user.isEmpty()) {
                m.ws().user(user).filter(u -> !u.deleted()).orElseThrow(() -> new SlackError("invalid_users"));
                users.add(user);
            }
        }
        g.set("users", Args.strings(List.copyOf(users)));
        g.put("user_count", users.size());
        return answer(m, save(m, groups, g));
    }

    /**
     * The user ids: comma-separated, or a JSON array, which is how Slack's Java SDK sends an empty list ("[]"; Slack's
     * own SDK test empties a group so, usergroups_Test#usergroups_users_update_empty_list).
     */
    private static List<String> ids(String users) {
        String t = users.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            List<String> out = new java.util.ArrayList<>();
            for (String part : t.substring(1, t.length() - 1).split(",")) {
                out.add(part.trim().replaceAll("^\"|\"$", ""));
            }
            return out;
        }
        return List.of(t.split(","));
    }

    private static Records groups(MethodCall m) {
        return new Records(m.ws(), SlackKinds.USERGROUPS);
    }

    private static ObjectNode group(MethodCall m, Records groups) {
        return groups.require(m.args().require("usergroup", "no_such_subteam"), "no_such_subteam");
    }

    private static ObjectNode save(MethodCall m, Records groups, ObjectNode g) {
        g.put("date_update", m.ws().nowSeconds()).put("updated_by", m.user());
        return groups.put(g.path("id").asText(), g);
    }

    private static void checkUnique(Records groups, String self, String name, String handle) {
        for (ObjectNode other : groups.all(g -> !g.path("id").asText().equals(self))) {
            if (name != null && other.path("name").asText().equalsIgnoreCase(name)) {
                throw new SlackError("name_already_exists");
            }
            if (handle != null && other.path("handle").asText().equalsIgnoreCase(handle)) {
                throw new SlackError("handle_already_exists");
            }
        }
    }

    private static List<String> channels(MethodCall m) {
        List<String> out = new ArrayList<>();
        for (String ref : m.args().string("channels").orElse("").split(",")) {
            if (!ref.isBlank()) {
                out.add(m.ws().find(ref.trim()).orElseThrow(() -> new SlackError("channel_not_found")).id());
            }
        }
        return out;
    }

    /** Writes answer the group; user_count only with include_count, as in lists. */
    private static ObjectNode answer(MethodCall m, ObjectNode g) {
        ObjectNode out = g.deepCopy();
        if (!m.args().bool("include_count", false)) {
            out.remove("user_count");
        }
        ObjectNode body = MethodCall.body();
        body.set("usergroup", out);
        return body;
    }
}

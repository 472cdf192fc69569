package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.User;
import java.util.List;

/**
 * team.* beyond team.info, and auth.teams.list. The twin's workspace is on a paid plan (Pro, {@code std}), so
 * paid-only methods answer; it keeps no login or integration history, so those logs are empty.
 */
final class TeamApi {
    /** team.billing.info's name for Pro (https://api.slack.com/methods/team.billing.info). */
    static final String PLAN = "std";

    private TeamApi() {}

    static ObjectNode billingInfo(MethodCall m) {
        return MethodCall.body().put("plan", PLAN);
    }

    /** Every member who is not a bot nor deactivated is billed; {@code user} picks one. */
    static ObjectNode billableInfo(MethodCall m) {
        List<User> users = m.args().string("user")
                .map(id -> List.of(m.ws().requireUser(id)))
                .orElseGet(() -> List.copyOf(m.ws().users()));
        Page<User> page = Page.of(users, User::id, "user", false, m.args().cursor().orElse(null), m.args().limit());
        ObjectNode body = MethodCall.body();
        ObjectNode info = body.putObject("billable_info");
        page.items().forEach(u -> info.putObject(u.id()).put("billing_active", !u.isBot() && !u.deleted()));
        page.metadata(body);
        return body;
    }

    static ObjectNode accessLogs(MethodCall m) {
        m.args().cursor().ifPresent(c -> Cursor.decode("login", c));
        ObjectNode body = MethodCall.body();
        body.putArray("logins");
        paging(body, m.args().integer("count").orElse(100L));
        body.putObject("response_metadata").put("next_cursor", "");
        return body;
    }

    static ObjectNode integrationLogs(MethodCall m) {
        m.args().string("user").ifPresent(m.ws()::requireUser);
        ObjectNode body = MethodCall.body();
        body.putArray("logs");
        paging(body, m.args().integer("count").orElse(100L));
        return body;
    }

    /** The workspace's custom profile fields: the twin's workspace defines none. */
    static ObjectNode profileGet(MethodCall m) {
        ObjectNode body = MethodCall.body();
        body.putObject("profile").putArray("fields");
        return body;
    }

    /** Slack's defaults for a new workspace (https://api.slack.com/methods/team.preferences.list). */
    static ObjectNode preferencesList(MethodCall m) {
        return MethodCall.body().put("msg_edit_window_mins", -1).put("allow_message_deletion", true)
                .put("display_real_names", false).put("disable_file_uploads", "allow_all")
                .put("who_can_post_general", "ra");
    }

    /** The workspaces the app is installed in: this one. */
    static ObjectNode authTeamsList(MethodCall m) {
        ObjectNode body = MethodCall.body();
        ArrayNode teams = body.putArray("teams");
        ObjectNode team = teams.addObject().put("id", m.ws().team().id()).put("name", m.ws().team().name());
        if (m.args().bool("include_icon", false)) {
            team.putObject("icon").put("image_default", true)
                    .put("image_34", "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-34.png")
                    .put("image_44", "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-44.png")
                    .put("image_68", "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-68.png")
                    .put("image_88", "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-88.png")
                    .put("image_102", "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-102.png")
                    .put("image_132", "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-132.png")
                    .put("image_230", "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-230.png");
        }
        body.putObject("response_metadata").put("next_cursor", "");
        return body;
    }

    /** Custom emoji of the workspace (none), and the standard categories when asked. */
    static ObjectNode emojiList(MethodCall m) {
        ObjectNode body = MethodCall.body();
        body.putObject("emoji");
        if (m.args().bool("include_categories", false)) {
            body.put("categories_version", "5");
            body.putArray("categories");
        }
        body.put("cache_ts", m.ws().nowSeconds() + ".000000");
        return body;
    }

    private static void paging(ObjectNode body, long count) {
        if (count < 1 || count > 1000) {
            throw new SlackError("invalid_count");
        }
        body.putObject("paging").put("count", count).put("total", 0).put("page", 1).put("pages", 1);
    }
}

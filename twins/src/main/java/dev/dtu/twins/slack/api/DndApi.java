package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.User;

/**
 * dnd.* (https://api.slack.com/methods/dnd.info): no member has a Do Not Disturb schedule, and Slack then answers
 * {@code next_dnd_start_ts}/{@code next_dnd_end_ts} of 1; a snooze lasts {@code num_minutes} from now.
 */
final class DndApi {
    private DndApi() {}

    static ObjectNode info(MethodCall m) {
        String user = m.args().string("user").orElse(m.user());
        m.ws().requireUser(user);
        ObjectNode body = MethodCall.body();
        schedule(body);
        snooze(m, body, user);
        return body;
    }

    static ObjectNode teamInfo(MethodCall m) {
        ObjectNode body = MethodCall.body();
        ObjectNode users = body.putObject("users");
        String wanted = m.args().string("users").orElse(null);
        if (wanted == null) {
            m.ws().users().stream().filter(u -> !u.deleted()).map(User::id).forEach(id -> schedule(users.putObject(id)));
            return body;
        }
        for (String id : wanted.split(",")) {
            User u = m.ws().requireUser(id.trim());
            schedule(users.putObject(u.id()));
        }
        return body;
    }

    static ObjectNode setSnooze(MethodCall m) {
        long minutes = m.args().integer("num_minutes").orElseThrow(() -> new SlackError("missing_duration"));
        if (minutes < 1) {
            throw new SlackError("invalid_duration");
        }
        long end = m.ws().nowSeconds() + minutes * 60;
        Records prefs = prefs(m);
        ObjectNode mine = prefs.get(m.user()).orElseGet(MethodCall::body);
        mine.put("snooze_endtime", end);
        prefs.put(m.user(), mine);
        return MethodCall.body().put("snooze_enabled", true).put("snooze_endtime", end)
                .put("snooze_remaining", minutes * 60).put("snooze_is_indefinite", false);
    }

    /** Ends a snooze if there is one; Slack stopped answering snooze_not_active (2022). */
    static ObjectNode endSnooze(MethodCall m) {
        Records prefs = prefs(m);
        prefs.get(m.user()).ifPresent(mine -> {
            mine.remove("snooze_endtime");
            prefs.put(m.user(), mine);
        });
        ObjectNode body = MethodCall.body();
        schedule(body);
        body.put("snooze_enabled", false);
        return body;
    }

    /** Ends the current Do Not Disturb session (there is none to end without a schedule). */
    static ObjectNode endDnd(MethodCall m) {
        endSnooze(m);
        return MethodCall.body();
    }

    private static void schedule(ObjectNode o) {
        o.put("dnd_enabled", false).put("next_dnd_start_ts", 1).put("next_dnd_end_ts", 1);
    }

    private static void snooze(MethodCall m, ObjectNode body, String user) {
        long end = prefs(m).get(user).map(p -> p.path("snooze_endtime").asLong()).orElse(0L);
        long remaining = end - m.ws().nowSeconds();
        body.put("snooze_enabled", remaining > 0);
        if (remaining > 0 && user.equals(m.user())) {
            body.put("snooze_endtime", end).put("snooze_remaining", remaining);
        }
    }

    static Records prefs(MethodCall m) {
        return new Records(m.ws(), SlackKinds.MEMBER_PREFS);
    }
}

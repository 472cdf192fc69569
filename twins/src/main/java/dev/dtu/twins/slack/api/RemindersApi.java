package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.ReminderTime;
import dev.dtu.twins.slack.model.Reminders;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.User;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * reminders.add/.info/.list/.complete/.delete (https://docs.slack.dev/reference/methods/reminders.add). A member
 * sets reminders for themselves; only a bot token may set one for someone else (the methods' usage note, 2023).
 * Only one-off reminders carry {@code time} and {@code complete_ts}; recurring ones carry {@code recurrence}.
 * Slackbot delivers them when their time comes ({@link Reminders}).
 */
final class RemindersApi {
    private RemindersApi() {}

    static ObjectNode add(MethodCall m) {
        String text = m.args().string("text").orElseThrow(RemindersApi::missingArgument);
        String time = m.args().string("time").orElseThrow(RemindersApi::missingArgument);
        User target = target(m);
        ZoneId zone = Reminders.zone(target);
        ReminderTime when = ReminderTime.parse(time, m.ws().now(), zone);
        JsonNode recurrence = m.args().json("recurrence",
                () -> new SlackError.InvalidArguments("expected object [json-pointer:/recurrence]"));
        if (recurrence != null) {
            when = when.repeating(recurrence.path("frequency").asText(), texts(recurrence.path("weekdays")));
        }
        if (when.recurring() && !target.id().equals(m.user())) {
            throw new SlackError("cannot_add_others_recurring");
        }
        ObjectNode r = MethodCall.body();
        String id = Ids.next(m.ws().tx(), "Rm");
        r.put("id", id).put("creator", m.user()).put("user", target.id()).put("text", text)
                .put("recurring", when.recurring());
        if (when.recurring()) {
            ObjectNode rec = r.putObject("recurrence").put("frequency", when.recurrence().frequency());
            if (!when.recurrence().weekdays().isEmpty()) {
                rec.set("weekdays", Args.strings(when.recurrence().weekdays()));
            }
        } else {
            r.put("time", when.at()).put("complete_ts", 0);
        }
        new Reminders(m.ws()).add(id, r, when.at());
        return answer(r);
    }

    static ObjectNode info(MethodCall m) {
        return answer(reminder(m));
    }

    /** The caller's reminders: the ones they created and the ones set for them. */
    static ObjectNode list(MethodCall m) {
        ObjectNode body = MethodCall.body();
        var out = body.putArray("reminders");
        reminders(m).all(r -> mine(m, r)).stream().map(Reminders::shown).forEach(out::add);
        return body;
    }

    static ObjectNode complete(MethodCall m) {
        ObjectNode r = reminder(m);
        if (r.path("recurring").asBoolean()) {
            throw new SlackError("cannot_complete_recurring");
        }
        if (!r.path("user").asText().equals(m.user())) {
            throw new SlackError("cannot_complete_others");
        }
        if (r.path("complete_ts").asLong() == 0) {
            reminders(m).put(r.path("id").asText(), r.put("complete_ts", m.ws().nowSeconds()));
        }
        return MethodCall.body();
    }

    static ObjectNode delete(MethodCall m) {
        reminders(m).remove(reminder(m).path("id").asText());
        return MethodCall.body();
    }

    /** Whom the reminder is for: the caller, or with a bot token the member named in {@code user}. */
    private static User target(MethodCall m) {
        String named = m.args().string("user").orElse(m.user());
        User u = m.ws().user(named).filter(x -> !x.deleted()).orElseThrow(() -> new SlackError("user_not_found"));
        if (u.id().equals(Reminders.SLACKBOT)) {
            throw new SlackError("cannot_add_slackbot");
        }
        if (u.isBot()) {
            throw new SlackError("cannot_add_bot");
        }
        if (!u.id().equals(m.user()) && !m.caller().isBot()) {
            throw new SlackError("cannot_add_others");
        }
        return u;
    }

    private static ObjectNode reminder(MethodCall m) {
        String id = m.args().string("reminder").orElseThrow(RemindersApi::missingArgument);
        return reminders(m).get(id).filter(r -> mine(m, r)).orElseThrow(() -> new SlackError("not_found"));
    }

    private static boolean mine(MethodCall m, ObjectNode r) {
        return r.path("creator").asText().equals(m.user()) || r.path("user").asText().equals(m.user());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static SlackError missingArgument() {
        return new SlackError("missing_argument");
    }

    private static Records reminders(MethodCall m) {
        return new Records(m.ws(), SlackKinds.REMINDERS);
    }

    private static ObjectNode answer(ObjectNode r) {
        ObjectNode body = MethodCall.body();
        body.set("reminder", Reminders.shown(r));
        return body;
    }
}

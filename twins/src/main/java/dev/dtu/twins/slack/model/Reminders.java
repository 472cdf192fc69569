package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Slackbot's delivery of reminders (https://slack.com/help/articles/208423427-Set-a-reminder): when a reminder's
 * time comes, Slackbot tells its member in their direct message with Slackbot. A one-off reminder is delivered once
 * (and stays incomplete until the member completes it); a recurring one again at each of its next times.
 */
public final class Reminders {
    public static final String SLACKBOT = "USLACKBOT";
    /** When Slackbot next delivers the reminder (epoch seconds), kept beside Slack's fields and never shown. */
    public static final String DUE = "dtu_due";

    private final Workspace ws;
    private final Records records;

    public Reminders(Workspace ws) {
        this.ws = ws;
        this.records = new Records(ws, SlackKinds.REMINDERS);
    }

    /** Keeps a new reminder, to be delivered at {@code at}. */
    public ObjectNode add(String id, ObjectNode reminder, long at) {
        records.put(id, reminder.deepCopy().put(DUE, at));
        ws.wakeAt(at);
        return reminder;
    }

    /** The reminder as the Web API shows it. */
    public static ObjectNode shown(ObjectNode stored) {
        ObjectNode r = stored.deepCopy();
        r.remove(DUE);
        return r;
    }

    public boolean anyDue() {
        return !due().isEmpty();
    }

    /** Delivers every reminder whose time has come, oldest first. */
    public void deliverDue() {
        for (ObjectNode r : due()) {
            String id = r.path("id").asText();
            ws.user(r.path("user").asText()).filter(u -> !u.deleted()).ifPresent(u -> deliver(u, r));
            if (r.path("recurring").asBoolean()) {
                long next = ReminderTime.nextAfter(r.path(DUE).asLong(), ws.nowSeconds(), r.path("recurrence").path("frequency").asText(),
                        weekdays(r), zone(ws.user(r.path("user").asText()).orElse(null)));
                records.put(id, r.put(DUE, next));
                ws.wakeAt(next);
            } else {
                r.remove(DUE);
                records.put(id, r);
            }
        }
    }

    private List<ObjectNode> due() {
        return records.all(r -> r.has(DUE) && r.path(DUE).asLong() <= ws.nowSeconds() && r.path("complete_ts").asLong() == 0)
                .stream().sorted(Comparator.comparingLong(r -> r.path(DUE).asLong())).toList();
    }

    /**
     * "Reminder: {text}." from Slackbot in the member's DM with it. The wording is Slack's in its clients; the docs do
     * not show the message's API form, so it is posted as a plain message of Slackbot's.
     */
    private void deliver(User member, ObjectNode r) {
        String text = r.path("text").asText();
        String said = "Reminder: " + text + (text.matches("(?s).*[.!?]$") ? "" : ".");
        Conversation dm = new Channels(ws).open(member.id(), List.of(SLACKBOT)).conversation();
        try {
            new Chat(ws).post(Author.person(SLACKBOT), dm, new Content(SlackText.escaped(said), null, null, null), null, false);
        } catch (SlackError cannotPost) {
            // the DM was archived or the text no longer passes: Slackbot stays silent
        }
    }

    private static List<String> weekdays(ObjectNode r) {
        List<String> out = new java.util.ArrayList<>();
        r.path("recurrence").path("weekdays").forEach(d -> out.add(d.asText()));
        return out;
    }

    public static ZoneId zone(User u) {
        try {
            return u == null || u.tz() == null ? ZoneOffset.UTC : ZoneId.of(u.tz());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}

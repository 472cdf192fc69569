package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Reminder;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** reminders.* through the official Java SDK: what Slack's reminders_Test does, and the errors around it. */
class RemindersApiTest {
    static SlackFixture slack;
    static MethodsClient peter;
    static MethodsClient milton;
    static MethodsClient bot;

    @BeforeAll
    static void universe() throws Exception {
        slack = SlackFixture.universe(Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people:
                  - {id: peter, name: Peter Gibbons, email: peter@initech.example, timezone: America/Chicago}
                  - {id: milton, name: Milton Waddams, email: milton@initech.example}
                slack:
                  channels: [{name: general, members: everyone}]
                  tokens:
                    bot: {scopes: [reminders:write, reminders:read, chat:write]}
                    users:
                      - {person: peter, scopes: [reminders:read, reminders:write]}
                      - {person: milton, scopes: [reminders:read, chat:write]}
                """));
        peter = slack.user();
        bot = slack.bot();
        String miltonToken = SlackFixture.server().universes().find(slack.universeId).orElseThrow()
                .secret("slack", "user:" + slack.userId("milton")).orElseThrow();
        milton = slack.sdk.methods(miltonToken);
    }

    @Test
    void aReminderIsAddedReadCompletedAndDeleted() throws Exception {
        var before = peter.remindersList(r -> r);
        assertTrue(before.isOk(), before.getError());
        var added = peter.remindersAdd(r -> r.text("Don't forget it!").time("2"));
        assertTrue(added.isOk(), added.getError());
        Reminder reminder = added.getReminder();
        assertTrue(reminder.getId().startsWith("Rm"));
        assertEquals(slack.userId("peter"), reminder.getCreator());
        assertEquals(slack.userId("peter"), reminder.getUser());
        assertFalse(reminder.isRecurring());
        assertEquals(0, reminder.getCompleteTs());
        long now = System.currentTimeMillis() / 1000;
        assertTrue(Math.abs(reminder.getTime() - (now + 2)) <= 5, "time is 2 seconds from now: " + reminder.getTime());

        var info = peter.remindersInfo(r -> r.reminder(reminder.getId()));
        assertTrue(info.isOk(), info.getError());
        assertEquals("Don't forget it!", info.getReminder().getText());
        assertEquals(before.getReminders().size() + 1, peter.remindersList(r -> r).getReminders().size());

        assertTrue(peter.remindersComplete(r -> r.reminder(reminder.getId())).isOk());
        assertTrue(peter.remindersInfo(r -> r.reminder(reminder.getId())).getReminder().getCompleteTs() > 0);
        assertTrue(peter.remindersDelete(r -> r.reminder(reminder.getId())).isOk());
        assertEquals("not_found", peter.remindersInfo(r -> r.reminder(reminder.getId())).getError());
        assertEquals("not_found", peter.remindersDelete(r -> r.reminder(reminder.getId())).getError());
    }

    @Test
    void recurringRemindersHaveNoTimeAndCannotBeCompleted() throws Exception {
        var added = peter.remindersAdd(r -> r.text("Timesheets").time("every Friday at 4pm"));
        assertTrue(added.isOk(), added.getError());
        Reminder reminder = added.getReminder();
        assertTrue(reminder.isRecurring());
        assertNull(reminder.getTime());
        assertNull(reminder.getCompleteTs());
        assertEquals("weekly", reminder.getRecurrence().getFrequency());
        assertEquals(List.of("friday"), reminder.getRecurrence().getWeekdays());
        assertEquals("cannot_complete_recurring", peter.remindersComplete(r -> r.reminder(reminder.getId())).getError());
    }

    @Test
    void aBotSetsRemindersForMembersAndOnlyTheMemberCompletesThem() throws Exception {
        String miltonId = slack.userId("milton");
        var added = bot.remindersAdd(r -> r.text("Move your desk").time("in 10 minutes").user(miltonId));
        assertTrue(added.isOk(), added.getError());
        String id = added.getReminder().getId();
        assertEquals(slack.botUserId(), added.getReminder().getCreator());
        assertEquals(miltonId, added.getReminder().getUser());
        assertTrue(milton.remindersList(r -> r).getReminders().stream().anyMatch(x -> x.getId().equals(id)));
        assertEquals("not_found", peter.remindersInfo(r -> r.reminder(id)).getError());
        assertEquals("cannot_complete_others", bot.remindersComplete(r -> r.reminder(id)).getError());
        assertEquals("missing_scope", milton.remindersComplete(r -> r.reminder(id)).getError());
        assertEquals("cannot_add_others_recurring",
                bot.remindersAdd(r -> r.text("Stapler").time("every day").user(miltonId)).getError());
    }

    @Test
    void badInputGetsSlacksErrors() throws Exception {
        assertEquals("missing_argument", peter.remindersAdd(r -> r.time("60")).getError());
        assertEquals("missing_argument", peter.remindersAdd(r -> r.text("x")).getError());
        assertEquals("missing_argument", peter.remindersInfo(r -> r).getError());
        assertEquals("not_found", peter.remindersComplete(r -> r.reminder("Rm404")).getError());
        assertEquals("cannot_parse", peter.remindersAdd(r -> r.text("x").time("someday")).getError());
        assertEquals("cannot_parse", peter.remindersAdd(r -> r.text("x").time("1000000000")).getError());
        assertEquals("cannot_add_others",
                peter.remindersAdd(r -> r.text("x").time("60").user(slack.userId("milton"))).getError());
        assertEquals("cannot_add_bot", peter.remindersAdd(r -> r.text("x").time("60").user(slack.botUserId())).getError());
        assertEquals("cannot_add_bot", bot.remindersAdd(r -> r.text("x").time("60")).getError());
        assertEquals("cannot_add_slackbot", bot.remindersAdd(r -> r.text("x").time("60").user("USLACKBOT")).getError());
        assertEquals("user_not_found", bot.remindersAdd(r -> r.text("x").time("60").user("U404")).getError());
        assertEquals("missing_scope", milton.remindersAdd(r -> r.text("x").time("60")).getError());
    }

    @Test
    void theRecurrenceArgumentMakesAReminderRepeat() throws Exception {
        var raw = addAsJson("{\"text\":\"Standup\",\"time\":\"3600\","
                + "\"recurrence\":{\"frequency\":\"weekly\",\"weekdays\":[\"monday\",\"friday\"]}}");
        assertTrue(raw.path("ok").asBoolean(), raw.toString());
        assertEquals("[\"monday\",\"friday\"]", raw.at("/reminder/recurrence/weekdays").toString());
        var bad = addAsJson("{\"text\":\"Standup\",\"time\":\"3600\",\"recurrence\":{\"frequency\":\"hourly\"}}");
        assertEquals("invalid_arguments", bad.path("error").asText());
    }

    private static com.fasterxml.jackson.databind.JsonNode addAsJson(String body) {
        return SlackFixture.json(slack.post(slack.baseUrl() + "reminders.add", "application/json", body,
                "Authorization", "Bearer " + slack.slack.get("userToken").asText()));
    }

    /** Slackbot tells the member in their DM with it when the universe's clock reaches the reminder's time. */
    @Test
    void slackbotDeliversDueRemindersInTheMembersDirectMessage() throws Exception {
        SlackFixture u = SlackFixture.universe(Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people: [{id: peter, name: Peter Gibbons, email: peter@initech.example, timezone: America/Chicago}]
                slack:
                  channels: [{name: general, members: everyone}]
                  tokens:
                    users: [{person: peter, scopes: [reminders:read, reminders:write, im:write, im:history]}]
                """));
        MethodsClient p = u.user();
        assertTrue(p.remindersAdd(r -> r.text("Water the plants & ferns").time("in 2 hours")).isOk());
        String gone = p.remindersAdd(r -> r.text("Never said").time("in 1 hour")).getReminder().getId();
        assertTrue(p.remindersDelete(r -> r.reminder(gone)).isOk());
        // three to four hours from now, in Peter's zone, whatever the time of day the test runs at
        int hour = java.time.ZonedDateTime.now(java.time.ZoneId.of("America/Chicago")).plusHours(4).getHour();
        assertTrue(p.remindersAdd(r -> r.text("Standup!").time("every day at " + hour + ":00")).isOk());
        String dm = p.conversationsOpen(r -> r.users(List.of("USLACKBOT"))).getChannel().getId();
        var universe = SlackFixture.server().universes().require(u.universeId);

        universe.setClock(null, java.time.Duration.ofMinutes(90), null);
        assertEquals(List.of(), said(p, dm), "nothing is due after 90 minutes");
        universe.setClock(null, java.time.Duration.ofMinutes(40), null);
        assertEquals(List.of("Reminder: Water the plants &amp; ferns."), said(p, dm));
        var kept = p.remindersList(r -> r).getReminders().stream()
                .filter(r -> r.getText().startsWith("Water")).findFirst().orElseThrow();
        assertEquals(0, kept.getCompleteTs(), "delivered, not completed");

        universe.setClock(null, java.time.Duration.ofDays(1), null);
        assertEquals(List.of("Reminder: Water the plants &amp; ferns.", "Reminder: Standup!"), said(p, dm));
        universe.setClock(null, java.time.Duration.ofDays(1), null);
        assertEquals(List.of("Reminder: Water the plants &amp; ferns.", "Reminder: Standup!", "Reminder: Standup!"),
                said(p, dm), "a recurring reminder comes again, a one-off one does not");
    }

    private static List<String> said(MethodsClient p, String dm) throws Exception {
        var history = p.conversationsHistory(r -> r.channel(dm).limit(50));
        assertTrue(history.isOk(), history.getError());
        history.getMessages().forEach(m -> assertEquals("USLACKBOT", m.getUser()));
        return history.getMessages().stream().map(com.slack.api.model.Message::getText).toList().reversed();
    }
}

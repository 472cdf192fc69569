package dev.dtu.twins.slack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.slack.errors.SlackError;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** reminders.add's {@code time}: numbers, phrases, and what never parses. */
class ReminderTimePropertyTest {
    /** Tuesday 2024-11-26 15:00 in London. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = ZonedDateTime.of(2024, 11, 26, 15, 0, 0, 0, LONDON).toInstant();

    @Property(tries = 200)
    void secondsWithinADayCountFromNow(@ForAll @LongRange(min = 1, max = 86_400) long seconds) {
        ReminderTime t = ReminderTime.parse(Long.toString(seconds), NOW, LONDON);
        assertEquals(NOW.getEpochSecond() + seconds, t.at());
        assertNull(t.recurrence());
    }

    @Property(tries = 200)
    void timestampsUpToFiveYearsAheadAreTakenAsTheyAre(@ForAll @LongRange(min = 86_401, max = 5 * 365 * 86_400L) long ahead) {
        long at = NOW.getEpochSecond() + ahead;
        assertEquals(at, ReminderTime.parse(Long.toString(at), NOW, LONDON).at());
    }

    @Property(tries = 200)
    void pastAndFarTimestampsDoNotParse(@ForAll @LongRange(min = 86_401, max = 4_000_000_000L) long at) {
        long now = NOW.getEpochSecond();
        org.junit.jupiter.api.Assumptions.assumeTrue(at <= now || at > now + ReminderTime.MAX_AHEAD_SECONDS);
        assertEquals("cannot_parse", assertThrows(SlackError.class,
                () -> ReminderTime.parse(Long.toString(at), NOW, LONDON)).code());
    }

    @Property(tries = 200)
    void inSomeMinutesIsThatManyMinutesAhead(@ForAll @IntRange(min = 1, max = 10_000) int minutes) {
        String unit = minutes == 1 ? "minute" : "minutes";
        assertEquals(NOW.getEpochSecond() + 60L * minutes,
                ReminderTime.parse("in " + minutes + " " + unit, NOW, LONDON).at());
    }

    @Property(tries = 300)
    void anyTextParsesIntoTheFutureOrIsCannotParse(@ForAll String text) {
        try {
            ReminderTime t = ReminderTime.parse(text, NOW, LONDON);
            assertTrue(t.at() > NOW.getEpochSecond(), text);
        } catch (SlackError e) {
            assertTrue(List.of("cannot_parse").contains(e.code()), e.code());
        }
    }

    @Example
    void phrasesReadInTheMembersZone() {
        assertEquals(at(2024, 11, 27, 9, 0), ReminderTime.parse("tomorrow", NOW, LONDON).at());
        assertEquals(at(2024, 11, 27, 15, 30), ReminderTime.parse("Tomorrow at 3:30pm", NOW, LONDON).at());
        assertEquals(at(2024, 11, 26, 17, 0), ReminderTime.parse("at 5pm", NOW, LONDON).at());
        assertEquals(at(2024, 11, 27, 10, 0), ReminderTime.parse("at 10am", NOW, LONDON).at());
        assertEquals(at(2024, 11, 28, 9, 0), ReminderTime.parse("on Thursday", NOW, LONDON).at());
        assertEquals(at(2024, 12, 3, 9, 0), ReminderTime.parse("tuesday", NOW, LONDON).at());
        assertEquals(at(2024, 12, 2, 9, 0), ReminderTime.parse("next week", NOW, LONDON).at());
        assertEquals(NOW.getEpochSecond() + 3600, ReminderTime.parse("in an hour", NOW, LONDON).at());
        assertEquals("cannot_parse", assertThrows(SlackError.class,
                () -> ReminderTime.parse("today at 9am", NOW, LONDON)).code());
        assertEquals("cannot_parse", assertThrows(SlackError.class,
                () -> ReminderTime.parse("at 13pm", NOW, LONDON)).code());
        assertEquals("cannot_parse", assertThrows(SlackError.class,
                () -> ReminderTime.parse("whenever", NOW, LONDON)).code());
    }

    @Example
    void everyMakesARecurringReminder() {
        ReminderTime thursdays = ReminderTime.parse("every Thursday", NOW, LONDON);
        assertEquals(new ReminderTime.Recurrence("weekly", List.of("thursday")), thursdays.recurrence());
        assertEquals(at(2024, 11, 28, 9, 0), thursdays.at());
        ReminderTime daily = ReminderTime.parse("every day at 8am", NOW, LONDON);
        assertEquals("daily", daily.recurrence().frequency());
        assertEquals(at(2024, 11, 27, 8, 0), daily.at());
        assertEquals(List.of("monday", "wednesday"),
                ReminderTime.parse("every monday and wednesday", NOW, LONDON).recurrence().weekdays());
        assertEquals(5, ReminderTime.parse("every weekday", NOW, LONDON).recurrence().weekdays().size());
    }

    @Example
    void theRecurrenceArgumentIsChecked() {
        ReminderTime once = ReminderTime.parse("60", NOW, LONDON);
        assertEquals("monthly", once.repeating("monthly", List.of()).recurrence().frequency());
        assertEquals("invalid_arguments", assertThrows(SlackError.class,
                () -> once.repeating("hourly", List.of())).code());
        assertEquals("invalid_arguments", assertThrows(SlackError.class,
                () -> once.repeating("weekly", List.of())).code());
        assertEquals("invalid_arguments", assertThrows(SlackError.class,
                () -> once.repeating("weekly", List.of("caturday"))).code());
    }

    private static long at(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, LONDON).toEpochSecond();
    }
}

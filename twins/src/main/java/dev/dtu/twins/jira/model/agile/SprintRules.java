package dev.dtu.twins.jira.model.agile;

import dev.dtu.twins.jira.model.JiraException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The sprint state machine of Jira Software's "Update sprint" and "Partially update sprint"
 * (https://developer.atlassian.com/cloud/jira/software/rest/api-group-sprint/): future → active (needs a start and an
 * end date) → closed (sets completeDate to now); no other change of state; completeDate is never set by hand; a closed
 * sprint takes only a new name and goal, other changes are ignored. The error wording is guessed: the docs give the
 * rules, not the messages.
 */
public final class SprintRules {
    /** Jira Software's limit on sprint names (jira.js's Sprint model says the same). */
    public static final int MAX_NAME = 30;

    private SprintRules() {}

    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw JiraException.field("name", "The sprint name is required.");
        }
        if (name.length() > MAX_NAME) {
            throw JiraException.field("name", "The sprint name is too long: it must be at most " + MAX_NAME + " characters.");
        }
        return name;
    }

    /** The sprint after the change, or Jira's 400. */
    public static Sprint apply(Sprint s, SprintChange c, Instant now) {
        if (c.completeDateGiven()) {
            throw JiraException.field("completeDate", "The completeDate field cannot be updated manually.");
        }
        String name = c.name().isPresent() ? checkName(c.name().get()) : s.name();
        String goal = c.goal().isPresent() ? c.goal().get() : s.goal();
        if (s.state().equals(Sprint.CLOSED)) {
            return new Sprint(s.id(), name, s.state(), s.originBoardId(), goal, s.startDate(), s.endDate(), s.completeDate(),
                    s.createdDate());
        }
        Instant start = c.startDate().isPresent() ? c.startDate().get() : s.startDate();
        Instant end = c.endDate().isPresent() ? c.endDate().get() : s.endDate();
        if (start != null && end != null && end.isBefore(start)) {
            throw JiraException.fields(Map.of("endDate", "The sprint end date must not be before its start date."));
        }
        String to = c.state().orElse(s.state());
        Instant complete = s.completeDate();
        if (!to.equals(s.state())) {
            transition(s.state(), to, start, end);
            complete = to.equals(Sprint.CLOSED) ? now : complete;
        }
        return new Sprint(s.id(), name, to, s.originBoardId(), goal, start, end, complete, s.createdDate());
    }

    /** Checks one change of state; throws Jira's 400 when the machine does not allow it. */
    public static void transition(String from, String to, Instant start, Instant end) {
        if (!Objects.equals(to, Sprint.FUTURE) && !Objects.equals(to, Sprint.ACTIVE) && !Objects.equals(to, Sprint.CLOSED)) {
            throw JiraException.field("state", "The sprint state '" + to + "' is not valid: use future, active or closed.");
        }
        if (from.equals(Sprint.FUTURE) && to.equals(Sprint.ACTIVE)) {
            if (start == null || end == null) {
                throw JiraException.message(400, "A sprint needs a start date and an end date to be started.");
            }
            return;
        }
        if (from.equals(Sprint.ACTIVE) && to.equals(Sprint.CLOSED)) {
            return;
        }
        if (from.equals(Sprint.FUTURE) && to.equals(Sprint.CLOSED)) {
            throw JiraException.message(400, "The sprint cannot be closed: it has not been started.");
        }
        throw JiraException.message(400, "A sprint cannot change from '" + from + "' to '" + to + "'.");
    }
}

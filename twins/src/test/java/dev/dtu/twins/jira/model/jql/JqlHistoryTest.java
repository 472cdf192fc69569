package dev.dtu.twins.jira.model.jql;

import static dev.dtu.twins.jira.model.jql.Fixtures.ALICE;
import static dev.dtu.twins.jira.model.jql.Fixtures.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** To Do (created 01-10 by Bob) -> In Progress (01-20 by Alice) -> Done (02-10 by Bob). */
class JqlHistoryTest {
    private final TestIssue issue = TestIssue.of("DTU-1")
            .with("created", Instant.parse("2026-01-10T10:00:00Z")).with("creator", BOB).with("status", "Done")
            .withChanges("status",
                    new JqlChange(Instant.parse("2026-01-20T10:00:00Z"), ALICE, "To Do", "In Progress"),
                    new JqlChange(Instant.parse("2026-02-10T10:00:00Z"), BOB, "In Progress", "Done"));

    private final TestIssue untouched = TestIssue.of("DTU-2")
            .with("created", Instant.parse("2026-01-10T10:00:00Z")).with("status", "To Do");

    private boolean matches(String jql, JqlIssue target) {
        return Jql.parse(jql).matches(target, Fixtures.context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status WAS 'to do'|true", "status WAS Done|true", "status was 'In Progress'|true",
        "status WAS NOT 'In Progress'|false", "status WAS IN (Done, 'To Do')|true", "status WAS NOT IN (Done)|false",
        "status WAS 'In Progress' BEFORE 2026-01-21|true", "status WAS 'In Progress' BEFORE 2026-01-20|false",
        "status WAS 'In Progress' AFTER 2026-02-11|false", "status WAS 'In Progress' AFTER 2026-02-09|true",
        "status WAS 'In Progress' ON 2026-02-01|true", "status WAS 'To Do' ON 2026-02-01|false",
        "status WAS 'To Do' DURING ('2026/01/01', '2026/01/15')|true", "status WAS Done DURING (2026-01-01, 2026-02-01)|false",
        "status WAS 'In Progress' BY currentUser()|true", "status WAS Done BY currentUser()|false",
        "status WAS 'To Do' BY 'Bob Jones'|true",
        "status CHANGED|true", "status CHANGED FROM 'To Do'|true", "status CHANGED TO Done FROM 'In Progress'|true",
        "status CHANGED FROM Done|false", "status CHANGED BY currentUser() TO Done|false",
        "status CHANGED AFTER 2026-02-01|true", "status CHANGED AFTER -1d|false",
        "status CHANGED BEFORE 2026-01-15|false", "status CHANGED ON '2026-01-20'|true",
        "status CHANGED DURING (2026-01-21, 2026-02-09)|false", "NOT status CHANGED|false"})
    void statusHistory(String jql, boolean expected) {
        assertEquals(expected, matches(jql, issue), jql);
    }

    @Test
    void anIssueWithoutChangesHasOnlyItsCurrentValue() {
        assertTrue(matches("status WAS 'To Do'", untouched));
        assertFalse(matches("status WAS Done", untouched));
        assertFalse(matches("status CHANGED", untouched));
        assertTrue(matches("NOT status CHANGED", untouched));
    }

    @Test
    void assigneeHistoryIncludingEmpty() {
        TestIssue assigned = TestIssue.of("DTU-3").with("created", Instant.parse("2026-01-10T10:00:00Z"))
                .with("assignee", ALICE)
                .withChanges("assignee", new JqlChange(Instant.parse("2026-01-12T10:00:00Z"), BOB, null, ALICE));
        assertTrue(matches("assignee WAS EMPTY", assigned));
        assertTrue(matches("assignee CHANGED FROM EMPTY TO currentUser()", assigned));
        assertTrue(matches("assignee WAS 'alice@example.com' AFTER 2026-02-01", assigned));
    }
}

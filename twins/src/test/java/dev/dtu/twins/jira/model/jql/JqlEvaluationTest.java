package dev.dtu.twins.jira.model.jql;

import static dev.dtu.twins.jira.model.jql.Fixtures.ALICE;
import static dev.dtu.twins.jira.model.jql.Fixtures.BOB;
import static dev.dtu.twins.jira.model.jql.Fixtures.CAROL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class JqlEvaluationTest {
    private static final Instant CREATED = Instant.parse("2026-01-10T09:30:00Z");

    private final TestIssue bug = TestIssue.of("DTU-7")
            .with("issuetype", "Bug").with("status", "In Progress").with("statusCategory", "In Progress")
            .with("priority", "High").with("assignee", ALICE).with("reporter", BOB).with("creator", BOB)
            .with("labels", List.of("backend", "Urgent")).with("summary", "Login fails on Windows clients")
            .with("description", "Stack trace attached; crashes after the upgrade.")
            .with("comment", List.of("Reproduced on build 42", "Still failing"))
            .with("created", CREATED).with("updated", Instant.parse("2026-02-14T18:00:00Z"))
            .with("duedate", LocalDate.parse("2026-02-15")).with("customfield_10010", 5)
            .with("customfield_10020", "Red").with("customfield_10030", "Fixes the login crash")
            .with("customfield_10040", LocalDate.parse("2026-03-01"));

    private final TestIssue task = TestIssue.of("OPS-3")
            .with("issuetype", "Task").with("status", "Done").with("statusCategory", "Done")
            .with("priority", "Low").with("resolution", "Done").with("reporter", CAROL)
            .with("summary", "Rotate the windows certificates").with("created", Instant.parse("2026-02-15T08:00:00Z"))
            .with("resolutiondate", Instant.parse("2026-02-15T10:00:00Z")).with("customfield_10010", 2.5);

    private boolean matches(String jql, JqlIssue issue) {
        return Jql.parse(jql).matches(issue, Fixtures.context());
    }

    private List<String> keys(String jql) {
        Predicate<JqlIssue> p = Jql.parse(jql).predicate(Fixtures.context());
        return java.util.stream.Stream.of(bug, task).filter(p).map(JqlIssue::key).toList();
    }

    @Test
    void projectByKeyNameOrIdCaseInsensitively() {
        assertEquals(List.of("DTU-7"), keys("project = dtu"));
        assertEquals(List.of("DTU-7"), keys("project = \"Digital Twin\""));
        assertEquals(List.of("OPS-3"), keys("project = 10001"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("project in (DTU, Operations)"));
        assertEquals(List.of("OPS-3"), keys("project not in (DTU)"));
    }

    @Test
    void keysAndIds() {
        assertEquals(List.of("DTU-7"), keys("key = dtu-7"));
        assertEquals(List.of("DTU-7"), keys("issuekey in (DTU-7, OPS-1)"));
        assertEquals(List.of("OPS-3"), keys("id = 10003"));
        assertEquals(List.of("DTU-7"), keys("key > DTU-6"));
        assertEquals(List.of(), keys("key > DTU-7"));
        assertEquals(List.of("OPS-3"), keys("key <= OPS-3"));
    }

    @Test
    void constantsCompareByNameOrIdIgnoringCase() {
        assertEquals(List.of("DTU-7"), keys("status = 'in progress'"));
        assertEquals(List.of("DTU-7"), keys("status = 3"));
        assertEquals(List.of("OPS-3"), keys("type = TASK"));
        assertEquals(List.of("OPS-3"), keys("statusCategory = done"));
        assertEquals(List.of("DTU-7"), keys("statusCategory = 4"));
        assertEquals(List.of("DTU-7"), keys("status != Done"));
    }

    @Test
    void prioritiesAreOrderedHighestFirst() {
        assertEquals(List.of("DTU-7"), keys("priority > Medium"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("priority <= high"));
        assertEquals(List.of("OPS-3"), keys("priority < High"));
        assertEquals(List.of("DTU-7"), keys("priority >= High"));
    }

    @Test
    void usersByAccountIdEmailNameAndFunctions() {
        assertEquals(List.of("DTU-7"), keys("assignee = currentUser()"));
        assertEquals(List.of("DTU-7"), keys("assignee = \"alice@example.com\""));
        assertEquals(List.of("DTU-7"), keys("reporter = 'Bob Jones'"));
        assertEquals(List.of("DTU-7"), keys("assignee in membersOf(developers)"));
        assertEquals(List.of("OPS-3"), keys("reporter not in membersOf(developers)"));
        assertEquals(List.of("OPS-3"), keys("assignee is EMPTY"));
        assertEquals(List.of("DTU-7"), keys("assignee is not empty"));
        assertEquals(List.of(), keys("assignee != currentUser()"));
    }

    @Test
    void currentUserOfAnAnonymousSearchMatchesNobody() {
        JqlContext anonymous = Fixtures.context(ZoneId.of("UTC"), null);
        assertFalse(Jql.parse("assignee = currentUser()").matches(bug, anonymous));
        assertTrue(Jql.parse("assignee != currentUser()").matches(bug, anonymous));
    }

    @Test
    void labelsAreMultiValued() {
        assertEquals(List.of("DTU-7"), keys("labels = urgent"));
        assertEquals(List.of("DTU-7"), keys("labels in (frontend, backend)"));
        assertEquals(List.of(), keys("labels != backend"));
        assertEquals(List.of("DTU-7"), keys("labels != frontend"));
        assertEquals(List.of("OPS-3"), keys("labels is empty"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("labels in (EMPTY, backend)"));
        assertEquals(List.of("DTU-7"), keys("labels not in (frontend, EMPTY)"));
    }

    @Test
    void notEqualsNeverMatchesAnEmptyField() {
        assertEquals(List.of("OPS-3"), keys("resolution != \"Won't Do\""));
        assertEquals(List.of("DTU-7"), keys("resolution = Unresolved"));
        assertEquals(List.of("DTU-7"), keys("resolution is EMPTY"));
        assertEquals(List.of("OPS-3"), keys("resolution != EMPTY"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("resolution != \"Won't Do\" OR resolution IS EMPTY"));
    }

    @Test
    void textContainsIsWordBasedAndCaseInsensitive() {
        assertTrue(matches("summary ~ login", bug));
        assertTrue(matches("summary ~ WINDOWS", task));
        assertTrue(matches("summary ~ window", bug), "derivatives match: window ~ windows");
        assertTrue(matches("summary ~ \"fails login\"", bug), "all terms, any order");
        assertFalse(matches("summary ~ \"fails linux\"", bug));
        assertFalse(matches("summary ~ log", bug), "no bare prefix matching");
        assertTrue(matches("summary ~ \"log*\"", bug));
        assertTrue(matches("summary ~ \"l?gin\"", bug));
        assertTrue(matches("summary ~ \"\\\"login fails\\\"\"", bug), "exact phrase");
        assertFalse(matches("summary ~ \"\\\"fails login\\\"\"", bug));
        assertTrue(matches("summary !~ linux", bug));
        assertFalse(matches("description !~ linux", task), "!~ ignores empty fields");
    }

    @Test
    void textSearchesEveryTextField() {
        assertTrue(matches("text ~ \"stack trace\"", bug));
        assertTrue(matches("text ~ \"build 42\"", bug));
        assertTrue(matches("text ~ crash", bug), "custom text field Release Notes");
        assertFalse(matches("text ~ certificates", bug));
        assertTrue(matches("comment ~ reproduced", bug));
    }

    @Test
    void datesAbsoluteRelativeAndFunctions() {
        assertEquals(List.of("DTU-7"), keys("created < '2026/01/31'"));
        assertEquals(List.of("DTU-7"), keys("created = 2026-01-10"));
        assertEquals(List.of("DTU-7"), keys("created = '2026-01-10 09:30'"));
        assertEquals(List.of("DTU-7"), keys("created != 2026-02-15"));
        assertEquals(List.of("OPS-3"), keys("created >= -1d"));
        assertEquals(List.of("OPS-3"), keys("created > -1w"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("created > \"-5w 2d\""));
        assertEquals(List.of("OPS-3"), keys("created >= startOfDay()"));
        assertEquals(List.of("DTU-7"), keys("created < startOfDay(-1)"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("created <= endOfDay()"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("created >= startOfMonth(-1M)"));
        assertEquals(List.of("OPS-3"), keys("resolved <= now()"));
        assertEquals(List.of("DTU-7"), keys("updated > startOfDay(-1d) and updated < startOfDay()"));
    }

    @Test
    void dateWithoutTimeIsMidnightForRelationalOperators() {
        assertEquals(List.of(), keys("created <= 2026-01-10 AND key = DTU-7"));
        assertEquals(List.of("DTU-7"), keys("created > 2026-01-10 AND key = DTU-7"));
    }

    @Test
    void dueDatesAreDays() {
        assertEquals(List.of("DTU-7"), keys("due = 2026-02-15"));
        assertEquals(List.of("DTU-7"), keys("duedate <= '2026/02/15'"));
        assertEquals(List.of("DTU-7"), keys("due <= now()"));
        assertEquals(List.of("DTU-7"), keys("due >= startOfDay()"));
        assertEquals(List.of("OPS-3"), keys("due is empty"));
        assertEquals(List.of("DTU-7"), keys("cf[10040] > 2026-02-28"));
    }

    @Test
    void startOfDayFollowsTheSearchersZone() {
        JqlContext tokyo = Fixtures.context(ZoneId.of("Asia/Tokyo"), ALICE);
        // 2026-02-15T08:00Z is 17:00 in Tokyo, after Tokyo's midnight (15:00Z the day before)
        assertTrue(Jql.parse("created >= startOfDay()").matches(task, tokyo));
        assertFalse(Jql.parse("created >= endOfDay(-1)").matches(bug, tokyo));
    }

    @Test
    void customFieldsByIdAndName() {
        assertEquals(List.of("DTU-7"), keys("cf[10010] > 3"));
        assertEquals(List.of("OPS-3"), keys("\"Story Points\" = '2.5'"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("customfield_10010 in (5, \"2.50\")"));
        assertEquals(List.of("DTU-7"), keys("Team = red"));
        assertEquals(List.of("OPS-3"), keys("team is empty"));
        assertEquals(List.of("DTU-7"), keys("\"release notes\" ~ login"));
    }

    @Test
    void notAndParentheses() {
        assertEquals(List.of("OPS-3"), keys("NOT (project = DTU AND status = 'In Progress')"));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("project = DTU OR priority = Low AND status = Done"));
        assertEquals(List.of("OPS-3"), keys("(project = DTU OR priority = Low) AND status = Done"));
    }

    @Test
    void blankQueryMatchesAll() {
        assertEquals(List.of("DTU-7", "OPS-3"), keys(""));
        assertEquals(List.of("DTU-7", "OPS-3"), keys("order by key"));
    }
}

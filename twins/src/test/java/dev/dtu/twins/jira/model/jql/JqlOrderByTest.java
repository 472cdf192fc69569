package dev.dtu.twins.jira.model.jql;

import static dev.dtu.twins.jira.model.jql.Fixtures.ALICE;
import static dev.dtu.twins.jira.model.jql.Fixtures.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JqlOrderByTest {
    private final List<TestIssue> issues = List.of(
            TestIssue.of("DTU-2").with("priority", "Low").with("status", "Done").with("assignee", BOB)
                    .with("created", Instant.parse("2026-01-02T00:00:00Z")).with("duedate", LocalDate.parse("2026-03-01"))
                    .with("summary", "beta"),
            TestIssue.of("DTU-10").with("priority", "Highest").with("status", "To Do")
                    .with("created", Instant.parse("2026-01-03T00:00:00Z")).with("summary", "Alpha"),
            TestIssue.of("OPS-1").with("priority", "Low").with("status", "In Progress").with("assignee", ALICE)
                    .with("created", Instant.parse("2026-01-01T00:00:00Z")).with("duedate", LocalDate.parse("2026-02-01"))
                    .with("summary", "gamma"),
            TestIssue.of("DTU-3").with("status", "Done")
                    .with("created", Instant.parse("2026-01-03T00:00:00Z")).with("summary", "delta"));

    private List<String> sorted(String jql) {
        return issues.stream().sorted(Jql.parse(jql).comparator(Fixtures.context())).map(JqlIssue::key).toList();
    }

    @Test
    void defaultOrderIsNewestFirstThenKeyDescending() {
        assertEquals(List.of("DTU-10", "DTU-3", "DTU-2", "OPS-1"), sorted("project in (DTU, OPS)"));
    }

    @Test
    void keysSortByProjectThenNumber() {
        assertEquals(List.of("DTU-2", "DTU-3", "DTU-10", "OPS-1"), sorted("order by key asc"));
        assertEquals(List.of("OPS-1", "DTU-10", "DTU-3", "DTU-2"), sorted("order by issuekey DESC"));
    }

    @Test
    void prioritiesDescendingListTheHighestFirstAndEmptiesFirst() {
        assertEquals(List.of("DTU-3", "DTU-10", "DTU-2", "OPS-1"), sorted("order by priority desc, key asc"));
        assertEquals(List.of("DTU-2", "OPS-1", "DTU-10", "DTU-3"), sorted("order by priority asc, key asc"));
    }

    @Test
    void emptyValuesComeLastAscending() {
        assertEquals(List.of("OPS-1", "DTU-2", "DTU-10", "DTU-3"), sorted("order by due"));
        assertEquals(List.of("DTU-10", "DTU-3", "DTU-2", "OPS-1"), sorted("order by duedate DESC"));
    }

    @Test
    void statusesSortInConfiguredOrderAndUsersByDisplayName() {
        assertEquals(List.of("DTU-10", "OPS-1", "DTU-2", "DTU-3"), sorted("order by status, created"));
        assertEquals(List.of("OPS-1", "DTU-2", "DTU-10", "DTU-3"), sorted("order by assignee"));
    }

    @Test
    void textSortsIgnoringCase() {
        assertEquals(List.of("DTU-10", "DTU-2", "DTU-3", "OPS-1"), sorted("order by summary"));
    }

    @Test
    void comparatorOnlyOrdersFilteringIsSeparate() {
        JqlQuery q = Jql.parse("status = Done ORDER BY created ASC");
        List<String> keys = issues.stream().filter(q.predicate(Fixtures.context()))
                .sorted(q.comparator(Fixtures.context())).map(JqlIssue::key).toList();
        assertEquals(List.of("DTU-2", "DTU-3"), keys);
    }
}

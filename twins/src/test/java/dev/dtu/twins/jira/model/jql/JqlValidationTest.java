package dev.dtu.twins.jira.model.jql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JqlValidationTest {

    private static List<String> errors(String jql) {
        JqlQuery query = Jql.parse(jql);
        return assertThrows(JqlValidationException.class, () -> query.validate(Fixtures.context())).messages();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "foo = bar|Field 'foo' does not exist or you do not have permission to view it.",
        "cf[99999] = 1|Field 'cf[99999]' does not exist or you do not have permission to view it.",
        "project = XYZ|The value 'XYZ' does not exist for the field 'project'.",
        "status in (Open, Done)|The value 'Open' does not exist for the field 'status'.",
        "priority = Blocker|The value 'Blocker' does not exist for the field 'priority'.",
        "assignee = nobody|The value 'nobody' does not exist for the field 'assignee'.",
        "status ~ Done|The operator '~' is not supported by the 'status' field.",
        "summary = hello|The operator '=' is not supported by the 'summary' field.",
        "labels > x|The operator '>' is not supported by the 'labels' field.",
        "created changed|The operator 'CHANGED' is not supported by the 'created' field.",
        "created > yesterday|Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
        "due = 2026-02-30|Date value '2026-02-30' for field 'due' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
        "assignee = foo()|Unable to find JQL function 'foo()'.",
        "assignee = currentUser(x)|Function 'currentUser' expected '0' arguments but received '1'.",
        "assignee in membersOf()|Function 'membersOf' expected '1' arguments but received '0'.",
        "assignee in membersOf(ghosts)|Function 'membersOf' can not generate a list of usernames for group 'ghosts'; the group does not exist.",
        "created > currentUser()|A value provided by the function 'currentUser' is invalid for the field 'created'.",
        "key = nonsense|The issue key 'nonsense' for field 'key' is invalid.",
        "key = DTU-999|An issue with key 'DTU-999' does not exist for field 'key'.",
        "\"Story Points\" > many|Value 'many' is invalid for the 'Story Points' field.",
        "summary ~ \"\"|The field 'summary' does not support searching for an empty string.",
        "status = (Done, \"To Do\")|The operator '=' does not support multiple values for the field 'status'. Use 'IN' instead.",
        "status is Done|The operator 'IS' only supports searching with 'EMPTY' or 'NULL'.",
        "status was Done from \"To Do\"|The predicate 'FROM' is not supported by the operator 'WAS'.",
        "order by foo|Field 'foo' does not exist or you do not have permission to view it.",
        "order by text|Field 'text' does not support sorting.",
        "order by created, createdDate desc|The sort field 'createdDate' is referenced multiple times in the JQL sort."})
    void jiraMessages(String jql, String message) {
        assertEquals(List.of(message), errors(jql));
    }

    @Test
    void reportsEveryErrorOnce() {
        assertEquals(List.of("Field 'foo' does not exist or you do not have permission to view it.",
                "The value 'XYZ' does not exist for the field 'project'."),
                errors("foo = 1 AND project = XYZ OR (foo = 2 AND NOT project in (XYZ))"));
    }

    @Test
    void evaluationValidatesFirst() {
        JqlQuery query = Jql.parse("foo = bar");
        TestIssue issue = TestIssue.of("DTU-1");
        assertThrows(JqlValidationException.class, () -> query.matches(issue, Fixtures.context()));
        assertThrows(JqlValidationException.class, () -> Jql.parse("order by foo").comparator(Fixtures.context()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "project = \"Digital Twin\" AND issuetype in (Bug, 10002) AND status CHANGED",
        "assignee in (currentUser(), EMPTY, membersOf(Developers), 'bob@example.com')",
        "created >= startOfWeek() AND updated <= endOfYear(\"+1M\") AND due < '2026/12/31 23:59'",
        "status WAS \"In Progress\" BY currentUser() DURING (2026-01-01, now()) BEFORE -1d",
        "status CHANGED FROM \"To Do\" TO Done AFTER startOfMonth() ON 2026-02-01",
        "resolution = Unresolved AND statusCategory != done AND Team IN (Red, 2)",
        "text ~ \"login*\" AND cf[10010] >= 3 ORDER BY priority DESC, \"Story Points\", key"})
    void validQueries(String jql) {
        assertDoesNotThrow(() -> Jql.parse(jql).validate(Fixtures.context()));
    }

    @Test
    void fieldsWithoutConfiguredValuesAcceptAnything() {
        JqlContext bare = SimpleJqlContext.builder(java.time.Clock.systemUTC()).build();
        assertDoesNotThrow(() -> Jql.parse("project = Anything AND status = Whatever AND assignee = someone").validate(bare));
    }
}

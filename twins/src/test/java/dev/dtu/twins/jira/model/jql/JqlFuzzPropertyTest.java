package dev.dtu.twins.jira.model.jql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Arbitrary input never escapes as anything but Jira's errors. */
class JqlFuzzPropertyTest {
    private static final TestIssue ISSUE = TestIssue.of("DTU-1").with("status", "Done")
            .with("summary", "hello world").with("created", Instant.parse("2026-01-01T00:00:00Z"))
            .with("labels", List.of("red")).with("customfield_10010", 3);

    @Property(tries = 1500)
    void parserOnlyThrowsSyntaxErrors(@ForAll("garbage") String input) {
        checkParse(input);
    }

    @Property(tries = 1500)
    void tokenSoupParsesOrFailsWithJiraErrorsAndEvaluatesSafely(@ForAll("soup") String input) {
        JqlQuery query = checkParse(input);
        if (query == null) {
            Statistics.collect("syntax error");
            return;
        }
        try {
            boolean matched = query.matches(ISSUE, Fixtures.context());
            List<TestIssue> sorted = List.of(ISSUE, TestIssue.of("DTU-2")).stream()
                    .sorted(query.comparator(Fixtures.context())).toList();
            assertEquals(2, sorted.size(), "sorting keeps every issue (matched=" + matched + ")");
            Statistics.collect("evaluated");
        } catch (JqlValidationException e) {
            assertTrue(!e.messages().isEmpty() && e.messages().stream().noneMatch(String::isBlank), input);
            Statistics.collect("validation error");
        }
        Statistics.coverage(c -> c.check("evaluated").percentage(p -> p > 1));
    }

    /** Parses; on success the canonical form must round-trip, on failure the message must be Jira's. */
    private static JqlQuery checkParse(String input) {
        try {
            JqlQuery query = Jql.parse(input);
            assertEquals(query, Jql.parse(query.toJql()), input);
            return query;
        } catch (JqlSyntaxException e) {
            assertTrue(e.getMessage().startsWith("Error in the JQL Query: ")
                    || e.getMessage().startsWith("Error in JQL Query: "), e.getMessage());
            assertTrue(e.line() >= 0 && e.character() >= 0);
            return null;
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("abc =!<>~(),\"'\\&|.[]*@-\n0123456789").ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> token = Arbitraries.of("status", "summary", "labels", "created", "due", "assignee",
                "priority", "key", "project", "text", "cf[10010]", "\"Story Points\"", "foo", "=", "!=", ">", "<=",
                "~", "!~", "IN", "NOT", "IS", "EMPTY", "NULL", "WAS", "CHANGED", "AND", "OR", "(", ")", ",",
                "ORDER", "BY", "DESC", "ASC", "AFTER", "BEFORE", "ON", "DURING", "FROM", "TO", "Done", "High",
                "DTU-1", "'In Progress'", "hello", "\"\"", "-7d", "2026-01-31", "'2026/01/31 10:00'", "3", "x",
                "currentUser()", "now()", "startOfDay(-1)", "membersOf(developers)", "membersOf()", "bogus()",
                "endOfMonth(\"+1M\")", "\"hel*\"");
        return token.list().ofMaxSize(12).map(tokens -> String.join(" ", tokens));
    }
}

package dev.dtu.twins.jira.model.jql;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15 item 5: deep and long JQL (thousands of NOTs, parentheses, list nesting, long text searches) is parsed,
 * validated and evaluated or refused with Jira's own exceptions; nothing else escapes, least of all a
 * StackOverflowError.
 */
class JqlDeepFuzzPropertyTest {
    private static final TestIssue ISSUE = TestIssue.of("DTU-1").with("status", "Done")
            .with("summary", "a".repeat(3_000) + " hello world").with("created", Instant.parse("2026-01-01T00:00:00Z"))
            .with("labels", List.of("red"));

    @Property(tries = 150)
    void deepOrLongInputOnlyFailsWithJirasErrors(@ForAll("deepOrLong") String jql) {
        try {
            JqlQuery query = Jql.parse(jql);
            query.validate(Fixtures.context());
            query.matches(ISSUE, Fixtures.context());
        } catch (JqlSyntaxException | JqlValidationException expected) {
            // Jira's 400
        }
    }

    @Provide
    Arbitrary<String> deepOrLong() {
        Arbitrary<String> core = Arbitraries.of("status = Done", "summary ~ \"a*a*a*a*a*c\"", "labels in (red, blue)",
                "summary ~ \"" + "a?".repeat(500) + "*\"", "summary ~ \"hel* \\\"hello world\\\"\"", "x", "", "(",
                "status in ((((Done))))");
        Arbitrary<String> wrapper = Arbitraries.of("NOT ", "(", "NOT (", "status = Done AND (", "((", "-(", "\"");
        Arbitrary<Integer> depth = Arbitraries.integers().between(0, 30_000);
        Arbitrary<String> deep = Combinators.combine(wrapper, depth, core, Arbitraries.integers().between(0, 30_000))
                .as((w, d, c, closing) -> w.repeat(d) + c + ")".repeat(closing));
        Arbitrary<String> chain = Combinators.combine(core, Arbitraries.of(" AND ", " OR ", " "),
                Arbitraries.integers().between(1, 5_000)).as((c, op, n) -> String.join(op, java.util.Collections.nCopies(n, c)));
        return Arbitraries.oneOf(deep, chain);
    }
}

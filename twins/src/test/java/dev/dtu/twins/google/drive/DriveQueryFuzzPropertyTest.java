package dev.dtu.twins.google.drive;

import dev.dtu.twins.google.drive.model.DriveQuery;
import dev.dtu.twins.google.drive.model.QueryEvaluator;
import java.util.Collections;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue #15 item 5: deep and long Drive q is evaluated or is Drive's invalid query, never another throwable. */
class DriveQueryFuzzPropertyTest {

    @Property(tries = 150)
    void deepOrLongQueriesOnlyFailAsInvalidQueries(@ForAll("deepOrLong") String q) {
        try {
            QueryEvaluator.matches(QueryEvaluator.compile(q), new DriveQueryTest.Subject(DriveQueryTest.FILE));
        } catch (DriveQuery.InvalidQueryException expected) {
            // Drive's 400 Invalid Value
        }
    }

    @Provide
    Arbitrary<String> deepOrLong() {
        Arbitrary<String> core = Arbitraries.of("trashed = false", "name contains 'bud'", "'p1' in parents",
                "name contains '" + "x ".repeat(2_000) + "'", "fullText contains 'q'", "not", "(", "'", "");
        Arbitrary<String> wrapper = Arbitraries.of("not ", "(", "not (", "trashed = false and (", "((");
        Arbitrary<String> deep = Combinators.combine(wrapper, Arbitraries.integers().between(0, 30_000), core,
                Arbitraries.integers().between(0, 30_000)).as((w, d, c, closing) -> w.repeat(d) + c + ")".repeat(closing));
        Arbitrary<String> chain = Combinators.combine(core, Arbitraries.of(" and ", " or ", " "),
                Arbitraries.integers().between(1, 5_000)).as((c, op, n) -> String.join(op, Collections.nCopies(n, c)));
        return Arbitraries.oneOf(deep, chain);
    }
}

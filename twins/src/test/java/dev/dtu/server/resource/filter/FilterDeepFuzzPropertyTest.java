package dev.dtu.server.resource.filter;

import java.util.Collections;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue #15 item 5: deep and long filter/search expressions evaluate or fail with Okta's own errors only. */
class FilterDeepFuzzPropertyTest {
    private static final FilterTarget USER = FilterTarget.ofTree(Map.of("status", "ACTIVE",
            "profile", Map.of("login", "ada@example.com", "title", "a".repeat(5_000))));

    @Property(tries = 150)
    void deepOrLongExpressionsOnlyFailWithOktaErrors(@ForAll("deepOrLong") String expression) {
        try {
            Filter filter = FilterParser.parse(expression);
            new FilterEvaluator(StringMatching.IGNORE_CASE).matches(filter, USER);
        } catch (FilterException expected) {
            // the twin's E0000031 (or E0000030 for a bad date)
        }
    }

    @Provide
    Arbitrary<String> deepOrLong() {
        Arbitrary<String> core = Arbitraries.of("status eq \"ACTIVE\"", "profile.title sw \"aaa\"", "profile.login pr",
                "profile.title co \"" + "a".repeat(3_000) + "\"", "lastUpdated gt \"x\"", "not", "(", "\"", "");
        Arbitrary<String> wrapper = Arbitraries.of("not (", "(", "status eq \"ACTIVE\" and (", "((");
        Arbitrary<String> deep = Combinators.combine(wrapper, Arbitraries.integers().between(0, 30_000), core,
                Arbitraries.integers().between(0, 30_000)).as((w, d, c, closing) -> w.repeat(d) + c + ")".repeat(closing));
        Arbitrary<String> chain = Combinators.combine(core, Arbitraries.of(" and ", " or ", " "),
                Arbitraries.integers().between(1, 5_000)).as((c, op, n) -> String.join(op, Collections.nCopies(n, c)));
        return Arbitraries.oneOf(deep, chain);
    }
}

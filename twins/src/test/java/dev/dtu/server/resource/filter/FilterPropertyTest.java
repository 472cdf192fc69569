package dev.dtu.server.resource.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class FilterPropertyTest {

    private static final List<String> CLAUSES = List.of("status eq \"ACTIVE\"", "profile.lastName sw \"S\"",
            "id pr", "lastUpdated gt \"2026-01-01T00:00:00.000Z\"", "and", "or", "not (", "(", ")");

    private static final List<String> TOKENS = List.of("(", ")", "and", "or", "not", "AND", "eq", "ne", "gt", "sw",
            "co", "pr", "status", "profile.lastName", "profile.", ".", "\"ACTIVE\"", "\"", "\\", "\\u00", "1",
            "-", "1e5", "0.5", "true", "null", "&", "=", "'x'", "   ");

    @Property(tries = 500)
    void printingThenParsingGivesTheSameFilter(@ForAll("anyFilters") Filter filter) {
        assertEquals(filter, FilterParser.parse(filter.print()));
    }

    @Property(tries = 500)
    void evaluationAgreesWithABruteForceReading(@ForAll("matchableFilters") Filter filter,
            @ForAll("targets") Map<String, Object> target, @ForAll StringMatching matching) {
        boolean expected = BruteForceFilter.holds(filter, target, matching == StringMatching.IGNORE_CASE);
        FilterEvaluator evaluator = new FilterEvaluator(matching);
        assertEquals(expected, evaluator.matches(filter, FilterTarget.of(target)), filter.print() + " on " + target);
        assertEquals(expected, evaluator.matches(FilterParser.parse(filter.print()), FilterTarget.of(target)));
        Statistics.label("matches").collect(expected);
        Statistics.label("matches").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 10);
            coverage.check(false).percentage(p -> p > 10);
        });
    }

    @Property(tries = 300)
    void notIsTheComplementAndDeMorganHolds(@ForAll("matchableFilters") Filter a, @ForAll("matchableFilters") Filter b,
            @ForAll("targets") Map<String, Object> target) {
        FilterEvaluator evaluator = new FilterEvaluator(StringMatching.EXACT);
        FilterTarget t = FilterTarget.of(target);
        assertEquals(!evaluator.matches(a, t), evaluator.matches(new Filter.Not(a), t));
        assertEquals(evaluator.matches(new Filter.Not(new Filter.And(a, b)), t),
                evaluator.matches(new Filter.Or(new Filter.Not(a), new Filter.Not(b)), t));
    }

    @Property(tries = 1000)
    void arbitraryTextIsEitherAFilterOrOktasInvalidSearchCriteria(@ForAll String text) {
        assertParsesOrIsRejected(text);
    }

    @Property(tries = 1000)
    void tokenSoupIsEitherAFilterOrOktasInvalidSearchCriteria(@ForAll("tokenSoup") String text) {
        assertParsesOrIsRejected(text);
        Statistics.label("parsed").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 2);
            coverage.check(false).percentage(p -> p > 50);
        });
    }

    @Property(tries = 500)
    void damagedFiltersAreEitherFiltersOrOktasInvalidSearchCriteria(@ForAll("damagedFilters") String text) {
        assertParsesOrIsRejected(text);
        Statistics.label("parsed").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 5);
            coverage.check(false).percentage(p -> p > 5);
        });
    }

    @Property(tries = 300)
    void policiesOnlyEverRejectWithInvalidCriteria(@ForAll("anyFilters") Filter filter) {
        FilterPolicy eqOnStatus = new FilterPolicy(path -> path.equals("status") ? java.util.Set.of(Operator.EQ) : java.util.Set.of(), false);
        FilterPolicy any = new FilterPolicy(path -> java.util.EnumSet.allOf(Operator.class), true);
        for (FilterPolicy policy : List.of(eqOnStatus, any)) {
            try {
                assertEquals(filter, policy.check(filter));
            } catch (FilterException e) {
                assertEquals(FilterException.Kind.INVALID_CRITERIA, e.kind());
                assertTrue(policy != any, "a policy allowing everything rejects nothing");
            }
        }
    }

    private static void assertParsesOrIsRejected(String text) {
        try {
            Filter filter = FilterParser.parse(text);
            assertEquals(filter, FilterParser.parse(filter.print()), "a parsed filter prints back to itself");
            Statistics.label("parsed").collect(true);
        } catch (FilterException e) {
            assertEquals(FilterException.Kind.INVALID_CRITERIA, e.kind());
            assertTrue(!e.reason().isBlank());
            Statistics.label("parsed").collect(false);
        }
    }

    @Provide
    Arbitrary<Filter> anyFilters() {
        return FilterGenerators.anyFilters();
    }

    @Provide
    Arbitrary<Filter> matchableFilters() {
        return FilterGenerators.matchableFilters();
    }

    @Provide
    Arbitrary<Map<String, Object>> targets() {
        return FilterGenerators.targets();
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(CLAUSES)),
                Tuple.of(1, Arbitraries.of(TOKENS)));
        return pieces.list().ofMaxSize(10)
                .flatMap(tokens -> Arbitraries.of(" ", "").map(separator -> String.join(separator, tokens)));
    }

    @Provide
    Arbitrary<String> damagedFilters() {
        Arbitrary<String> printed = FilterGenerators.matchableFilters().map(Filter::print);
        return Combinators.combine(printed, Arbitraries.integers().between(0, 1000), Arbitraries.of(TOKENS),
                Arbitraries.of(true, false)).as((text, at, token, insert) -> {
                    int index = at % (text.length() + 1);
                    return insert ? text.substring(0, index) + token + text.substring(index)
                            : text.substring(0, index) + text.substring(Math.min(text.length(), index + token.length()));
                });
    }
}

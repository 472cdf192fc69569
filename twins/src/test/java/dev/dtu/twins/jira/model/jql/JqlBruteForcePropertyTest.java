package dev.dtu.twins.jira.model.jql;

import static dev.dtu.twins.jira.model.jql.Fixtures.ALICE;
import static dev.dtu.twins.jira.model.jql.Fixtures.BOB;
import static dev.dtu.twins.jira.model.jql.Fixtures.CAROL;
import static dev.dtu.twins.jira.model.jql.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The evaluator agrees with plain Java predicates written here from Jira's documented semantics, over
 * generated issues and generated clause trees.
 */
class JqlBruteForcePropertyTest {
    private static final List<String> STATUSES = List.of("To Do", "In Progress", "Done");
    private static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low", "Lowest");
    private static final List<String> USERS = List.of(ALICE, BOB, CAROL);
    private static final List<String> LABELS = List.of("red", "green", "blue");
    private static final List<String> WORDS = List.of("login", "crash", "report", "deploy", "cache");
    private static final Set<String> DEVELOPERS = Set.of(ALICE, BOB);

    /** A JQL clause and what it must mean. */
    record Gen(String jql, Predicate<TestIssue> expected) {
        Gen and(Gen other) {
            return new Gen("(" + jql + ") AND (" + other.jql + ")", expected.and(other.expected));
        }

        Gen or(Gen other) {
            return new Gen("(" + jql + ") OR (" + other.jql + ")", expected.or(other.expected));
        }

        Gen not() {
            return new Gen("NOT (" + jql + ")", expected.negate());
        }

        @Override
        public String toString() {
            return jql;
        }
    }

    @Property(tries = 400)
    void evaluatorAgreesWithBruteForce(@ForAll("clauses") Gen gen, @ForAll("issues") List<TestIssue> issues) {
        Predicate<JqlIssue> actual = Jql.parse(gen.jql()).predicate(Fixtures.context());
        for (TestIssue issue : issues) {
            boolean expected = gen.expected().test(issue);
            assertEquals(expected, actual.test(issue), gen.jql() + " on " + issue);
            Statistics.collect(expected);
        }
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<List<TestIssue>> issues() {
        return issue().list().ofMinSize(1).ofMaxSize(8);
    }

    private Arbitrary<TestIssue> issue() {
        Arbitrary<String> status = Arbitraries.of(STATUSES).injectNull(0.1);
        Arbitrary<String> priority = Arbitraries.of(PRIORITIES).injectNull(0.2);
        Arbitrary<String> assignee = Arbitraries.of(USERS).injectNull(0.3);
        Arbitrary<List<String>> labels = Arbitraries.subsetOf(LABELS).map(List::copyOf);
        Arbitrary<Instant> created = Arbitraries.longs().between(0, 90L * 24 * 60)
                .map(m -> NOW.minus(Duration.ofMinutes(m)));
        Arbitrary<LocalDate> due = Arbitraries.integers().between(-20, 20)
                .map(d -> LocalDate.of(2026, 2, 15).plusDays(d)).injectNull(0.3);
        Arbitrary<Integer> points = Arbitraries.integers().between(0, 10).injectNull(0.3);
        Arbitrary<String> summary = Arbitraries.of(WORDS).map(w -> w.substring(0, 1).toUpperCase() + w.substring(1))
                .list().ofMinSize(1).ofMaxSize(3).map(ws -> String.join(" ", ws) + ".");
        Arbitrary<Integer> number = Arbitraries.integers().between(1, 999);
        return Combinators.combine(List.of(obj(status), obj(priority), obj(assignee), obj(labels), obj(created), obj(due),
                        obj(points), obj(summary), obj(number)))
                .as(v -> TestIssue.of("DTU-" + v.get(8))
                        .with("status", v.get(0)).with("priority", v.get(1)).with("assignee", v.get(2))
                        .with("labels", v.get(3)).with("created", v.get(4)).with("duedate", v.get(5))
                        .with("customfield_10010", v.get(6)).with("summary", v.get(7)));
    }

    private static Arbitrary<Object> obj(Arbitrary<?> arbitrary) {
        return arbitrary.map(x -> (Object) x);
    }

    @Provide
    Arbitrary<Gen> clauses() {
        return tree(3);
    }

    private Arbitrary<Gen> tree(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Gen> sub = tree(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf()),
                Tuple.of(2, Combinators.combine(sub, sub).as(Gen::and)),
                Tuple.of(2, Combinators.combine(sub, sub).as(Gen::or)),
                Tuple.of(1, sub.map(Gen::not)));
    }

    private Arbitrary<Gen> leaf() {
        return Arbitraries.oneOf(statusClause(), priorityClause(), assigneeClause(), labelClause(), createdClause(),
                dueClause(), pointsClause(), summaryClause());
    }

    private Arbitrary<Gen> statusClause() {
        Arbitrary<String> s = Arbitraries.of(STATUSES);
        return Arbitraries.oneOf(
                s.map(v -> new Gen("status = '" + v.toLowerCase() + "'", i -> v.equals(i.value("status")))),
                s.map(v -> new Gen("status != \"" + v + "\"", i -> i.value("status") != null && !v.equals(i.value("status")))),
                Arbitraries.subsetOf(STATUSES).filter(x -> !x.isEmpty()).map(vs -> new Gen(
                        "status in (" + quoted(vs) + ")", i -> i.value("status") != null && vs.contains(i.value("status")))),
                Arbitraries.subsetOf(STATUSES).filter(x -> !x.isEmpty()).map(vs -> new Gen(
                        "status not in (" + quoted(vs) + ")", i -> i.value("status") != null && !vs.contains(i.value("status")))),
                Arbitraries.just(new Gen("status is EMPTY", i -> i.value("status") == null)),
                Arbitraries.just(new Gen("status IS NOT null", i -> i.value("status") != null)));
    }

    private Arbitrary<Gen> priorityClause() {
        return Combinators.combine(Arbitraries.of(">", ">=", "<", "<=", "="), Arbitraries.of(PRIORITIES)).as((op, p) ->
                new Gen("priority " + op + " " + p, i -> {
                    Object actual = i.value("priority");
                    if (actual == null) {
                        return false;
                    }
                    int higher = Integer.compare(PRIORITIES.indexOf(p), PRIORITIES.indexOf(actual));
                    return compare(op, higher);
                }));
    }

    private Arbitrary<Gen> assigneeClause() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Gen("assignee = currentUser()", i -> ALICE.equals(i.value("assignee")))),
                Arbitraries.just(new Gen("assignee in membersOf(\"developers\")", i -> i.value("assignee") != null && DEVELOPERS.contains(i.value("assignee")))),
                Arbitraries.just(new Gen("assignee is empty", i -> i.value("assignee") == null)),
                Arbitraries.of(USERS).map(u -> new Gen("assignee != \"" + u + "\"",
                        i -> i.value("assignee") != null && !u.equals(i.value("assignee")))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(TestIssue i) {
        return (List<String>) i.value("labels");
    }

    private Arbitrary<Gen> labelClause() {
        Arbitrary<String> l = Arbitraries.of(LABELS);
        Arbitrary<Set<String>> some = Arbitraries.subsetOf(LABELS).filter(x -> !x.isEmpty());
        return Arbitraries.oneOf(
                l.map(v -> new Gen("labels = " + v.toUpperCase(), i -> labels(i).contains(v))),
                l.map(v -> new Gen("labels != " + v, i -> !labels(i).isEmpty() && !labels(i).contains(v))),
                some.map(vs -> new Gen("labels in (" + String.join(", ", vs) + ")", i -> labels(i).stream().anyMatch(vs::contains))),
                some.map(vs -> new Gen("labels not in (" + String.join(", ", vs) + ")",
                        i -> !labels(i).isEmpty() && labels(i).stream().noneMatch(vs::contains))),
                Arbitraries.just(new Gen("labels is not EMPTY", i -> !labels(i).isEmpty())));
    }

    private Arbitrary<Gen> createdClause() {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 95);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(">", "<", ">=", "<="), days).as((op, d) -> {
                    LocalDate day = LocalDate.of(2026, 2, 15).minusDays(d);
                    Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                    return new Gen("created " + op + " " + day, i -> compare(op, ((Instant) i.value("created")).compareTo(midnight)));
                }),
                days.map(d -> new Gen("created >= -" + d + "d",
                        i -> !((Instant) i.value("created")).isBefore(NOW.minus(Duration.ofDays(d))))),
                days.map(d -> new Gen("created < startOfDay(-" + d + ")",
                        i -> ((Instant) i.value("created")).isBefore(LocalDate.of(2026, 2, 15).minusDays(d)
                                .atStartOfDay(ZoneOffset.UTC).toInstant()))));
    }

    private Arbitrary<Gen> dueClause() {
        return Combinators.combine(Arbitraries.of(">", "<", ">=", "<=", "=", "!="), Arbitraries.integers().between(-21, 21))
                .as((op, d) -> {
                    LocalDate day = LocalDate.of(2026, 2, 15).plusDays(d);
                    return new Gen("due " + op + " '" + day.toString().replace('-', '/') + "'", i -> {
                        LocalDate due = (LocalDate) i.value("duedate");
                        return due != null && compare(op, due.compareTo(day));
                    });
                });
    }

    private Arbitrary<Gen> pointsClause() {
        return Combinators.combine(Arbitraries.of(">", "<", ">=", "<=", "=", "!="), Arbitraries.integers().between(0, 10))
                .as((op, n) -> new Gen("cf[10010] " + op + " " + n, i -> {
                    Integer points = (Integer) i.value("customfield_10010");
                    return points != null && compare(op, points.compareTo(n));
                }));
    }

    private Arbitrary<Gen> summaryClause() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(2).map(ws -> new Gen(
                "summary ~ \"" + String.join(" ", ws).toUpperCase() + "\"",
                i -> Arrays.asList(((String) i.value("summary")).toLowerCase().replace(".", "").split(" "))
                        .containsAll(ws)));
    }

    private static boolean compare(String op, int sign) {
        return switch (op) {
            case ">" -> sign > 0;
            case ">=" -> sign >= 0;
            case "<" -> sign < 0;
            case "<=" -> sign <= 0;
            case "=" -> sign == 0;
            default -> sign != 0;
        };
    }

    private static String quoted(Set<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    @Property(tries = 50)
    void generatedQueriesAreCanonicallyStable(@ForAll("clauses") Gen gen) {
        JqlQuery q = Jql.parse(gen.jql());
        assertEquals(q, Jql.parse(q.toJql()));
        assertDoesNotThrow(() -> q.validate(Fixtures.context()), gen.jql());
    }
}

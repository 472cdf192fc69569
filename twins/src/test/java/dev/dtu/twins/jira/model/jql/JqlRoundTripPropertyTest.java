package dev.dtu.twins.jira.model.jql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.twins.jira.model.jql.Clause.And;
import dev.dtu.twins.jira.model.jql.Clause.Not;
import dev.dtu.twins.jira.model.jql.Clause.Or;
import dev.dtu.twins.jira.model.jql.Clause.Terminal;
import dev.dtu.twins.jira.model.jql.Operand.Empty;
import dev.dtu.twins.jira.model.jql.Operand.FunctionCall;
import dev.dtu.twins.jira.model.jql.Operand.ListOperand;
import dev.dtu.twins.jira.model.jql.Operand.Value;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any AST printed with toJql() parses back to an equal AST. */
class JqlRoundTripPropertyTest {

    @Property(tries = 600)
    void printedQueriesParseBackToTheSameAst(@ForAll("queries") JqlQuery query) {
        String jql = query.toJql();
        assertEquals(query, Jql.parse(jql), jql);
        assertEquals(jql, Jql.parse(jql).toJql());
    }

    @Provide
    Arbitrary<JqlQuery> queries() {
        Arbitrary<Optional<Clause>> where = clause(3).optional(0.9);
        Arbitrary<List<OrderKey>> order = Combinators.combine(names(), Arbitraries.of(OrderKey.Direction.class))
                .as(OrderKey::new).list().ofMaxSize(3);
        return Combinators.combine(where, order).as(JqlQuery::new);
    }

    private Arbitrary<Clause> clause(int depth) {
        if (depth == 0) {
            return terminal();
        }
        Arbitrary<Clause> child = clause(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, terminal()),
                net.jqwik.api.Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(3).map(And::new)),
                net.jqwik.api.Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(3).map(Or::new)),
                net.jqwik.api.Tuple.of(1, child.map(Not::new)));
    }

    private Arbitrary<Clause> terminal() {
        return Arbitraries.of(Operator.class).flatMap(op -> {
            Arbitrary<Operand> operand = op == Operator.CHANGED ? Arbitraries.just(null) : operand();
            Arbitrary<List<HistoryPredicate>> predicates = op.isHistory()
                    ? Combinators.combine(Arbitraries.of(HistoryPredicate.Kind.class), operand())
                            .as(HistoryPredicate::new).list().ofMaxSize(2)
                    : Arbitraries.just(List.of());
            return Combinators.combine(names(), operand, predicates)
                    .as((field, o, p) -> (Clause) new Terminal(field, op, o, p));
        });
    }

    private Arbitrary<Operand> operand() {
        Arbitrary<Operand> single = Arbitraries.oneOf(
                texts().map(Value::new),
                Arbitraries.just(new Empty()),
                Combinators.combine(Arbitraries.of("currentUser", "membersOf", "startOfDay", "now", "myFunction"),
                        texts().list().ofMaxSize(2)).as(FunctionCall::new));
        return Arbitraries.oneOf(single, single, single.list().ofMinSize(1).ofMaxSize(3).map(ListOperand::new));
    }

    /** Field names: plain, quoted, custom field ids, keywords and reserved words. */
    private Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.of("status", "Story Points", "cf[10010]", "cf[0]", "cf[010]", "CF[7]", "order", "a",
                        "customfield_10010", "text", "x\"y", ""),
                texts());
    }

    /** Any text, biased towards what is hard to quote: keywords, reserved words, escapes, specials. */
    private Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.strings().withChars("ab \"'\\\n\t()=,!~&|.[]*@-").ofMaxLength(6),
                Arbitraries.of("AND", "or", "Not", "EMPTY", "null", "in", "is", "was", "changed", "by", "order",
                        "asc", "after", "to", "select", "cf", "-7d", "2026-01-31", "Done", "In Progress",
                        "cf[10]", "ünïcödé", "\u0000", "\\u0040"));
    }
}

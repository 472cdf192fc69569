package dev.dtu.twins.jira.model.jql;

import dev.dtu.twins.jira.model.jql.Clause.And;
import dev.dtu.twins.jira.model.jql.Clause.Not;
import dev.dtu.twins.jira.model.jql.Clause.Or;
import dev.dtu.twins.jira.model.jql.Clause.Terminal;
import dev.dtu.twins.jira.model.jql.Operand.Value;
import java.util.List;

/** Evaluates a validated where clause against one issue. */
final class Evaluator {
    private final Values values;
    private final Comparisons comparisons;
    private final History history;

    Evaluator(JqlContext context) {
        this.values = new Values(context);
        this.comparisons = new Comparisons(values);
        this.history = new History(values, comparisons);
    }

    boolean test(Clause clause, JqlIssue issue) {
        return switch (clause) {
            case And and -> and.clauses().stream().allMatch(c -> test(c, issue));
            case Or or -> or.clauses().stream().anyMatch(c -> test(c, issue));
            case Not not -> !test(not.clause(), issue);
            case Terminal t -> terminal(t, issue);
        };
    }

    private boolean terminal(Terminal t, JqlIssue issue) {
        JqlField field = values.context().fields().find(t.field()).orElseThrow();
        if (t.operator().isHistory()) {
            return history.test(t, field, issue);
        }
        List<Object> actual = values.actual(issue, field);
        return switch (t.operator()) {
            case IS -> actual.isEmpty();
            case IS_NOT -> !actual.isEmpty();
            case LIKE -> TextSearch.matches(actual, ((Value) t.operand()).text());
            case NOT_LIKE -> !actual.isEmpty() && !TextSearch.matches(actual, ((Value) t.operand()).text());
            case EQUALS, IN -> anyEqual(field, actual, values.literals(field, t.operand()));
            case NOT_EQUALS, NOT_IN -> noneEqual(field, actual, values.literals(field, t.operand()));
            default -> relational(t.operator(), field, actual, values.literals(field, t.operand()));
        };
    }

    boolean anyEqual(JqlField field, List<Object> actual, Literals literals) {
        if (actual.isEmpty()) {
            return literals.empty();
        }
        return actual.stream().anyMatch(a -> literals.values().stream().anyMatch(l -> comparisons.equal(field, a, l)));
    }

    /** "!=" and NOT IN never match an empty field (JQL operators reference). */
    private boolean noneEqual(JqlField field, List<Object> actual, Literals literals) {
        return !actual.isEmpty() && actual.stream()
                .noneMatch(a -> literals.values().stream().anyMatch(l -> comparisons.equal(field, a, l)));
    }

    private boolean relational(Operator op, JqlField field, List<Object> actual, Literals literals) {
        return actual.stream().anyMatch(a -> literals.values().stream()
                .anyMatch(l -> comparisons.compare(field, a, l).map(c -> holds(op, c)).orElse(false)));
    }

    private static boolean holds(Operator op, int sign) {
        return switch (op) {
            case GREATER -> sign > 0;
            case GREATER_EQUAL -> sign >= 0;
            case LESS -> sign < 0;
            case LESS_EQUAL -> sign <= 0;
            default -> throw new IllegalArgumentException(op.name());
        };
    }
}

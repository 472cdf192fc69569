package dev.dtu.twins.jira.model.jql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** A parsed JQL query: an optional where clause and the ORDER BY keys. */
public record JqlQuery(Optional<Clause> where, List<OrderKey> orderBy) {

    public JqlQuery {
        Objects.requireNonNull(where);
        orderBy = List.copyOf(orderBy);
    }

    /**
     * Checks fields, operators, functions and values against the context.
     *
     * @throws JqlValidationException carrying every error Jira would report
     */
    public void validate(JqlContext context) {
        List<String> errors = new Validator(context).validate(this);
        if (!errors.isEmpty()) {
            throw new JqlValidationException(errors);
        }
    }

    /** Validates, then returns a predicate that evaluates functions such as now() once, at this call. */
    public Predicate<JqlIssue> predicate(JqlContext context) {
        validate(context);
        Evaluator evaluator = new Evaluator(context);
        return where.<Predicate<JqlIssue>>map(c -> issue -> evaluator.test(c, issue)).orElse(issue -> true);
    }

    public boolean matches(JqlIssue issue, JqlContext context) {
        return predicate(context).test(issue);
    }

    /** Validates, then returns the ORDER BY order (Jira's default order when the query has none). */
    public Ordering comparator(JqlContext context) {
        validate(context);
        return new Sorting(context).ordering(orderBy);
    }

    /** Canonical JQL that parses back to an equal query. */
    public String toJql() {
        return JqlPrinter.print(this);
    }
}

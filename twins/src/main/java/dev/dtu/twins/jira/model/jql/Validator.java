package dev.dtu.twins.jira.model.jql;

import dev.dtu.twins.jira.model.jql.Clause.And;
import dev.dtu.twins.jira.model.jql.Clause.Not;
import dev.dtu.twins.jira.model.jql.Clause.Or;
import dev.dtu.twins.jira.model.jql.Clause.Terminal;
import dev.dtu.twins.jira.model.jql.Operand.Empty;
import dev.dtu.twins.jira.model.jql.Operand.FunctionCall;
import dev.dtu.twins.jira.model.jql.Operand.ListOperand;
import dev.dtu.twins.jira.model.jql.Operand.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects every error Jira would report for a parsed query, in query order. */
final class Validator {
    private final JqlContext context;
    private final Values values;
    private final Set<String> errors = new LinkedHashSet<>();

    Validator(JqlContext context) {
        this.context = context;
        this.values = new Values(context);
    }

    List<String> validate(JqlQuery query) {
        query.where().ifPresent(this::clause);
        orderBy(query.orderBy());
        return new ArrayList<>(errors);
    }

    private void clause(Clause clause) {
        switch (clause) {
            case And and -> and.clauses().forEach(this::clause);
            case Or or -> or.clauses().forEach(this::clause);
            case Not not -> clause(not.clause());
            case Terminal t -> terminal(t);
        }
    }

    private void terminal(Terminal t) {
        Optional<JqlField> found = context.fields().find(t.field());
        if (found.isEmpty()) {
            errors.add(JqlMessages.unknownField(t.field()));
            return;
        }
        JqlField field = found.get();
        if (!field.type().supports(t.operator(), field.history())) {
            errors.add(JqlMessages.unsupportedOperator(t.operator(), t.field()));
            return;
        }
        if (t.operand() != null && shapeIsValid(t)) {
            operand(t.field(), field, t.operand());
        }
        t.predicates().forEach(p -> predicate(t, field, p));
    }

    private boolean shapeIsValid(Terminal t) {
        Operator op = t.operator();
        Operand operand = t.operand();
        Optional<String> error = Optional.empty();
        if (op == Operator.IS || op == Operator.IS_NOT) {
            error = operand instanceof Empty ? error : Optional.of(JqlMessages.onlyEmpty(op));
        } else if (operand instanceof ListOperand && !op.isList()) {
            error = Optional.of(JqlMessages.listNotAllowed(op, t.field()));
        } else if (operand instanceof Empty && (op.isRelational() || op == Operator.LIKE || op == Operator.NOT_LIKE)) {
            error = Optional.of(JqlMessages.emptyNotAllowed(op, t.field()));
        } else if (op == Operator.LIKE || op == Operator.NOT_LIKE) {
            error = likeError(t.field(), operand);
        }
        error.ifPresent(errors::add);
        return error.isEmpty();
    }

    private static Optional<String> likeError(String name, Operand operand) {
        if (operand instanceof FunctionCall f) {
            return Optional.of(JqlMessages.functionNotForField(f.name(), name));
        }
        String text = ((Value) operand).text();
        return text.isBlank() ? Optional.of(JqlMessages.emptyText(name)) : TextSearch.validationError(name, text);
    }

    private void operand(String name, JqlField field, Operand operand) {
        switch (operand) {
            case Value v -> value(name, field, v.text()).ifPresent(errors::add);
            case FunctionCall f -> function(name, field, f);
            case ListOperand l -> l.items().forEach(i -> operand(name, field, i));
            case Empty e -> { }
        }
    }

    private Optional<String> value(String name, JqlField field, String text) {
        boolean resolved = values.literal(field, text).isPresent();
        return switch (field.type()) {
            case KEY -> keyError(name, text);
            case PROJECT, OPTION, RANKED_OPTION -> unknownOption(field, text)
                    ? Optional.of(JqlMessages.unknownValue(text, name)) : Optional.empty();
            case USER -> resolved ? Optional.empty() : Optional.of(JqlMessages.unknownValue(text, name));
            case DATE, DATE_TIME -> resolved ? Optional.empty() : Optional.of(JqlMessages.badDate(text, name));
            case NUMBER -> resolved ? Optional.empty() : Optional.of(JqlMessages.badNumber(text, name));
            case TEXT, ALL_TEXT, LABELS -> Optional.empty();
        };
    }

    private boolean unknownOption(JqlField field, String text) {
        boolean unresolved = field.id().equals("resolution") && text.equalsIgnoreCase("Unresolved");
        return !context.options(field.id()).isEmpty() && !unresolved && values.option(field, text).option() == null;
    }

    private Optional<String> keyError(String name, String text) {
        if (text.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        if (IssueKey.parse(text).isEmpty()) {
            return Optional.of(JqlMessages.badIssueKey(text, name));
        }
        return context.issueExists(text) ? Optional.empty() : Optional.of(JqlMessages.missingIssue(text, name));
    }

    private void function(String name, JqlField field, FunctionCall call) {
        Optional<String> canonical = Functions.canonical(call.name());
        if (canonical.isEmpty()) {
            errors.add(JqlMessages.unknownFunction(JqlPrinter.operand(call)));
            return;
        }
        String fn = canonical.get();
        Optional<String> arity = Functions.arityError(fn, call.args().size());
        if (arity.isPresent()) {
            errors.add(arity.get());
            return;
        }
        boolean fits = switch (Functions.kind(fn)) {
            case USER -> field.type() == FieldType.USER;
            case SPRINT -> field.id().equals("sprint");
            case DATE -> field.type().isDate();
        };
        if (!fits) {
            errors.add(JqlMessages.functionNotForField(fn, name));
        } else if (fn.equals("membersOf") && context.groupMembers(call.args().getFirst()).isEmpty()) {
            errors.add(JqlMessages.unknownGroup(call.args().getFirst()));
        } else if (!call.args().isEmpty() && Functions.kind(fn) == Functions.Kind.DATE
                && !Functions.validIncrement(call.args().getFirst())) {
            errors.add(JqlMessages.badFunctionArgument(fn, call.args().getFirst()));
        }
    }

    private void predicate(Terminal t, JqlField field, HistoryPredicate p) {
        boolean changeOnly = p.kind() == HistoryPredicate.Kind.FROM || p.kind() == HistoryPredicate.Kind.TO;
        if (changeOnly && t.operator() != Operator.CHANGED) {
            errors.add(JqlMessages.predicateNotAllowed(p.kind(), t.operator()));
            return;
        }
        switch (p.kind()) {
            case FROM, TO -> single(p, t.field(), field);
            case BY -> single(p, "by", History.USER);
            case DURING -> during(p, t.field());
            default -> single(p, t.field(), History.DATE);
        }
    }

    private void single(HistoryPredicate p, String name, JqlField field) {
        if (p.operand() instanceof ListOperand) {
            errors.add("The predicate '" + p.kind() + "' does not support multiple values.");
        } else {
            operand(name, field, p.operand());
        }
    }

    private void during(HistoryPredicate p, String name) {
        if (p.operand() instanceof ListOperand l && l.items().size() == 2
                && l.items().stream().noneMatch(i -> i instanceof Empty)) {
            operand(name, History.DATE, p.operand());
        } else {
            errors.add("The predicate 'DURING' requires two dates, e.g. DURING (\"2026/01/01\", \"2026/01/31\").");
        }
    }

    private void orderBy(List<OrderKey> keys) {
        Set<String> seen = new HashSet<>();
        for (OrderKey key : keys) {
            Optional<JqlField> field = context.fields().find(key.field());
            if (field.isEmpty()) {
                errors.add(JqlMessages.unknownField(key.field()));
            } else if (field.get().type() == FieldType.ALL_TEXT) {
                errors.add(JqlMessages.notSortable(key.field()));
            } else if (!seen.add(field.get().id())) {
                errors.add(JqlMessages.sortedTwice(key.field()));
            }
        }
    }
}

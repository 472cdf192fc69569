package dev.dtu.twins.jira.model.jql;

import dev.dtu.twins.jira.model.jql.Operand.Empty;
import dev.dtu.twins.jira.model.jql.Operand.FunctionCall;
import dev.dtu.twins.jira.model.jql.Operand.ListOperand;
import dev.dtu.twins.jira.model.jql.Operand.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads an issue's values and resolves query operands into the same typed representation. */
final class Values {
    private final JqlContext context;
    private final Instant now;
    private final ZoneId zone;

    Values(JqlContext context) {
        this.context = context;
        this.now = context.clock().instant();
        this.zone = context.clock().getZone();
    }

    JqlContext context() {
        return context;
    }

    /** The issue's values of a field; an empty list when the field is empty. */
    List<Object> actual(JqlIssue issue, JqlField field) {
        return switch (field.type()) {
            case KEY -> List.of(new KeyValue(IssueKey.parse(issue.key()).orElse(new IssueKey(issue.key(), 0)),
                    issue.id()));
            case PROJECT -> List.of(issue.projectKey());
            case ALL_TEXT -> context.fields().ofType(FieldType.TEXT).stream()
                    .flatMap(f -> actual(issue, f).stream()).toList();
            default -> normalize(field.type(), issue.value(field.id()));
        };
    }

    /** A value from {@link JqlIssue#changes}, in the representation of {@link #actual}; null when empty. */
    Object historical(JqlField field, String raw) {
        List<Object> values = normalize(field.type(), raw);
        return values.isEmpty() ? null : values.getFirst();
    }

    private List<Object> normalize(FieldType type, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof Collection<?> many) {
            return many.stream().flatMap(v -> normalize(type, v).stream()).toList();
        }
        Object one = switch (type) {
            case NUMBER -> raw instanceof Number n ? new BigDecimal(n.toString()) : null;
            case DATE -> raw instanceof LocalDate d ? d.atStartOfDay(zone).toInstant() : null;
            case DATE_TIME -> raw instanceof Instant i ? i : null;
            default -> raw.toString().isEmpty() ? null : raw.toString();
        };
        return one == null ? List.of() : List.of(one);
    }

    Literals literals(JqlField field, Operand operand) {
        List<Object> values = new ArrayList<>();
        boolean empty = collect(field, operand, values);
        return new Literals(empty, values);
    }

    private boolean collect(JqlField field, Operand operand, List<Object> into) {
        return switch (operand) {
            case Empty e -> true;
            case Value v -> unresolved(field, v.text()) || add(into, literal(field, v.text()));
            case FunctionCall f -> add(into, function(field, f));
            case ListOperand l -> l.items().stream().map(i -> collect(field, i, into)).reduce(false, Boolean::logicalOr);
        };
    }

    private static boolean add(List<Object> into, Optional<?> value) {
        value.ifPresent(into::add);
        return false;
    }

    private static boolean add(List<Object> into, List<?> values) {
        into.addAll(values);
        return false;
    }

    /** Jira's "resolution = Unresolved" means the issue has no resolution. */
    private boolean unresolved(JqlField field, String text) {
        return field.id().equals("resolution") && text.equalsIgnoreCase("Unresolved")
                && context.options("resolution").stream().noneMatch(o -> o.answersTo(text));
    }

    /** The typed value a query text stands for; empty when it names nothing valid. */
    Optional<Object> literal(JqlField field, String text) {
        return switch (field.type()) {
            case TEXT, ALL_TEXT, LABELS -> Optional.of(text);
            case KEY -> text.matches("\\d{1,18}") ? Optional.of(text) : IssueKey.parse(text).map(k -> k);
            case PROJECT, OPTION, RANKED_OPTION -> Optional.of(option(field, text));
            case USER -> context.resolveUser(text).map(u -> u);
            case DATE, DATE_TIME -> DateValues.parse(text, now, zone).map(d -> d);
            case NUMBER -> number(text);
        };
    }

    OptionRef option(JqlField field, String text) {
        List<JqlOption> options = context.options(field.id());
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).answersTo(text)) {
                return new OptionRef(options.get(i), text, i);
            }
        }
        return new OptionRef(null, text, -1);
    }

    private static Optional<Object> number(String text) {
        try {
            return text.length() > 40 ? Optional.empty() : Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<Object> function(JqlField field, FunctionCall call) {
        String name = Functions.canonical(call.name()).orElseThrow();
        return switch (name) {
            case "currentUser" -> context.currentUser().<List<Object>>map(List::of).orElse(List.of());
            case "membersOf" -> List.copyOf(context.groupMembers(call.args().getFirst()).orElse(java.util.Set.of()));
            case "openSprints", "closedSprints", "futureSprints" -> context.sprints(name.replace("Sprints", "")).stream()
                    .<Object>map(o -> new OptionRef(o, o.id(), -1)).toList();
            default -> List.of(DateRange.at(Functions.date(call, now, zone, context.firstDayOfWeek())));
        };
    }
}

package dev.dtu.twins.jira.model.jql;

import dev.dtu.twins.jira.model.jql.Clause.Terminal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * WAS and CHANGED over {@link JqlIssue#changes}. WAS also looks at the current value ("issues that
 * currently have or previously had the specified value", JQL operators reference).
 */
final class History {
    static final JqlField DATE = new JqlField("__date", "date", FieldType.DATE_TIME, false, List.of());
    static final JqlField USER = new JqlField("__user", "user", FieldType.USER, false, List.of());

    /** One value of the field, held from start until end (null = still held), set by setBy. */
    private record Span(Object value, Instant start, Instant end, String setBy) {
    }

    private final Values values;
    private final Comparisons comparisons;

    History(Values values, Comparisons comparisons) {
        this.values = values;
        this.comparisons = comparisons;
    }

    boolean test(Terminal t, JqlField field, JqlIssue issue) {
        List<JqlChange> changes = issue.changes(field.id()).stream()
                .sorted(Comparator.comparing(JqlChange::at)).toList();
        return switch (t.operator()) {
            case CHANGED -> changes.stream().anyMatch(c -> changeMatches(c, field, t.predicates()));
            case WAS, WAS_IN -> was(t, field, issue, changes);
            default -> !was(t, field, issue, changes);
        };
    }

    private boolean was(Terminal t, JqlField field, JqlIssue issue, List<JqlChange> changes) {
        Literals wanted = values.literals(field, t.operand());
        return spans(field, issue, changes).stream()
                .anyMatch(s -> holds(field, s.value(), wanted) && t.predicates().stream().allMatch(p -> spanMatches(s, p)));
    }

    private List<Span> spans(JqlField field, JqlIssue issue, List<JqlChange> changes) {
        Instant created = issue.value("created") instanceof Instant i ? i : Instant.EPOCH;
        String creator = issue.value("creator") instanceof String s ? s : String.valueOf(issue.value("reporter"));
        if (changes.isEmpty()) {
            List<Object> now = values.actual(issue, field);
            return List.of(new Span(now.isEmpty() ? null : now.getFirst(), created, null, creator));
        }
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(values.historical(field, changes.getFirst().from()), created, changes.getFirst().at(), creator));
        for (int i = 0; i < changes.size(); i++) {
            JqlChange c = changes.get(i);
            Instant end = i + 1 < changes.size() ? changes.get(i + 1).at() : null;
            spans.add(new Span(values.historical(field, c.to()), c.at(), end, c.author()));
        }
        return spans;
    }

    private boolean holds(JqlField field, Object value, Literals wanted) {
        if (value == null) {
            return wanted.empty();
        }
        return wanted.values().stream().anyMatch(l -> comparisons.equal(field, value, l));
    }

    private boolean spanMatches(Span s, HistoryPredicate p) {
        return switch (p.kind()) {
            case AFTER -> s.end() == null || s.end().isAfter(date(p).start());
            case BEFORE -> s.start().isBefore(date(p).start());
            case ON -> overlaps(s, date(p).start(), date(p).last());
            case DURING -> overlaps(s, period(p).getFirst().start(), period(p).getLast().last());
            case BY -> s.setBy() != null && users(p).contains(s.setBy());
            case FROM, TO -> false;
        };
    }

    private static boolean overlaps(Span s, Instant from, Instant to) {
        return !s.start().isAfter(to) && (s.end() == null || s.end().isAfter(from));
    }

    private boolean changeMatches(JqlChange c, JqlField field, List<HistoryPredicate> predicates) {
        return predicates.stream().allMatch(p -> switch (p.kind()) {
            case AFTER -> c.at().isAfter(date(p).start());
            case BEFORE -> c.at().isBefore(date(p).start());
            case ON -> !c.at().isBefore(date(p).start()) && !c.at().isAfter(date(p).last());
            case DURING -> !c.at().isBefore(period(p).getFirst().start()) && !c.at().isAfter(period(p).getLast().last());
            case BY -> c.author() != null && users(p).contains(c.author());
            case FROM -> holds(field, values.historical(field, c.from()), values.literals(field, p.operand()));
            case TO -> holds(field, values.historical(field, c.to()), values.literals(field, p.operand()));
        });
    }

    private DateRange date(HistoryPredicate p) {
        return period(p).getFirst();
    }

    private List<DateRange> period(HistoryPredicate p) {
        return values.literals(DATE, p.operand()).values().stream().map(DateRange.class::cast).toList();
    }

    private List<Object> users(HistoryPredicate p) {
        return values.literals(USER, p.operand()).values();
    }
}

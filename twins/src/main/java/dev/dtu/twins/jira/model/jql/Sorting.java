package dev.dtu.twins.jira.model.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** ORDER BY. An empty value sorts after every value, so it comes last ascending and first descending. */
final class Sorting {
    private final Values values;

    Sorting(JqlContext context) {
        this.values = new Values(context);
    }

    /** Without ORDER BY: newest first (created DESC); ties, and every explicit order, end with key DESC. */
    Ordering ordering(List<OrderKey> keys) {
        List<OrderKey> order = new ArrayList<>(keys.isEmpty() ? List.of(new OrderKey("created", OrderKey.Direction.DESC)) : keys);
        order.add(new OrderKey("key", OrderKey.Direction.DESC));
        List<JqlField> fields = order.stream().map(k -> values.context().fields().find(k.field()).orElseThrow()).toList();
        List<Boolean> descending = order.stream().map(k -> k.direction() == OrderKey.Direction.DESC).toList();
        return new Ordering(issue -> fields.stream().<Comparable<?>>map(f -> sortKey(f, issue)).toList(), descending);
    }

    private Comparable<?> sortKey(JqlField field, JqlIssue issue) {
        List<Object> actual = values.actual(issue, field);
        if (actual.isEmpty()) {
            return null;
        }
        Object first = actual.getFirst();
        return switch (field.type()) {
            case KEY -> ((KeyValue) first).key();
            case DATE, DATE_TIME, NUMBER -> (Comparable<?>) first;
            case OPTION -> optionRank(field, (String) first);
            case RANKED_OPTION -> priorityRank(field, (String) first);
            case PROJECT -> projectName(field, (String) first);
            case USER -> lower(values.context().displayName((String) first));
            case LABELS -> actual.stream().map(v -> lower((String) v)).sorted().collect(Collectors.joining(","));
            case TEXT, ALL_TEXT -> lower((String) first);
        };
    }

    /** Statuses, types and resolutions sort in their configured order, as on Jira's admin pages. */
    private Comparable<?> optionRank(JqlField field, String value) {
        int size = values.context().options(field.id()).size();
        if (size == 0) {
            return lower(value);
        }
        int rank = values.option(field, value).rank();
        return rank < 0 ? size : rank;
    }

    /** Higher priorities are greater, so "ORDER BY priority DESC" lists the highest first. */
    private Comparable<?> priorityRank(JqlField field, String value) {
        int size = values.context().options(field.id()).size();
        return size == 0 ? lower(value) : size - values.option(field, value).rank();
    }

    private String projectName(JqlField field, String key) {
        OptionRef ref = values.option(field, key);
        return lower(ref.option() == null ? key : ref.option().name());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

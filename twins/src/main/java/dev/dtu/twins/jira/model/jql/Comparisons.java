package dev.dtu.twins.jira.model.jql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Equality and order between an issue's value and a query value of the same field. */
final class Comparisons {
    private final Values values;

    Comparisons(Values values) {
        this.values = values;
    }

    boolean equal(JqlField field, Object actual, Object literal) {
        return switch (field.type()) {
            case TEXT, ALL_TEXT, LABELS -> ((String) actual).equalsIgnoreCase((String) literal);
            case KEY -> keyEqual((KeyValue) actual, literal);
            case PROJECT, OPTION, RANKED_OPTION -> ((OptionRef) literal).matches((String) actual);
            case USER -> actual.equals(literal);
            case DATE, DATE_TIME -> ((DateRange) literal).contains((Instant) actual);
            case NUMBER -> ((BigDecimal) actual).compareTo((BigDecimal) literal) == 0;
        };
    }

    private static boolean keyEqual(KeyValue actual, Object literal) {
        return literal instanceof String id ? id.equals(actual.id()) : actual.key().equals(literal);
    }

    /** Sign of actual compared with literal; empty when the two cannot be ordered. */
    Optional<Integer> compare(JqlField field, Object actual, Object literal) {
        return switch (field.type()) {
            case KEY -> compareKeys((KeyValue) actual, literal);
            case RANKED_OPTION -> compareRanks(field, (String) actual, (OptionRef) literal);
            case DATE, DATE_TIME -> Optional.of(((Instant) actual).compareTo(((DateRange) literal).start()));
            case NUMBER -> Optional.of(((BigDecimal) actual).compareTo((BigDecimal) literal));
            default -> Optional.empty();
        };
    }

    /** Jira only orders keys within one project ("key > DTU-5" never matches other projects). */
    private static Optional<Integer> compareKeys(KeyValue actual, Object literal) {
        if (literal instanceof String id) {
            return actual.id().matches("\\d{1,18}")
                    ? Optional.of(Long.compare(Long.parseLong(actual.id()), Long.parseLong(id))) : Optional.empty();
        }
        IssueKey key = (IssueKey) literal;
        return key.project().equals(actual.key().project())
                ? Optional.of(Long.compare(actual.key().number(), key.number())) : Optional.empty();
    }

    /** Options are listed highest first, so a smaller index is a greater value ("priority > Low"). */
    private Optional<Integer> compareRanks(JqlField field, String actual, OptionRef literal) {
        int rank = values.option(field, actual).rank();
        if (rank < 0 || literal.rank() < 0) {
            return Optional.empty();
        }
        return Optional.of(Integer.compare(literal.rank(), rank));
    }
}

package dev.dtu.server.resource.filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately naive reading of the filter semantics, written from the documentation without sharing
 * code with {@link FilterEvaluator}: every value of an attribute is tried against every term.
 */
final class BruteForceFilter {

    private BruteForceFilter() {
    }

    static boolean holds(Filter filter, Map<String, Object> target, boolean ignoreCase) {
        if (filter instanceof Filter.Or or) {
            return holds(or.left(), target, ignoreCase) | holds(or.right(), target, ignoreCase);
        }
        if (filter instanceof Filter.And and) {
            return holds(and.left(), target, ignoreCase) & holds(and.right(), target, ignoreCase);
        }
        if (filter instanceof Filter.Not not) {
            return !holds(not.operand(), target, ignoreCase);
        }
        List<Object> values = valuesOf(target.get(path(filter)));
        if (filter instanceof Filter.Present) {
            return values.stream().anyMatch(v -> !"".equals(v));
        }
        Filter.Comparison c = (Filter.Comparison) filter;
        boolean anyEqual = false;
        boolean anyMatch = false;
        for (Object value : values) {
            anyEqual |= single(value, Operator.EQ, c.value(), ignoreCase);
            anyMatch |= single(value, c.operator(), c.value(), ignoreCase);
        }
        if (c.value() instanceof Literal.Null) {
            return switch (c.operator()) {
                case EQ -> values.isEmpty();
                case NE -> !values.isEmpty();
                default -> false;
            };
        }
        return c.operator() == Operator.NE ? !anyEqual : anyMatch;
    }

    private static String path(Filter filter) {
        return filter instanceof Filter.Present p ? p.path() : ((Filter.Comparison) filter).path();
    }

    private static List<Object> valuesOf(Object value) {
        List<Object> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(values::add);
        } else if (value != null) {
            values.add(value);
        }
        return values;
    }

    private static boolean single(Object value, Operator op, Literal literal, boolean ignoreCase) {
        if (literal instanceof Literal.Bool b) {
            return op == Operator.EQ && Boolean.valueOf(b.value()).equals(value);
        }
        if (literal instanceof Literal.Num n) {
            return value instanceof Number number && order(op, new BigDecimal(number.toString()).compareTo(n.value()));
        }
        if (!(literal instanceof Literal.Str s)) {
            return false;
        }
        if (value instanceof Instant instant) {
            boolean textual = op == Operator.SW || op == Operator.CO;
            return !textual && order(op, instant.compareTo(OffsetDateTime.parse(s.value()).toInstant()));
        }
        String text = value instanceof Enum<?> e ? e.name() : value instanceof String str ? str : null;
        if (text == null) {
            return false;
        }
        String left = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        String right = ignoreCase ? s.value().toLowerCase(Locale.ROOT) : s.value();
        return switch (op) {
            case SW -> left.startsWith(right);
            case CO -> left.contains(right);
            default -> order(op, left.compareTo(right));
        };
    }

    private static boolean order(Operator op, int comparison) {
        return switch (op) {
            case EQ -> comparison == 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            default -> false;
        };
    }
}

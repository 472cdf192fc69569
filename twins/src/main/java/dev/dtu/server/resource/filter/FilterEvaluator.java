package dev.dtu.server.resource.filter;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a {@link FilterTarget} satisfies a {@link Filter}. A missing attribute satisfies only
 * {@code eq null}, {@code ne ...} and {@code not (...)} forms; an array attribute satisfies a comparison
 * when any element does (SCIM, RFC 7644 section 3.4.2.2), and {@code ne} is the negation of {@code eq}.
 * Comparing a date attribute with a string that is not a date is a {@link FilterException} of kind INVALID_DATE (Okta's E0000030).
 */
public final class FilterEvaluator {

    private final ValueMatcher matcher;

    public FilterEvaluator(StringMatching matching) {
        this.matcher = new ValueMatcher(Objects.requireNonNull(matching, "matching"));
    }

    public boolean matches(Filter filter, FilterTarget target) {
        return switch (filter) {
            case Filter.Or or -> matches(or.left(), target) || matches(or.right(), target);
            case Filter.And and -> matches(and.left(), target) && matches(and.right(), target);
            case Filter.Not not -> !matches(not.operand(), target);
            case Filter.Present present -> values(target, present.path()).stream().anyMatch(FilterEvaluator::isPresent);
            case Filter.Comparison c -> compare(c, values(target, c.path()));
        };
    }

    private boolean compare(Filter.Comparison comparison, List<Object> values) {
        if (comparison.operator() == Operator.NE) {
            return !anyMatches(values, Operator.EQ, comparison.value());
        }
        return anyMatches(values, comparison.operator(), comparison.value());
    }

    private boolean anyMatches(List<Object> values, Operator operator, Literal literal) {
        if (literal instanceof Literal.Null) {
            return operator == Operator.EQ && values.isEmpty();
        }
        return values.stream().anyMatch(value -> matcher.test(value, operator, literal));
    }

    private static List<Object> values(FilterTarget target, String path) {
        Optional<Object> value = target.attribute(path);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof Collection<?> elements) {
            return elements.stream().filter(Objects::nonNull).map(Object.class::cast).toList();
        }
        return List.of(value.get());
    }

    private static boolean isPresent(Object value) {
        return switch (value) {
            case CharSequence s -> !s.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }
}

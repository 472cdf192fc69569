package dev.dtu.server.resource.filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Compares one attribute value (never a collection, never null) with a literal. */
final class ValueMatcher {

    private final StringMatching matching;

    ValueMatcher(StringMatching matching) {
        this.matching = matching;
    }

    boolean test(Object actual, Operator operator, Literal literal) {
        return switch (literal) {
            case Literal.Str s -> testString(actual, operator, s.value());
            case Literal.Num n -> number(actual).map(a -> ordered(operator, a.compareTo(n.value()))).orElse(false);
            case Literal.Bool b -> operator == Operator.EQ && actual instanceof Boolean a && a == b.value();
            case Literal.Null n -> false;
        };
    }

    private boolean testString(Object actual, Operator operator, String literal) {
        Optional<Instant> instant = instant(actual);
        if (instant.isPresent()) {
            return isOrdering(operator) && ordered(operator, instant.get().compareTo(parseInstant(literal)));
        }
        if (!(actual instanceof CharSequence) && !(actual instanceof Enum<?>)) {
            return false;
        }
        String value = matching.normalize(actual instanceof Enum<?> e ? e.name() : actual.toString());
        String expected = matching.normalize(literal);
        return switch (operator) {
            case SW -> value.startsWith(expected);
            case CO -> value.contains(expected);
            default -> ordered(operator, value.compareTo(expected));
        };
    }

    private static boolean isOrdering(Operator operator) {
        return operator != Operator.SW && operator != Operator.CO;
    }

    private static boolean ordered(Operator operator, int comparison) {
        return switch (operator) {
            case EQ -> comparison == 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            default -> false;
        };
    }

    private static Optional<BigDecimal> number(Object actual) {
        return switch (actual) {
            case BigDecimal d -> Optional.of(d);
            case BigInteger i -> Optional.of(new BigDecimal(i));
            case Byte b -> Optional.of(BigDecimal.valueOf(b));
            case Short s -> Optional.of(BigDecimal.valueOf(s));
            case Integer i -> Optional.of(BigDecimal.valueOf(i));
            case Long l -> Optional.of(BigDecimal.valueOf(l));
            case Float f -> finite(f.doubleValue());
            case Double d -> finite(d);
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> finite(double value) {
        return Double.isFinite(value) ? Optional.of(BigDecimal.valueOf(value)) : Optional.empty();
    }

    private static Optional<Instant> instant(Object actual) {
        return switch (actual) {
            case Instant i -> Optional.of(i);
            case OffsetDateTime o -> Optional.of(o.toInstant());
            case ZonedDateTime z -> Optional.of(z.toInstant());
            default -> Optional.empty();
        };
    }

    /** Okta writes dates as {@code 2013-06-01T00:00:00.000Z}; any ISO-8601 offset is accepted. */
    private static Instant parseInstant(String literal) {
        try {
            return OffsetDateTime.parse(literal).toInstant();
        } catch (DateTimeParseException e) {
            throw FilterException.invalidDate("not a date: " + literal);
        }
    }
}

package dev.dtu.server.resource.filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of filters and of targets that exercise them. */
final class FilterGenerators {

    static final List<String> PATHS = List.of("status", "id", "lastUpdated", "profile.lastName", "profile.age",
            "profile.admin", "profile.tags", "profile.missing");

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private FilterGenerators() {
    }

    /** Filters over {@link #PATHS} whose literals can meet the generated targets. */
    static Arbitrary<Filter> matchableFilters() {
        return filters(3, matchableAtoms());
    }

    /** Filters with any valid path and any literal, for printing and parsing. */
    static Arbitrary<Filter> anyFilters() {
        return filters(4, anyAtoms());
    }

    static Arbitrary<Map<String, Object>> targets() {
        Arbitrary<Object> status = Arbitraries.oneOf(Arbitraries.of(Status.class),
                Arbitraries.of(Status.class).map(Enum::name));
        Arbitrary<Object> id = Arbitraries.of("00u1", "00u2", "00U1");
        Arbitrary<Object> lastUpdated = minutes().map(m -> EPOCH.plusSeconds(60L * m));
        Arbitrary<Object> lastName = names();
        Arbitrary<Object> age = Arbitraries.oneOf(Arbitraries.integers().between(-3, 3).map(Object.class::cast),
                Arbitraries.longs().between(-3, 3).map(Object.class::cast),
                Arbitraries.of(-1.5d, 0d, 2.5d, 3d).map(Object.class::cast),
                Arbitraries.of(new BigDecimal("1.0"), new BigDecimal("-2")).map(Object.class::cast));
        Arbitrary<Object> admin = Arbitraries.of(true, false).map(Object.class::cast);
        Arbitrary<Object> tags = names().list().ofMaxSize(3).map(Object.class::cast);
        return Combinators.combine(List.of(optional(status), optional(id), optional(lastUpdated), optional(lastName),
                optional(age), optional(admin), optional(tags))).as(values -> {
                    Map<String, Object> target = new HashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) != null) {
                            target.put(PATHS.get(i), values.get(i));
                        }
                    }
                    return target;
                });
    }

    private static Arbitrary<Filter> filters(int depth, Arbitrary<Filter> atoms) {
        if (depth == 0) {
            return atoms;
        }
        Arbitrary<Filter> smaller = filters(depth - 1, atoms);
        return Arbitraries.frequencyOf(
                Tuple.of(4, atoms),
                Tuple.of(2, Combinators.combine(smaller, smaller).as(Filter.And::new)),
                Tuple.of(2, Combinators.combine(smaller, smaller).as(Filter.Or::new)),
                Tuple.of(1, smaller.map(Filter.Not::new)));
    }

    private static Arbitrary<Filter> matchableAtoms() {
        return Arbitraries.of(PATHS).flatMap(path -> Arbitraries.of(Operator.class).flatMap(op -> op == Operator.PR
                ? Arbitraries.just(new Filter.Present(path))
                : matchableLiteral(path).map(literal -> new Filter.Comparison(path, op, literal))));
    }

    private static Arbitrary<Literal> matchableLiteral(String path) {
        Arbitrary<Literal> strings = path.equals("lastUpdated") ? dates() : Arbitraries.oneOf(
                names().map(n -> (String) n), Arbitraries.of(Status.class).map(Enum::name),
                Arbitraries.of("00u1", "00u", "ACT", "")).map(Literal.Str::new);
        Arbitrary<Literal> numbers = Arbitraries.of("-2", "-1.5", "0", "1.0", "2.5", "3", "3e0")
                .map(n -> new Literal.Num(new BigDecimal(n)));
        return Arbitraries.frequencyOf(Tuple.of(5, strings), Tuple.of(2, numbers),
                Tuple.of(1, Arbitraries.of(true, false).map(Literal.Bool::new)),
                Tuple.of(1, Arbitraries.just(new Literal.Null())));
    }

    private static Arbitrary<Literal> dates() {
        return Combinators.combine(minutes(), Arbitraries.of(0, 2, -7)).as((minutes, offsetHours) ->
                new Literal.Str(EPOCH.plusSeconds(60L * minutes).atOffset(ZoneOffset.ofHours(offsetHours)).toString()));
    }

    private static Arbitrary<Filter> anyAtoms() {
        Arbitrary<String> paths = Arbitraries.strings().withCharRange('a', 'z').withChars('A', 'Z', '_', '-', '0', '9')
                .ofMinLength(1).ofMaxLength(5).filter(s -> !Character.isDigit(s.charAt(0)) && s.charAt(0) != '-')
                .list().ofMinSize(1).ofMaxSize(3).map(segments -> String.join(".", segments));
        Arbitrary<Literal> literals = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(Literal.Str::new),
                Combinators.combine(Arbitraries.bigIntegers().between(java.math.BigInteger.valueOf(-100_000),
                        java.math.BigInteger.valueOf(100_000)), Arbitraries.integers().between(-6, 6))
                        .as((unscaled, scale) -> new Literal.Num(new BigDecimal(unscaled, scale))),
                Arbitraries.of(true, false).map(Literal.Bool::new),
                Arbitraries.just(new Literal.Null()));
        return Combinators.combine(paths, Arbitraries.of(Operator.class), literals).as((path, op, literal) ->
                op == Operator.PR ? new Filter.Present(path) : new Filter.Comparison(path, op, literal));
    }

    private static Arbitrary<Object> names() {
        return Arbitraries.of("Smith", "smith", "Sm", "Smyth", "SMITH", "Brock", "", "ACTIVE", "active", "00u1");
    }

    private static Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(-3, 3);
    }

    private static Arbitrary<Object> optional(Arbitrary<Object> values) {
        return values.injectNull(0.25);
    }

    /** An Okta user's statuses, as a twin's enum attribute holds them (compared by name). */
    enum Status { STAGED, PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED, DEPROVISIONED }
}

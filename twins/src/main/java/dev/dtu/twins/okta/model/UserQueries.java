package dev.dtu.twins.okta.model;

import dev.dtu.server.resource.filter.Filter;
import dev.dtu.server.resource.filter.FilterEvaluator;
import dev.dtu.server.resource.filter.FilterParser;
import dev.dtu.server.resource.filter.FilterPolicy;
import dev.dtu.server.resource.filter.FilterTarget;
import dev.dtu.server.resource.filter.Operator;
import dev.dtu.server.resource.filter.StringMatching;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code q}, {@code filter} and {@code search} parameters of listUsers ({@code GET /api/v1/users}),
 * with the limits the operation's documentation gives for each.
 */
public final class UserQueries {

    /** {@code filter}: a few properties, only {@code eq} except on {@code lastUpdated}; no {@code not}. */
    public static final FilterPolicy FILTER = new FilterPolicy(UserQueries::filterOperators, false);

    /**
     * {@code search}: any profile attribute and the listed top-level properties. {@code ne} "isn't
     * supported"; {@code co} only on four profile attributes. The docs list {@code sw}, {@code eq} and
     * {@code co} but use {@code lt}/{@code gt} in their own examples, so the ordering operators are accepted.
     */
    public static final FilterPolicy SEARCH = new FilterPolicy(UserQueries::searchOperators, true);

    private static final FilterEvaluator FILTER_EVALUATOR = new FilterEvaluator(StringMatching.EXACT);
    private static final FilterEvaluator SEARCH_EVALUATOR = new FilterEvaluator(StringMatching.IGNORE_CASE);

    private static final Set<String> FILTER_EQ_ONLY = Set.of("status", "id", "profile.login", "profile.email",
            "profile.firstName", "profile.lastName");
    private static final Set<String> SEARCH_TOP_LEVEL = Set.of("id", "status", "created", "activated",
            "statusChanged", "lastUpdated", "type.id");
    private static final Set<String> SEARCH_CONTAINS = Set.of("profile.firstName", "profile.lastName",
            "profile.email", "profile.login");
    private static final Set<Operator> ORDERING = EnumSet.of(Operator.EQ, Operator.GT, Operator.GE, Operator.LT,
            Operator.LE);

    private UserQueries() {
    }

    public static Filter parseFilter(String expression) {
        return FILTER.check(FilterParser.parse(expression));
    }

    public static Filter parseSearch(String expression) {
        return SEARCH.check(FilterParser.parse(expression));
    }

    /** Property names and values are case-sensitive in {@code filter}. */
    public static boolean matchesFilter(Filter filter, FilterTarget user) {
        return FILTER_EVALUATOR.matches(filter, user);
    }

    /** String values are case-insensitive in {@code search}. */
    public static boolean matchesSearch(Filter filter, FilterTarget user) {
        return SEARCH_EVALUATOR.matches(filter, user);
    }

    /**
     * {@code q}: a starts-with match on first name, last name or email. Okta calls the match an
     * implementation detail; the twin ignores case, as a people picker expects.
     */
    public static boolean matchesQ(FilterTarget user, String q) {
        String prefix = q.toLowerCase(Locale.ROOT);
        return Stream.of("profile.firstName", "profile.lastName", "profile.email")
                .flatMap(path -> user.attribute(path).stream())
                .anyMatch(value -> value.toString().toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    /** A plain list and a {@code q} query omit DEPROVISIONED users; {@code filter} and {@code search} keep them. */
    public static boolean listedWithoutFilterOrSearch(UserStatus status) {
        return status != UserStatus.DEPROVISIONED;
    }

    private static Set<Operator> filterOperators(String path) {
        if (path.equals("lastUpdated")) {
            return ORDERING;
        }
        return FILTER_EQ_ONLY.contains(path) ? EnumSet.of(Operator.EQ) : EnumSet.noneOf(Operator.class);
    }

    private static Set<Operator> searchOperators(String path) {
        if (!path.startsWith("profile.") && !SEARCH_TOP_LEVEL.contains(path)) {
            return EnumSet.noneOf(Operator.class);
        }
        Set<Operator> operators = EnumSet.of(Operator.SW, Operator.PR);
        operators.addAll(ORDERING);
        if (SEARCH_CONTAINS.contains(path)) {
            operators.add(Operator.CO);
        }
        return operators;
    }
}

package dev.dtu.twins.okta.model;

import dev.dtu.server.resource.filter.Filter;
import dev.dtu.server.resource.filter.FilterEvaluator;
import dev.dtu.server.resource.filter.FilterParser;
import dev.dtu.server.resource.filter.FilterPolicy;
import dev.dtu.server.resource.filter.FilterTarget;
import dev.dtu.server.resource.filter.Operator;
import dev.dtu.server.resource.filter.StringMatching;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code q}, {@code filter} and {@code search} parameters of listGroups: {@code filter} takes
 * {@code type}, {@code id} ({@code eq}) and the timestamps (ordering); {@code search} also takes profile
 * attributes with {@code sw}, {@code co} and {@code eq}.
 */
public final class GroupQueries {
    private static final Set<String> DATES = Set.of("created", "lastUpdated", "lastMembershipUpdated");
    private static final Set<Operator> ORDERING = EnumSet.of(Operator.EQ, Operator.GT, Operator.GE, Operator.LT,
            Operator.LE);
    public static final FilterPolicy FILTER = new FilterPolicy(GroupQueries::filterOperators, false);
    public static final FilterPolicy SEARCH = new FilterPolicy(GroupQueries::searchOperators, true);
    private static final FilterEvaluator EXACT = new FilterEvaluator(StringMatching.EXACT);
    private static final FilterEvaluator IGNORE_CASE = new FilterEvaluator(StringMatching.IGNORE_CASE);

    private GroupQueries() {
    }

    public static Filter parseFilter(String expression) {
        return FILTER.check(FilterParser.parse(expression));
    }

    public static Filter parseSearch(String expression) {
        return SEARCH.check(FilterParser.parse(expression));
    }

    public static boolean matchesFilter(Filter filter, Group group) {
        return EXACT.matches(filter, target(group));
    }

    public static boolean matchesSearch(Filter filter, Group group) {
        return IGNORE_CASE.matches(filter, target(group));
    }

    /** {@code q}: a starts-with match on the group name. */
    public static boolean matchesQ(Group group, String q) {
        return group.name().toLowerCase(Locale.ROOT).startsWith(q.toLowerCase(Locale.ROOT));
    }

    private static FilterTarget target(Group group) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", group.name());
        profile.put("description", group.description());
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("id", group.id());
        top.put("type", group.type());
        top.put("created", group.created());
        top.put("lastUpdated", group.lastUpdated());
        top.put("lastMembershipUpdated", group.lastMembershipUpdated());
        top.put("profile", profile);
        return FilterTarget.ofTree(top);
    }

    private static Set<Operator> filterOperators(String path) {
        if (DATES.contains(path)) {
            return ORDERING;
        }
        return path.equals("type") || path.equals("id") ? EnumSet.of(Operator.EQ) : EnumSet.noneOf(Operator.class);
    }

    private static Set<Operator> searchOperators(String path) {
        if (DATES.contains(path)) {
            return ORDERING;
        }
        if (path.equals("type") || path.equals("id")) {
            return EnumSet.of(Operator.EQ, Operator.SW);
        }
        return path.startsWith("profile.") ? EnumSet.of(Operator.EQ, Operator.SW, Operator.CO, Operator.PR)
                : EnumSet.noneOf(Operator.class);
    }
}

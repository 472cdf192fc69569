package dev.dtu.server.resource.convention;

import dev.dtu.server.http.Request;
import dev.dtu.server.resource.Declaration;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.resource.filter.Filter;
import dev.dtu.server.resource.filter.FilterEvaluator;
import dev.dtu.server.resource.filter.FilterException;
import dev.dtu.server.resource.filter.FilterParser;
import dev.dtu.server.resource.filter.FilterPolicy;
import dev.dtu.server.resource.filter.FilterTarget;
import dev.dtu.server.resource.filter.Operator;
import dev.dtu.server.resource.filter.StringMatching;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Okta's list query on a declared resource (developer.okta.com/docs/api/#filter): {@code q} is a prefix of one
 * of the declared fields, ignoring case; {@code filter} (exact, no {@code not}) and {@code search} (strings
 * ignoring case, {@code not} allowed) are expressions over the declared attributes with their operators. A
 * parameter the declaration does not name is ignored, as Okta ignores unknown parameters; {@code search} with
 * {@code filter} where both are declared is refused, as Okta's users and groups lists do. Bad expressions throw
 * {@link dev.dtu.server.resource.filter.FilterException}.
 */
final class OktaQuery {
    private static final FilterEvaluator EXACT = new FilterEvaluator(StringMatching.EXACT);
    private static final FilterEvaluator IGNORE_CASE = new FilterEvaluator(StringMatching.IGNORE_CASE);

    private OktaQuery() {
    }

    static List<Resource> select(Request request, Declaration d, List<Resource> live) {
        Declaration.Query query = d.query();
        if (query == null) {
            return live;
        }
        Predicate<Resource> keep = null;
        String q = request.queryParam("q").orElse(null);
        if (q != null && !query.q().isEmpty()) {
            keep = prefix(query.q(), q);
        }
        String filter = request.queryParam("filter").orElse(null);
        if (filter != null && !query.filter().isEmpty()) {
            keep = and(keep, expression(d, query.filter(), false, filter, EXACT));
        }
        String search = request.queryParam("search").orElse(null);
        if (search != null && filter != null && !query.search().isEmpty() && !query.filter().isEmpty()) {
            throw FilterException.searchWithFilter();
        }
        if (search != null && !query.search().isEmpty()) {
            keep = and(keep, expression(d, query.search(), true, search, IGNORE_CASE));
        }
        // No query: the live view itself, so a page reads only what it shows (no copy of the whole list).
        return keep == null ? live : live.stream().filter(keep).toList();
    }

    private static Predicate<Resource> and(Predicate<Resource> a, Predicate<Resource> b) {
        return a == null ? b : a.and(b);
    }

    private static Predicate<Resource> prefix(List<String> fields, String q) {
        String prefix = q.toLowerCase(Locale.ROOT);
        return r -> fields.stream().map(r::text).anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    private static Predicate<Resource> expression(Declaration d, Map<String, List<String>> allowed, boolean allowsNot,
            String text, FilterEvaluator evaluator) {
        FilterPolicy policy = new FilterPolicy(path -> operators(allowed.get(path)), allowsNot);
        Filter filter = policy.check(FilterParser.parse(text));
        Map<String, String> paths = d.query().paths();
        Set<String> dates = new HashSet<>(d.stamps().values());
        return r -> {
            FilterTarget json = FilterTarget.ofJson(r.body(), dates);
            return evaluator.matches(filter, path -> json.attribute(paths.getOrDefault(path, path)));
        };
    }

    private static Set<Operator> operators(List<String> tokens) {
        Set<Operator> out = EnumSet.noneOf(Operator.class);
        if (tokens != null) {
            tokens.forEach(t -> out.add(Operator.fromToken(t).orElseThrow(() -> new IllegalArgumentException("operator " + t))));
        }
        return out;
    }
}

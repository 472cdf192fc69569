package dev.dtu.twins.okta.api;

import dev.dtu.twins.okta.model.Application;
import dev.dtu.server.resource.filter.Filter;
import dev.dtu.server.resource.filter.FilterEvaluator;
import dev.dtu.server.resource.filter.FilterParser;
import dev.dtu.server.resource.filter.FilterPolicy;
import dev.dtu.server.resource.filter.FilterTarget;
import dev.dtu.server.resource.filter.Operator;
import dev.dtu.server.resource.filter.StringMatching;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Predicate;

/** listApplications' {@code filter}: {@code status eq}, {@code name eq} and {@code credentials.oauthClient.client_id eq}. */
final class AppFilters {
    private static final FilterPolicy POLICY = new FilterPolicy(path -> switch (path) {
        case "status", "name", "credentials.oauthClient.client_id" -> EnumSet.of(Operator.EQ);
        default -> EnumSet.noneOf(Operator.class);
    }, false);
    private static final FilterEvaluator EVALUATOR = new FilterEvaluator(StringMatching.EXACT);

    private AppFilters() {
    }

    static Predicate<Application> parse(String expression) {
        if (expression == null) {
            return app -> true;
        }
        Filter filter = POLICY.check(FilterParser.parse(expression));
        return app -> EVALUATOR.matches(filter, FilterTarget.of(Map.of("status", app.status(), "name", app.name(),
                "credentials.oauthClient.client_id", app.clientId() == null ? "" : app.clientId())));
    }
}

package dev.dtu.twins.okta.model;

import dev.dtu.server.resource.filter.Filter;
import dev.dtu.server.resource.filter.FilterEvaluator;
import dev.dtu.server.resource.filter.FilterParser;
import dev.dtu.server.resource.filter.FilterPolicy;
import dev.dtu.server.resource.filter.FilterTarget;
import dev.dtu.server.resource.filter.Operator;
import dev.dtu.server.resource.filter.StringMatching;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The System Log's {@code filter} (SCIM expressions over event attributes, e.g.
 * {@code eventType eq "user.session.start" and target.id eq "00u..."}) and {@code q} (every keyword appears).
 */
public final class LogQueries {
    private static final FilterPolicy POLICY = new FilterPolicy(path -> EnumSet.allOf(Operator.class), true);
    private static final FilterEvaluator EVALUATOR = new FilterEvaluator(StringMatching.EXACT);
    private static final Map<String, Function<LogEvent, Object>> ATTRIBUTES = Map.ofEntries(
            Map.entry("uuid", LogEvent::uuid),
            Map.entry("published", LogEvent::published),
            Map.entry("eventType", LogEvent::eventType),
            Map.entry("displayMessage", LogEvent::displayMessage),
            Map.entry("severity", LogEvent::severity),
            Map.entry("outcome.result", LogEvent::result),
            Map.entry("actor.id", e -> e.actor().id()),
            Map.entry("actor.type", e -> e.actor().type()),
            Map.entry("actor.alternateId", e -> e.actor().alternateId()),
            Map.entry("actor.displayName", e -> e.actor().displayName()),
            Map.entry("target.id", e -> e.target().stream().map(LogActor::id).toList()),
            Map.entry("target.type", e -> e.target().stream().map(LogActor::type).toList()),
            Map.entry("target.alternateId", e -> e.target().stream().map(LogActor::alternateId).toList()),
            Map.entry("target.displayName", e -> e.target().stream().map(LogActor::displayName).toList()),
            Map.entry("transaction.id", LogEvent::requestId));

    private LogQueries() {
    }

    public static Predicate<LogEvent> filter(String expression) {
        if (expression == null) {
            return e -> true;
        }
        Filter filter = POLICY.check(FilterParser.parse(expression));
        return e -> EVALUATOR.matches(filter, target(e));
    }

    public static Predicate<LogEvent> keywords(String q) {
        if (q == null || q.isBlank()) {
            return e -> true;
        }
        List<String> words = Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        return e -> {
            String text = String.join(" ", e.eventType(), e.displayMessage(), String.valueOf(e.actor().alternateId()),
                    String.valueOf(e.actor().displayName()), e.target().toString()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        };
    }

    private static FilterTarget target(LogEvent event) {
        return path -> Optional.ofNullable(ATTRIBUTES.get(path)).map(f -> f.apply(event));
    }
}

package dev.dtu.server.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.twin.Twin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * Checks fault rules as written, before anything runs: field names (a misspelt {@code operaton} would otherwise
 * be ignored and the rule match every operation), twin names, each twin's operation names ({@link Twin#operations}),
 * actions, and the type and range of every value.
 * One checker for {@code dtu scenario check} (where numbers may be {@code ${var}} templates) and the admin API's
 * {@code PUT /faults} (where they may not).
 */
public final class FaultRules {
    static final List<String> FIELDS = List.of("twin", "operation", "path", "method", "action", "status", "body", "headers",
            "latency", "retryAfterSeconds", "probability", "count");
    static final List<String> ACTIONS = List.of("error", "latency", "drop", "rateLimit");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    static final List<String> LATENCY_FIELDS = List.of("distribution", "ms", "minMs", "maxMs", "meanMs", "stddevMs");

    private static final Map<Twin, List<String>> OPERATIONS = Collections.synchronizedMap(new WeakHashMap<>());

    private FaultRules() {}

    /** Each twin's name with its operation names (worked out once per twin). */
    public static Map<String, List<String>> operations(Collection<Twin> twins) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Twin twin : twins) {
            out.put(twin.name(), OPERATIONS.computeIfAbsent(twin, Twin::operations));
        }
        return out;
    }

    /** One mistake: where ({@code [0].operaton}, relative to the rule list) and what is wrong. */
    public record Problem(String path, String message) {}

    /**
     * @param rules the list of rules
     * @param twins the twin names a rule may name, each with its operation names (none listed: any name goes)
     * @param templates whether a value may be a {@code ${var}} template filled in later
     */
    public static List<Problem> check(JsonNode rules, Map<String, List<String>> twins, boolean templates) {
        return check(rules, twins, (twin, name) -> null, templates);
    }

    /**
     * Checked against these twins' operations; a request written as an operation ({@code GET /rest/api/3/issue/PROJ-1}
     * for Jira's {@code GET /rest/api/3/issue/{issueIdOrKey}}) is told the name its twin gives it.
     */
    public static List<Problem> check(JsonNode rules, Collection<Twin> twins, boolean templates) {
        Map<String, List<String>> operations = operations(twins);
        return check(rules, operations, (twinName, name) -> twins.stream()
                .filter(t -> twinName == null || t.name().equals(twinName))
                .map(t -> {
                    String op = nameOf(t, name);
                    return op != null && operations.get(t.name()).contains(op) ? op : null;
                }).filter(java.util.Objects::nonNull).findFirst().orElse(null), templates);
    }

    private static final java.util.regex.Pattern REQUEST = java.util.regex.Pattern.compile("([A-Z]+) (/\\S*)");

    /** The operation a twin gives a request written "METHOD /path", or null. */
    private static String nameOf(Twin twin, String written) {
        java.util.regex.Matcher m = REQUEST.matcher(written);
        if (!m.matches()) {
            return null;
        }
        try {
            return twin.operation(dev.dtu.server.http.Request.of(m.group(1), m.group(2)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Problem> check(JsonNode rules, Map<String, List<String>> twins,
                                       java.util.function.BinaryOperator<String> requestNamed, boolean templates) {
        List<Problem> problems = new ArrayList<>();
        if (!rules.isArray()) {
            problems.add(new Problem("", "fault rules are a list"));
            return problems;
        }
        for (int i = 0; i < rules.size(); i++) {
            new Check("[" + i + "]", rules.get(i), twins, requestNamed, templates, problems).all();
        }
        return problems;
    }

    private record Check(String at, JsonNode rule, Map<String, List<String>> twins,
                         java.util.function.BinaryOperator<String> requestNamed, boolean templates, List<Problem> problems) {
        void all() {
            if (!rule.isObject()) {
                problem("", "a fault rule is an object (twin, operation, action, …)");
                return;
            }
            rule.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    problem("." + f, "unknown field '" + f + "'" + suggestion(f, FIELDS));
                }
            });
            boolean twinKnown = text("twin", twins.keySet().stream().sorted().toList());
            text("method", METHODS);
            if (text("operation", null) && twinKnown) {
                operation();
            }
            text("path", null);
            action();
            number("probability", 0, 1, false);
            number("count", 0, Integer.MAX_VALUE, true);
            number("retryAfterSeconds", 0, Integer.MAX_VALUE, true);
            headers();
        }

        void action() {
            JsonNode a = rule.path("action");
            if (a.isMissingNode()) {
                problem(".action", "required: one of " + String.join(", ", ACTIONS));
                return;
            }
            if (!text("action", ACTIONS)) {
                return;
            }
            switch (a.asText()) {
                case "error" -> {
                    if (rule.path("status").isMissingNode()) {
                        problem(".status", "required for action error: an HTTP error status (400-599)");
                    }
                    number("status", 400, 599, true);
                }
                case "latency" -> latency();
                default -> { }
            }
        }

        /** The operation is one its twin names (any twin's when the rule names none). */
        void operation() {
            JsonNode v = rule.path("operation");
            JsonNode twin = rule.path("twin");
            if (!v.isTextual() || templated(v) || (templates && templated(twin))) {
                return;
            }
            String name = v.asText();
            List<String> known = twin.isTextual() ? twins.get(twin.asText())
                    : twins.values().stream().flatMap(List::stream).distinct().toList();
            if (known.isEmpty() || known.contains(name)) {
                return;
            }
            String owner = twins.entrySet().stream().filter(e -> e.getValue().contains(name)).map(Map.Entry::getKey)
                    .findFirst().map(t -> " (it is " + t + "'s)").orElseGet(() -> named(name, twin.isTextual() ? twin.asText() : null, known));
            problem(".operation", "'" + name + "' is not an operation of " + (twin.isTextual() ? twin.asText() : "any twin") + owner);
        }

        /** "did you mean" the name the twin gives that request, else the closest name. */
        String named(String name, String twin, List<String> known) {
            String op = requestNamed.apply(twin, name);
            return op != null && known.contains(op) ? " (did you mean '" + op + "'? an operation names the route, not one request)"
                    : suggestion(name, known);
        }

        void latency() {
            JsonNode l = rule.path("latency");
            if (!l.isObject()) {
                problem(".latency", "required for action latency: {ms} or {distribution, …}");
                return;
            }
            l.fieldNames().forEachRemaining(f -> {
                if (!LATENCY_FIELDS.contains(f)) {
                    problem(".latency." + f, "unknown field '" + f + "'" + suggestion(f, LATENCY_FIELDS));
                }
            });
            for (String f : LATENCY_FIELDS.subList(1, LATENCY_FIELDS.size())) {
                number("latency." + f, l.path(f), 0, Double.MAX_VALUE, false);
            }
        }

        void headers() {
            JsonNode h = rule.path("headers");
            if (!h.isMissingNode() && (!h.isObject() || !allText(h))) {
                problem(".headers", "headers are an object of text values");
            }
        }

        /** A text field, one of {@code allowed} when given; false when it is wrong. */
        boolean text(String field, List<String> allowed) {
            JsonNode v = rule.path(field);
            if (v.isMissingNode() || v.isNull() || (templates && templated(v))) {
                return true;
            }
            if (!v.isTextual()) {
                problem("." + field, "must be text, not " + v);
                return false;
            }
            if (allowed != null && !allowed.contains(v.asText())) {
                problem("." + field, "'" + v.asText() + "' is not one of " + String.join(", ", allowed) + suggestion(v.asText(), allowed));
                return false;
            }
            return true;
        }

        void number(String field, double min, double max, boolean integer) {
            number(field, rule.path(field), min, max, integer);
        }

        void number(String field, JsonNode v, double min, double max, boolean integer) {
            if (v.isMissingNode() || v.isNull() || (templates && templated(v))) {
                return;
            }
            if (!v.isNumber() || (integer && !v.canConvertToLong()) || (integer && v.isFloatingPointNumber() && v.asDouble() % 1 != 0)) {
                problem("." + field, "must be " + (integer ? "an integer" : "a number") + (templates ? " or a ${var} template" : "")
                        + ", not " + v);
            } else if (v.asDouble() < min || v.asDouble() > max) {
                problem("." + field, "must be between " + fmt(min) + " and " + fmt(max) + ", not " + v);
            }
        }

        void problem(String field, String message) {
            problems.add(new Problem(at + field, message));
        }
    }

    private static boolean templated(JsonNode v) {
        return v.isTextual() && v.asText().matches("\\$\\{[^}]+}");
    }

    private static boolean allText(JsonNode object) {
        for (JsonNode v : object) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String fmt(double d) {
        return d == Double.MAX_VALUE || d == Integer.MAX_VALUE ? "∞" : d % 1 == 0 ? Long.toString((long) d) : Double.toString(d);
    }

    /** " (did you mean 'x'?)" for the closest allowed word within two edits, else "". */
    static String suggestion(String word, List<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String a : allowed) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), a.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

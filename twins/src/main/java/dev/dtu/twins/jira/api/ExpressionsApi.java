package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.Project;
import dev.dtu.twins.jira.model.expr.Evaluator;
import dev.dtu.twins.jira.model.expr.Evaluator.Bean;
import dev.dtu.twins.jira.model.expr.Expression;
import dev.dtu.twins.jira.model.expr.ExpressionParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jira expressions (api-group-jira-expressions): {@code evaluate} (and the older {@code eval}) with the context
 * variables {@code user} (always), {@code issue} and {@code project} (by id or key in the request's context), and
 * {@code analyse} for syntax, types (unknown variables) and complexity. The language is the subset
 * {@link ExpressionParser} reads; {@code issues} (JQL), {@code sprint}, {@code board} and custom context are not
 * modelled, so an expression naming them fails as an unrecognized identifier.
 */
final class ExpressionsApi {
    private static final Set<String> CONTEXT_VARIABLES = Set.of("user", "issue", "project", "issues", "sprint", "board",
            "serviceDesk", "customerRequest", "app");

    private ExpressionsApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/3/expression/evaluate", ExpressionsApi::evaluate)
                .post("/rest/api/3/expression/eval", ExpressionsApi::evaluate)
                .post("/rest/api/3/expression/analyse", ExpressionsApi::analyse);
    }

    static Response evaluate(ApiCall c) {
        JsonNode body = c.objectBody();
        if (!body.path("expression").isTextual()) {
            throw JiraException.field("expression", "The expression is required.");
        }
        String text = body.path("expression").asText();
        Expression e;
        try {
            e = ExpressionParser.parse(text);
        } catch (ExpressionParser.SyntaxError s) {
            // Guessed wording: Atlassian's reference shows only the runtime failure's ("Evaluation failed: ...").
            throw JiraException.message(400, "Jira expression is invalid: line " + s.line + ", column " + s.column
                    + ": " + s.getMessage());
        }
        Map<String, Object> variables = context(c, body.path("context"));
        Evaluator.Result result;
        try {
            result = Evaluator.evaluate(e, variables);
        } catch (Evaluator.Failure f) {
            throw JiraException.message(400, "Evaluation failed: \"" + text + "\" - " + f.getMessage());
        }
        ObjectNode out = Json.object();
        out.set("value", json(result.value()));
        if (c.queryList("expand").contains("meta.complexity")) {
            ObjectNode complexity = out.putObject("meta").putObject("complexity");
            complexity.putObject("steps").put("value", result.steps()).put("limit", Evaluator.MAX_STEPS);
            complexity.putObject("expensiveOperations").put("value", variables.size() - 1).put("limit", 10);
            complexity.putObject("beans").put("value", variables.size()).put("limit", 1000);
            complexity.putObject("primitiveValues").put("value", 0).put("limit", 10_000);
        }
        return Response.json(200, out);
    }

    /** The variables the request's context names; 404 for an issue or project the caller cannot see. */
    private static Map<String, Object> context(ApiCall c, JsonNode context) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("user", user(c.actor()));
        if (context.has("issue")) {
            String ref = idOrKey(context.path("issue"), "issue");
            Issue issue = c.visibleIssue(ref).orElseThrow(JiraException::issueNotFound);
            vars.put("issue", issue(c, issue));
        }
        if (context.has("project")) {
            String ref = idOrKey(context.path("project"), "project");
            Project p = c.visibleProject(ref).orElseThrow(
                    () -> JiraException.message(404, "No project could be found with id or key '" + ref + "'."));
            vars.put("project", project(p));
        }
        return vars;
    }

    /** An IdOrKeyBean: one of {@code id} and {@code key}, not both ("400 ... a request including issue ID and key"). */
    private static String idOrKey(JsonNode ref, String what) {
        boolean id = ref.hasNonNull("id");
        boolean key = ref.hasNonNull("key");
        if (id == key) {
            throw JiraException.message(400, "Either the " + what + " ID or the " + what + " key must be provided, but not both.");
        }
        return id ? ref.path("id").asText() : ref.path("key").asText();
    }

    private static Bean user(JiraUser u) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("accountId", u.accountId());
        p.put("displayName", u.displayName());
        p.put("active", u.active());
        p.put("timeZone", u.timeZone());
        return new Bean("User", p);
    }

    private static Bean project(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", new BigDecimal(p.id()));
        m.put("key", p.key());
        m.put("name", p.name());
        return new Bean("Project", m);
    }

    private static Bean issue(ApiCall c, Issue i) {
        var dir = c.dir();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", new BigDecimal(i.id()));
        m.put("key", i.key());
        m.put("summary", i.summary());
        var status = dir.status(i.statusId());
        m.put("status", named("IssueStatus", status.id(), status.name()));
        m.put("issueType", dir.issueType(i.issueTypeId()).map(t -> named("IssueType", t.id(), t.name())).orElse(null));
        m.put("priority", Optional.ofNullable(i.priorityId()).flatMap(dir::priority)
                .map(p -> named("Priority", p.id(), p.name())).orElse(null));
        m.put("project", dir.project(i.projectId()).map(ExpressionsApi::project).orElse(null));
        m.put("assignee", account(c, i.assigneeAccountId()));
        m.put("reporter", account(c, i.reporterAccountId()));
        m.put("labels", new ArrayList<Object>(i.labels()));
        return new Bean("Issue", m);
    }

    private static Bean named(String type, String id, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", new BigDecimal(id));
        m.put("name", name);
        return new Bean(type, m);
    }

    private static Bean account(ApiCall c, String accountId) {
        return accountId == null ? null : c.dir().user(accountId).map(ExpressionsApi::user).orElse(null);
    }

    static JsonNode json(Object v) {
        return switch (v) {
            case null -> Json.MAPPER.nullNode();
            case Boolean b -> Json.MAPPER.getNodeFactory().booleanNode(b);
            case BigDecimal n -> number(n);
            case String s -> Json.MAPPER.getNodeFactory().textNode(s);
            case Bean b -> json(b.properties());
            case List<?> l -> {
                ArrayNode a = Json.array();
                l.forEach(x -> a.add(json(x)));
                yield a;
            }
            case Map<?, ?> m -> {
                ObjectNode o = Json.object();
                m.forEach((k, x) -> o.set(String.valueOf(k), json(x)));
                yield o;
            }
            default -> Json.MAPPER.nullNode();
        };
    }

    private static JsonNode number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() <= 0 && s.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return Json.MAPPER.getNodeFactory().numberNode(s.longValueExact());
        }
        return Json.MAPPER.getNodeFactory().numberNode(n.doubleValue());
    }

    /**
     * Each expression is checked for syntax; with {@code check=type} also for identifiers that are not context
     * variables, with {@code check=complexity} its expensive operations too (guessed: "N" over {@code issues}, else
     * one per context bean it loads). A malformed expression is a result with {@code valid: false}, not an error.
     */
    static Response analyse(ApiCall c) {
        JsonNode body = c.objectBody();
        JsonNode expressions = body.path("expressions");
        if (!expressions.isArray() || expressions.isEmpty()) {
            throw JiraException.field("expressions", "At least one expression must be provided.");
        }
        if (expressions.size() > 100) {
            throw JiraException.field("expressions", "No more than 100 expressions can be analysed at once.");
        }
        String check = c.query("check").orElse("syntax");
        if (!Set.of("syntax", "type", "complexity").contains(check)) {
            throw JiraException.message(400, "The check '" + check + "' is not one of syntax, type, complexity.");
        }
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("results");
        for (JsonNode item : expressions) {
            results.add(analysis(item.asText(), check));
        }
        return Response.json(200, out);
    }

    private static ObjectNode analysis(String text, String check) {
        ObjectNode r = Json.object().put("expression", text);
        Expression e;
        try {
            e = ExpressionParser.parse(text);
        } catch (ExpressionParser.SyntaxError s) {
            r.put("valid", false);
            r.putArray("errors").addObject().put("line", s.line).put("column", s.column).put("message", s.getMessage())
                    .put("type", "syntax");
            return r;
        }
        Set<String> free = FreeVariables.of(e);
        List<String> unknown = free.stream().filter(v -> !CONTEXT_VARIABLES.contains(v)).sorted().toList();
        if (!check.equals("syntax") && !unknown.isEmpty()) {
            r.put("valid", false);
            ArrayNode errors = r.putArray("errors");
            unknown.forEach(v -> errors.addObject().put("expression", v).put("message", "Unrecognized identifier: " + v)
                    .put("type", "type"));
            return r;
        }
        r.put("valid", true);
        if (check.equals("complexity")) {
            ObjectNode complexity = r.putObject("complexity");
            if (free.contains("issues")) {
                complexity.put("expensiveOperations", "N").putObject("variables").put("N", "issues");
            } else {
                complexity.put("expensiveOperations",
                        Long.toString(free.stream().filter(v -> Set.of("issue", "project").contains(v)).count()));
            }
        }
        return r;
    }
}

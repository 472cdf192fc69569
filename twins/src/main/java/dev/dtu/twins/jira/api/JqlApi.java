package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import dev.dtu.twins.jira.model.jql.Jql;
import dev.dtu.twins.jira.model.jql.JqlField;
import dev.dtu.twins.jira.model.jql.JqlQuery;
import dev.dtu.twins.jira.model.jql.JqlStructure;
import dev.dtu.twins.jira.model.jql.JqlSyntaxException;
import dev.dtu.twins.jira.model.jql.JqlValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * JQL without a search (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-jql/): {@code parse}
 * (the query's structure, and errors as {@code validation} asks: strict, warn or none), autocomplete data (the
 * twin's JQL fields, functions and reserved words) and value suggestions for one field.
 */
final class JqlApi {
    private static final Set<String> VALIDATION = Set.of("strict", "warn", "none");
    private static final int SUGGESTIONS = 15;

    private JqlApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/3/jql/parse", JqlApi::parse)
                .get("/rest/api/3/jql/autocompletedata", JqlApi::autocomplete)
                .post("/rest/api/3/jql/autocompletedata", JqlApi::autocomplete)
                .get("/rest/api/3/jql/autocompletedata/suggestions", JqlApi::suggestions);
    }

    static Response parse(ApiCall c) {
        String validation = c.query("validation").orElse("strict");
        if (!VALIDATION.contains(validation)) {
            throw JiraException.message(400, "Invalid validation value: " + validation + ". Valid values are strict, warn, none.");
        }
        JsonNode queries = c.objectBody().path("queries");
        if (!queries.isArray()) {
            throw JiraException.field("queries", "The queries must be a list of JQL queries.");
        }
        ObjectNode out = Json.object();
        ArrayNode parsed = out.putArray("queries");
        for (JsonNode q : queries) {
            parsed.add(parseOne(c, q.asText(""), validation));
        }
        return Response.json(200, out);
    }

    private static ObjectNode parseOne(ApiCall c, String jql, String validation) {
        ObjectNode n = Json.object().put("query", jql);
        JqlQuery query;
        try {
            query = Jql.parse(jql);
        } catch (JqlSyntaxException e) {
            n.putArray("errors").add(e.getMessage());
            return n;
        }
        n.set("structure", JqlStructure.of(query));
        if (!validation.equals("none")) {
            try {
                query.validate(c.jql());
            } catch (JqlValidationException e) {
                ArrayNode problems = n.putArray(validation.equals("strict") ? "errors" : "warnings");
                e.messages().forEach(problems::add);
            }
        }
        return n;
    }

    static Response autocomplete(ApiCall c) {
        ObjectNode out = Json.object();
        ArrayNode fields = out.putArray("visibleFieldNames");
        for (JqlField f : c.jql().fields().fields()) {
            ObjectNode n = fields.addObject().put("value", f.name()).put("displayName", f.name())
                    .put("orderable", "true").put("searchable", "true");
            ArrayNode ops = n.putArray("operators");
            JqlStructure.operators(f).forEach(ops::add);
            n.putArray("types").add("java.lang.String");
        }
        ArrayNode functions = out.putArray("visibleFunctionNames");
        JqlStructure.functions().forEach(fn -> functions.addObject().put("value", fn + "()").put("displayName", fn + "()")
                .putArray("types").add("java.lang.String"));
        ArrayNode reserved = out.putArray("jqlReservedWords");
        JqlStructure.reservedWords().forEach(reserved::add);
        return Response.json(200, out);
    }

    /**
     * Values of one field matching {@code fieldValue}; every typed match is bold in {@code displayName} (guessed:
     * Jira's docs show bold matches but not which ones).
     */
    static Response suggestions(ApiCall c) {
        String field = c.query("fieldName").orElse("").toLowerCase(Locale.ROOT);
        String typed = c.query("fieldValue").orElse("");
        List<Suggestion> candidates = new ArrayList<>();
        switch (field) {
            case "project" -> c.dir().projects().stream().filter(p -> c.can(ProjectPermission.BROWSE_PROJECTS, p))
                    .forEach(p -> candidates.add(new Suggestion(p.key(), p.name() + " (" + p.key() + ")")));
            case "status" -> c.dir().statuses().forEach(s -> candidates.add(new Suggestion(s.name(), s.name())));
            case "issuetype", "type" -> c.dir().issueTypes().forEach(t -> candidates.add(new Suggestion(t.name(), t.name())));
            case "priority" -> c.dir().priorities().forEach(p -> candidates.add(new Suggestion(p.name(), p.name())));
            case "resolution" -> c.dir().resolutions().forEach(r -> candidates.add(new Suggestion(r.name(), r.name())));
            case "labels" -> {
                Set<String> labels = new TreeSet<>();
                c.dir().issues().forEach(i -> labels.addAll(i.labels()));
                labels.forEach(l -> candidates.add(new Suggestion(l, l)));
            }
            case "component" -> c.dir().projects().forEach(p -> p.components()
                    .forEach(x -> candidates.add(new Suggestion(x.name(), x.name()))));
            case "fixversion", "affectedversion" -> c.dir().projects().forEach(p -> c.dir().versions(p.id())
                    .forEach(v -> candidates.add(new Suggestion(v.name(), v.name()))));
            case "assignee", "reporter", "creator" -> c.dir().users().forEach(u ->
                    candidates.add(new Suggestion(u.accountId(), u.displayName())));
            default -> { } // no suggestions for other fields, as Jira answers for free-text fields
        }
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("results");
        String lower = typed.toLowerCase(Locale.ROOT);
        candidates.stream().filter(v -> v.value().toLowerCase(Locale.ROOT).startsWith(lower)
                        || v.displayName().toLowerCase(Locale.ROOT).contains(lower)).distinct().limit(SUGGESTIONS)
                .forEach(v -> results.addObject().put("value", v.value()).put("displayName", bold(v.displayName(), typed)));
        return Response.json(200, out);
    }

    private record Suggestion(String value, String displayName) {}

    private static String bold(String text, String typed) {
        if (typed.isEmpty()) {
            return text;
        }
        return Pattern.compile(Pattern.quote(typed), Pattern.CASE_INSENSITIVE).matcher(text).replaceAll(
                m -> java.util.regex.Matcher.quoteReplacement("<b>" + m.group() + "</b>"));
    }
}

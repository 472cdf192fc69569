package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.Search;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Get issue picker suggestions" (GET issue/picker): issues whose key or summary holds the query, in two sections as
 * Jira answers them, "History Search" (hs) and "Current Search" (cs, only with {@code currentJQL}). Guessed: the twin
 * keeps no view history, so the history section lists every match the caller may browse, newest first.
 */
final class PickerApi {
    private static final int LIMIT = 50;

    private PickerApi() {}

    static Response picker(ApiCall c) {
        String query = c.query("query").orElse("").strip().toLowerCase(Locale.ROOT);
        List<Issue> matches = c.dir().issues().stream().filter(i -> c.visibleIssue(i.id()).isPresent())
                .filter(i -> query.isEmpty() || i.key().toLowerCase(Locale.ROOT).contains(query)
                        || (i.summary() != null && i.summary().toLowerCase(Locale.ROOT).contains(query)))
                .sorted((a, b) -> Long.compare(Long.parseLong(b.id()), Long.parseLong(a.id()))).toList();
        ObjectNode out = Json.object();
        ArrayNode sections = out.putArray("sections");
        section(c, sections, "History Search", "hs", matches);
        String jql = c.query("currentJQL").orElse("");
        if (!jql.isBlank()) {
            Set<String> current = Search.matching(c.jql(), jql, false).issues().stream().map(Issue::id).collect(Collectors.toSet());
            section(c, sections, "Current Search", "cs", matches.stream().filter(i -> current.contains(i.id())).toList());
        }
        return Response.json(200, out);
    }

    private static void section(ApiCall c, ArrayNode sections, String label, String id, List<Issue> all) {
        List<Issue> shown = all.subList(0, Math.min(LIMIT, all.size()));
        ObjectNode s = sections.addObject().put("label", label).put("sub", "Showing " + shown.size() + " of " + all.size()
                + " matching issues").put("id", id);
        ArrayNode issues = s.putArray("issues");
        for (Issue i : shown) {
            issues.addObject().put("id", Long.parseLong(i.id())).put("key", i.key()).put("keyHtml", i.key())
                    .put("img", c.base() + "/rest/api/2/universal_avatar/view/type/issuetype/avatar/10318?size=medium")
                    .put("summary", i.summary()).put("summaryText", i.summary());
        }
    }
}

package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The list shapes of Jira Software: {@code startAt}/{@code maxResults} pages of values (with {@code isLast}, and
 * {@code total} where Jira gives it), agile 1.0 issue pages ({@code expand}, {@code total}, {@code issues}) and the
 * enhanced {@code /rest/software/1.0} issue pages read with an opaque {@code nextPageToken}. Jira Software pages hold
 * at most 50 values and 50 issues by default ("maxResults ... default 50").
 */
final class AgilePaging {
    static final int DEFAULT_MAX = 50;

    private AgilePaging() {}

    record Window(int startAt, int maxResults) {
        <T> List<T> of(List<T> all) {
            int from = Math.min(startAt, all.size());
            return all.subList(from, (int) Math.min((long) from + maxResults, all.size()));
        }

        boolean last(int total) {
            return (long) startAt + maxResults >= total;
        }
    }

    static Window window(ApiCall c, int defaultMax) {
        int startAt = c.intQuery("startAt", 0);
        int max = c.intQuery("maxResults", defaultMax);
        if (startAt < 0) {
            throw JiraException.message(400, "The 'startAt' parameter must not be negative.");
        }
        return new Window(startAt, max < 0 ? defaultMax : max);
    }

    static <T> ObjectNode values(ApiCall c, List<T> all, Function<T, ObjectNode> render, boolean withTotal) {
        Window w = window(c, DEFAULT_MAX);
        ObjectNode out = Json.object().put("maxResults", w.maxResults()).put("startAt", w.startAt());
        if (withTotal) {
            out.put("total", all.size());
        }
        out.put("isLast", w.last(all.size()));
        ArrayNode values = out.putArray("values");
        w.of(all).forEach(v -> values.add(render.apply(v)));
        return out;
    }

    /** A platform PageBean ({@code self}, {@code maxResults}, {@code startAt}, {@code total}, {@code isLast}, {@code values}). */
    static <T> ObjectNode pageBean(ApiCall c, List<T> all, Function<T, ObjectNode> render, int defaultMax) {
        Window w = window(c, defaultMax);
        ObjectNode out = Json.object().put("self", c.base() + c.call().request().path())
                .put("maxResults", w.maxResults()).put("startAt", w.startAt()).put("total", all.size())
                .put("isLast", w.last(all.size()));
        ArrayNode values = out.putArray("values");
        w.of(all).forEach(v -> values.add(render.apply(v)));
        return out;
    }

    /** Agile 1.0's issue page. */
    static ObjectNode issues(ApiCall c, List<Issue> all, Function<Issue, ObjectNode> render) {
        Window w = window(c, DEFAULT_MAX);
        ObjectNode out = Json.object().put("expand", "schema,names").put("startAt", w.startAt()).put("maxResults", w.maxResults())
                .put("total", all.size());
        ArrayNode issues = out.putArray("issues");
        w.of(all).forEach(i -> issues.add(render.apply(i)));
        return out;
    }

    /** The enhanced page of /rest/software/1.0: {@code nextPageToken} is opaque (the twin's holds the offset). */
    static ObjectNode tokenIssues(ApiCall c, List<Issue> all, Function<Issue, ObjectNode> render) {
        int start = c.query("nextPageToken").filter(t -> !t.isEmpty()).map(AgilePaging::offset).orElse(0);
        int max = c.intQuery("maxResults", DEFAULT_MAX);
        Window w = new Window(start, max < 0 ? DEFAULT_MAX : max);
        ObjectNode out = Json.object();
        ArrayNode issues = out.putArray("issues");
        w.of(all).forEach(i -> issues.add(render.apply(i)));
        boolean last = w.last(all.size()) || w.maxResults() == 0;
        if (!last) {
            out.put("nextPageToken", token(start + w.maxResults()));
        }
        out.put("isLast", last);
        return out;
    }

    /** An opaque page token holding the offset of the next page. */
    static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int offset(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (raw.startsWith("offset:")) {
                return Math.max(0, Integer.parseInt(raw.substring("offset:".length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through to Jira's answer
        }
        throw JiraException.message(400, dev.dtu.twins.jira.model.Search.BAD_TOKEN);
    }
}

package dev.dtu.twins.jira.model;

import dev.dtu.twins.jira.model.jql.Jql;
import dev.dtu.twins.jira.model.jql.JqlQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * JQL search with Jira's enhanced-search paging: an opaque {@code nextPageToken} that carries the position and
 * the query it belongs to, so a token only continues the search that issued it.
 */
public final class Search {
    public static final String UNBOUNDED = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";
    public static final String BAD_TOKEN = "The provided next page token is invalid or expired.";

    public record Page(List<Issue> issues, String nextPageToken) {
        public boolean isLast() {
            return nextPageToken == null;
        }
    }

    private Search() {}

    /** Every issue matching the query in its order; throws JQL's syntax and validation errors. */
    public static List<Issue> matching(SiteJql context, String jql, boolean requireBound) {
        JqlQuery query = Jql.parse(jql == null ? "" : jql);
        if (requireBound && query.where().isEmpty()) {
            throw JiraException.message(400, UNBOUNDED);
        }
        Predicate<dev.dtu.twins.jira.model.jql.JqlIssue> predicate = query.predicate(context);
        Comparator<dev.dtu.twins.jira.model.jql.JqlIssue> order = query.comparator(context);
        return context.dir().issues().stream().map(i -> new IssueView(i, context.dir()))
                .filter(predicate).sorted(order).map(IssueView::issue).toList();
    }

    public static Page page(List<Issue> matches, String jql, String token, int maxResults) {
        int start = token == null || token.isEmpty() ? 0 : offset(token, jql);
        int end = Math.min(matches.size(), start + maxResults);
        List<Issue> issues = start >= matches.size() ? List.of() : matches.subList(start, end);
        return new Page(issues, end < matches.size() ? token(end, jql) : null);
    }

    static String token(int offset, String jql) {
        String raw = offset + ":" + Integer.toHexString((jql == null ? "" : jql).hashCode());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, String jql) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            int offset = Integer.parseInt(raw.substring(0, colon));
            if (offset < 0 || !raw.substring(colon + 1).equals(Integer.toHexString((jql == null ? "" : jql).hashCode()))) {
                throw JiraException.message(400, BAD_TOKEN);
            }
            return offset;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw JiraException.message(400, BAD_TOKEN);
        }
    }
}

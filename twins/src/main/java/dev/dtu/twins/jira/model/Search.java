package dev.dtu.twins.jira.model;

import dev.dtu.twins.jira.model.jql.Jql;
import dev.dtu.twins.jira.model.jql.JqlIssue;
import dev.dtu.twins.jira.model.jql.JqlQuery;
import dev.dtu.twins.jira.model.jql.Ordering;
import dev.dtu.twins.jira.model.jql.Position;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * JQL search with Jira's enhanced-search paging: an opaque {@code nextPageToken} that carries the query it belongs
 * to and the position (sort keys, ending with the issue key) of the last issue served. The next page starts after
 * that position, so issues created or deleted between pages shift nothing.
 */
public final class Search {
    public static final String UNBOUNDED = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";
    public static final String BAD_TOKEN = "The provided next page token is invalid or expired.";

    /** Every match of a query, in its order, with each one's position in that order. */
    public record Matches(List<IssueView> views, List<Position> positions, Ordering ordering) {
        public List<Issue> issues() {
            return views.stream().map(IssueView::issue).toList();
        }

        public int size() {
            return views.size();
        }
    }

    public record Page(List<Issue> issues, String nextPageToken) {
        public boolean isLast() {
            return nextPageToken == null;
        }
    }

    private Search() {}

    /** Every issue the searcher may browse that matches the query; throws JQL's syntax and validation errors. */
    public static Matches matching(SiteJql context, String jql, boolean requireBound) {
        JqlQuery query = Jql.parse(bareWordsAsText(context, jql == null ? "" : jql));
        if (requireBound && query.where().isEmpty()) {
            throw JiraException.message(400, UNBOUNDED);
        }
        Predicate<JqlIssue> predicate = query.predicate(context);
        Ordering order = query.comparator(context);
        record Placed(IssueView view, Position position) {}
        List<Placed> placed = context.dir().issues().stream().filter(context::browsable)
                .map(i -> new IssueView(i, context.dir())).filter(predicate).map(v -> new Placed(v, order.position(v)))
                .sorted((a, b) -> order.compare(a.position(), b.position())).toList();
        return new Matches(placed.stream().map(Placed::view).toList(), placed.stream().map(Placed::position).toList(), order);
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("and", "or", "not", "order", "by", "in", "is",
            "empty", "null", "was", "changed");

    /**
     * Words that are not JQL ("this is not jql") are a text search, as Jira Cloud's search answers them: issues whose
     * text has the words (jira.js's live suite: "accepts bare words as a text search rather than rejecting them").
     * Guessed: that Jira reads them as {@code text ~ "words"}, and only when the first word could be a field (a query
     * that starts with a JQL keyword, "NOT NOT", stays a syntax error); its docs say nothing of the fallback.
     */
    static String bareWordsAsText(SiteJql context, String jql) {
        if (!bareWords(jql)) {
            return jql;
        }
        try {
            Jql.parse(jql).predicate(context);
            return jql;
        } catch (dev.dtu.twins.jira.model.jql.JqlSyntaxException | dev.dtu.twins.jira.model.jql.JqlValidationException e) {
            return "text ~ \"" + jql.strip() + "\"";
        }
    }

    private static boolean bareWords(String jql) {
        String s = jql.strip();
        if (s.isEmpty() || s.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch))) {
            return false;
        }
        String first = s.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return !KEYWORDS.contains(first);
    }

    public static Page page(Matches matches, String jql, String token, int maxResults) {
        List<IssueView> views = matches.views();
        int start = token == null || token.isEmpty() ? 0 : firstAfter(matches, after(token, jql));
        int end = Math.min(views.size(), start + maxResults);
        List<Issue> issues = views.subList(Math.min(start, end), end).stream().map(IssueView::issue).toList();
        boolean more = end < views.size() && end > start;
        return new Page(issues, more ? token(matches.positions().get(end - 1), jql) : null);
    }

    private static int firstAfter(Matches matches, Position anchor) {
        List<Position> positions = matches.positions();
        for (int i = 0; i < positions.size(); i++) {
            if (compare(matches.ordering(), positions.get(i), anchor) > 0) {
                return i;
            }
        }
        return positions.size();
    }

    private static int compare(Ordering ordering, Position a, Position b) {
        try {
            return ordering.compare(a, b);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw JiraException.message(400, BAD_TOKEN);
        }
    }

    static String token(Position last, String jql) {
        String raw = hash(jql) + ":" + last.encode();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Position after(String token, String jql) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon < 0 || !raw.substring(0, colon).equals(hash(jql))) {
                throw JiraException.message(400, BAD_TOKEN);
            }
            return Position.decode(raw.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw JiraException.message(400, BAD_TOKEN);
        }
    }

    private static String hash(String jql) {
        return Integer.toHexString((jql == null ? "" : jql).hashCode());
    }
}

package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that is sorted by a string key, ascending or (history) descending. The cursor names
 * the first key of the next page; if that item is gone, the page starts at the next one in order.
 */
public record Page<T>(List<T> items, String nextCursor) {
    public static <T> Page<T> of(List<T> sorted, Function<T, String> key, String field, boolean descending,
                                 String cursor, int limit) {
        int start = 0;
        if (cursor != null && !cursor.isEmpty()) {
            String from = Cursor.decode(field, cursor);
            while (start < sorted.size() && before(key.apply(sorted.get(start)), from, descending)) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + limit);
        String next = end < sorted.size() ? Cursor.encode(field, key.apply(sorted.get(end))) : "";
        return new Page<>(sorted.subList(start, end), next);
    }

    private static boolean before(String key, String from, boolean descending) {
        int cmp = key.compareTo(from);
        return descending ? cmp > 0 : cmp < 0;
    }

    public boolean hasMore() {
        return !nextCursor.isEmpty();
    }

    /** Adds {@code response_metadata.next_cursor} ("" on the last page, as Slack does). */
    public void metadata(ObjectNode body) {
        body.putObject("response_metadata").put("next_cursor", nextCursor);
    }
}

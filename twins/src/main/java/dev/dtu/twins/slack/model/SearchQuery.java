package dev.dtu.twins.slack.model;

import dev.dtu.twins.slack.errors.SlackError;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slack's search syntax (https://slack.com/help/articles/202528808-Search-in-Slack): words that must all appear
 * (whole words, {@code foo*} for a prefix), "quoted phrases", {@code -word} to exclude, and the modifiers
 * {@code in:#channel|<#C…>|@user}, {@code from:@user|<@U…>|me}, {@code before:}/{@code after:}/{@code on:}
 * (YYYY-MM-DD, or {@code today}/{@code yesterday}), {@code has:link}, {@code has:reaction}, {@code is:thread}.
 * Unknown modifiers are words, as in Slack. Queries longer than {@link #MAX_LENGTH} are refused (the twin's bound:
 * Slack documents none).
 */
public record SearchQuery(List<List<String>> phrases, List<String> excluded, List<String> in, List<String> from,
                          Long before, Long after, boolean hasLink, boolean hasReaction, boolean isThread) {
    public static final int MAX_LENGTH = 4000;

    public static SearchQuery parse(String query, long nowSeconds) {
        if (query == null || query.isBlank()) {
            throw new SlackError("no_query");
        }
        if (query.length() > MAX_LENGTH) {
            throw new SlackError("invalid_query");
        }
        Builder b = new Builder(nowSeconds);
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = query.indexOf('"', i + 1);
                end = end < 0 ? query.length() : end;
                b.phrase(query.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < query.length() && !Character.isWhitespace(query.charAt(end))) {
                    end++;
                }
                b.token(query.substring(i, end));
                i = end;
            }
        }
        return b.build();
    }

    /** Whether a text has every phrase and none of the excluded words. */
    public boolean matchesText(String text) {
        List<String> words = words(text);
        for (List<String> phrase : phrases) {
            if (!containsPhrase(words, phrase)) {
                return false;
            }
        }
        for (String word : excluded) {
            if (containsPhrase(words, List.of(word))) {
                return false;
            }
        }
        return true;
    }

    public boolean inRange(long seconds) {
        return (before == null || seconds < before) && (after == null || seconds >= after);
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return true;
        }
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                all = wordMatches(words.get(start + k), phrase.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordMatches(String word, String term) {
        return term.endsWith("*") ? word.startsWith(term.substring(0, term.length() - 1)) : word.equals(term);
    }

    /** Lower-case words of letters and digits; everything else separates them. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < (text == null ? 0 : text.length()); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '*') {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }

    private static final class Builder {
        private final long now;
        private final List<List<String>> phrases = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final List<String> in = new ArrayList<>();
        private final List<String> from = new ArrayList<>();
        private Long before;
        private Long after;
        private boolean hasLink;
        private boolean hasReaction;
        private boolean isThread;

        Builder(long now) {
            this.now = now;
        }

        void phrase(String text) {
            List<String> words = words(text);
            if (!words.isEmpty()) {
                phrases.add(words);
            }
        }

        void token(String token) {
            int colon = token.indexOf(':');
            String key = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
            String value = colon > 0 ? token.substring(colon + 1) : token;
            switch (key) {
                case "in" -> in.add(value);
                case "from" -> from.add(value);
                case "before" -> before = day(value);
                case "after" -> after = day(value) + 86_400;
                case "on" -> {
                    after = day(value);
                    before = after + 86_400;
                }
                case "has" -> {
                    hasLink |= value.equalsIgnoreCase("link");
                    hasReaction |= value.equalsIgnoreCase("reaction");
                }
                case "is" -> isThread |= value.equalsIgnoreCase("thread");
                default -> word(token);
            }
        }

        private void word(String token) {
            if (token.startsWith("-") && token.length() > 1) {
                words(token.substring(1)).forEach(excluded::add);
            } else {
                phrase(token);
            }
        }

        /** The start of a day (UTC) in epoch seconds. */
        private long day(String value) {
            LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(now, 86_400));
            LocalDate d = switch (value.toLowerCase(Locale.ROOT)) {
                case "today" -> today;
                case "yesterday" -> today.minusDays(1);
                default -> {
                    try {
                        yield LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new SlackError("invalid_query");
                    }
                }
            };
            return d.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }

        SearchQuery build() {
            return new SearchQuery(List.copyOf(phrases), List.copyOf(excluded), List.copyOf(in), List.copyOf(from),
                    before, after, hasLink, hasReaction, isThread);
        }
    }
}

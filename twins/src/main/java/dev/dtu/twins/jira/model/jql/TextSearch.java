package dev.dtu.twins.jira.model.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CONTAINS (~) operator, token based as Jira's Lucene index is: the text and the query split into words at
 * every character that is not a letter or digit; terms are case-insensitive and all must occur ("If you combine
 * multiple terms without specifying any Boolean operators, they will be joined using AND", Search syntax for text
 * fields); a term matches a word or its simple derivatives ("win" finds "wins"); {@code ?} stands for one
 * character and {@code *} for any number ("te?t", "win*", "wi*95"); an escaped-quoted phrase must occur word for
 * word and takes no wildcards; English stop words are ignored. "You cannot use a * or ? symbol as the first
 * character of a search" (see {@link #validationError}).
 *
 * <p>Every step is a single pass: words are cut once per text, a wildcard term is matched by {@link Wildcard}
 * without backtracking, and a phrase is found with a failure table (Knuth-Morris-Pratt over words).
 */
final class TextSearch {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    private TextSearch() {
    }

    /** True when the query has at least one searchable term. */
    static boolean searchable(String query) {
        return !chunks(query).isEmpty();
    }

    /**
     * Jira's validation of a text query (FreeTextFieldValidator): a leading {@code *} or {@code ?} is refused by
     * name; a later term that starts with one is a query Lucene's parser cannot read.
     */
    static Optional<String> validationError(String field, String query) {
        if (!query.isEmpty() && (query.charAt(0) == '*' || query.charAt(0) == '?')) {
            return Optional.of("The text query '" + query + "' for field '" + field
                    + "' is not allowed to start with '" + query.charAt(0) + "'.");
        }
        for (List<String> chunk : chunks(query)) {
            if (chunk.size() == 1 && Wildcard.startsWithWildcard(chunk.getFirst())) {
                return Optional.of("Unable to parse the text '" + query + "' for field '" + field + "'.");
            }
        }
        return Optional.empty();
    }

    static boolean matches(List<Object> texts, String query) {
        List<List<String>> chunks = chunks(query);
        if (chunks.isEmpty()) {
            return false;
        }
        List<Matcher> matchers = chunks.stream().map(TextSearch::matcher).toList();
        return texts.stream().anyMatch(t -> {
            List<String> words = words(t.toString());
            List<String> stems = words.stream().map(TextSearch::stem).toList();
            return matchers.stream().allMatch(m -> m.matches(words, stems));
        });
    }

    private interface Matcher {
        boolean matches(List<String> words, List<String> stems);
    }

    private static Matcher matcher(List<String> chunk) {
        if (chunk.size() > 1) {
            int[] failure = failureTable(chunk);
            return (words, stems) -> containsPhrase(words, chunk, failure);
        }
        String term = chunk.getFirst();
        if (Wildcard.isWildcard(term)) {
            Wildcard wildcard = new Wildcard(term);
            return (words, stems) -> words.stream().anyMatch(wildcard::matches);
        }
        String stem = stem(term);
        return (words, stems) -> words.contains(term) || stems.contains(stem);
    }

    /** Each chunk is one term, or the words of a phrase (quoted inside the JQL string). */
    private static List<List<String>> chunks(String query) {
        List<List<String>> chunks = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            if (query.charAt(i) == '"') {
                int end = query.indexOf('"', i + 1);
                end = end < 0 ? query.length() : end;
                List<String> phrase = words(query.substring(i + 1, end));
                if (!phrase.isEmpty()) {
                    chunks.add(phrase);
                }
                i = end + 1;
            } else {
                int end = i;
                while (end < query.length() && query.charAt(end) != '"') {
                    end++;
                }
                terms(query.substring(i, end)).forEach(t -> chunks.add(List.of(t)));
                i = end;
            }
        }
        return chunks;
    }

    private static List<String> terms(String text) {
        return split(text, true).stream()
                .filter(t -> !Wildcard.onlyWildcards(t))
                .filter(t -> !STOP_WORDS.contains(t)).toList();
    }

    static List<String> words(String text) {
        return split(text, false);
    }

    /** Lower-cased runs of letters and digits (and, in a query, of the wildcards * and ?). */
    private static List<String> split(String text, boolean wildcards) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean part = i < lower.length() && isWordChar(lower.charAt(i), wildcards);
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c, boolean wildcards) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || (wildcards && (c == '*' || c == '?'));
    }

    private static int[] failureTable(List<String> phrase) {
        int[] failure = new int[phrase.size()];
        int k = 0;
        for (int i = 1; i < phrase.size(); i++) {
            while (k > 0 && !phrase.get(i).equals(phrase.get(k))) {
                k = failure[k - 1];
            }
            if (phrase.get(i).equals(phrase.get(k))) {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase, int[] failure) {
        int k = 0;
        for (String word : words) {
            while (k > 0 && !word.equals(phrase.get(k))) {
                k = failure[k - 1];
            }
            if (word.equals(phrase.get(k))) {
                k++;
            }
            if (k == phrase.size()) {
                return true;
            }
        }
        return false;
    }

    /** A deliberately small English stemmer: enough for plurals and -ed/-ing forms. */
    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && (word.endsWith("ed") || word.endsWith("es"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}

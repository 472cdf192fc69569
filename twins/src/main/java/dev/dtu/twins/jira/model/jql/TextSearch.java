package dev.dtu.twins.jira.model.jql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CONTAINS (~) operator: terms are case-insensitive and all must occur ("If you combine multiple terms
 * without specifying any Boolean operators, they will be joined using AND", Search syntax for text fields);
 * a term matches a word or its simple derivatives ("win" finds "wins"); {@code *} and {@code ?} are
 * wildcards; an escaped-quoted phrase must occur word for word; English stop words are ignored.
 */
final class TextSearch {
    private static final Pattern CHUNK = Pattern.compile("\"([^\"]*)\"?|[^\\s\"]+");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TERM_SPLIT = Pattern.compile("[^\\p{L}\\p{N}*?]+");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    private TextSearch() {
    }

    /** True when the query has at least one searchable term. */
    static boolean searchable(String query) {
        return !chunks(query).isEmpty();
    }

    static boolean matches(List<Object> texts, String query) {
        List<List<String>> chunks = chunks(query);
        return !chunks.isEmpty() && texts.stream().anyMatch(t -> matchesAll(words(t.toString()), chunks));
    }

    private static boolean matchesAll(List<String> words, List<List<String>> chunks) {
        return chunks.stream().allMatch(chunk -> chunk.size() == 1
                ? words.stream().anyMatch(w -> termMatches(chunk.getFirst(), w))
                : containsPhrase(words, chunk));
    }

    /** Each chunk is one term, or the words of a phrase. */
    private static List<List<String>> chunks(String query) {
        List<List<String>> chunks = new ArrayList<>();
        Matcher m = CHUNK.matcher(query);
        while (m.find()) {
            if (m.group(1) != null) {
                List<String> phrase = words(m.group(1));
                if (!phrase.isEmpty()) {
                    chunks.add(phrase);
                }
            } else {
                terms(m.group()).forEach(t -> chunks.add(List.of(t)));
            }
        }
        return chunks;
    }

    private static List<String> terms(String text) {
        return Arrays.stream(TERM_SPLIT.split(text.toLowerCase(Locale.ROOT)))
                .filter(t -> !t.isEmpty() && !t.replace("*", "").replace("?", "").isEmpty())
                .filter(t -> !STOP_WORDS.contains(t)).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean termMatches(String term, String word) {
        if (term.indexOf('*') >= 0 || term.indexOf('?') >= 0) {
            return word.matches(wildcard(term));
        }
        return word.equals(term) || stem(word).equals(stem(term));
    }

    private static String wildcard(String term) {
        StringBuilder regex = new StringBuilder();
        for (char c : term.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return regex.toString();
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

package dev.dtu.twins.google.drive.model;

import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code name contains 'x'}: "The contains operator only performs prefix matching for a name term ... a name of
 * HelloWorld: name contains 'Hello' returns a result, but name contains 'World' doesn't"
 * (developers.google.com/drive/api/guides/ref-search-terms). The name splits into words at every character that is
 * not a letter or digit; each word of the query must begin some word of the name, ignoring case.
 *
 * <p>A name is split once per query, not once per clause: its words are kept sorted, so each query word is one
 * ordered lookup (the least name word not below it begins with it, or none does).
 */
final class NameMatch {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final String lowerName;
    private final NavigableSet<String> words;

    private NameMatch(String name) {
        lowerName = name.toLowerCase(Locale.ROOT);
        words = new TreeSet<>(words(lowerName));
    }

    static NameMatch of(String name) {
        return new NameMatch(name);
    }

    boolean contains(String query) {
        List<String> wanted = words(query.toLowerCase(Locale.ROOT));
        if (wanted.isEmpty()) {
            return lowerName.contains(query.toLowerCase(Locale.ROOT));
        }
        return wanted.stream().allMatch(w -> {
            String least = words.ceiling(w);
            return least != null && least.startsWith(w);
        });
    }

    private static List<String> words(String lower) {
        return NOT_WORD.splitAsStream(lower).filter(w -> !w.isEmpty()).toList();
    }
}

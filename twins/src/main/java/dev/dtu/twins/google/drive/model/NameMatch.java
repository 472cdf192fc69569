package dev.dtu.twins.google.drive.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code name contains 'x'}: "The contains operator only performs prefix matching for a name term ... a name of
 * HelloWorld: name contains 'Hello' returns a result, but name contains 'World' doesn't"
 * (developers.google.com/drive/api/guides/ref-search-terms). The name splits into words at every character that is
 * not a letter or digit; each word of the query must begin some word of the name, ignoring case.
 */
final class NameMatch {
    private NameMatch() {}

    static boolean contains(String name, String query) {
        List<String> words = words(name);
        List<String> wanted = words(query);
        if (wanted.isEmpty()) {
            return name.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
        }
        return wanted.stream().allMatch(w -> words.stream().anyMatch(n -> n.startsWith(w)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}

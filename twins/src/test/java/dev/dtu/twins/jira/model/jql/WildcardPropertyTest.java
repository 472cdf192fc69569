package dev.dtu.twins.jira.model.jql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The one-pass wildcard matcher agrees with the textbook recursive definition on small inputs. */
class WildcardPropertyTest {

    @Property(tries = 3000)
    void agreesWithTheRecursiveDefinition(@ForAll("terms") String term, @ForAll("words") String word) {
        boolean expected = reference(term, 0, word, 0);
        assertEquals(expected, new Wildcard(term).matches(word), term + " vs " + word);
        Statistics.collect(expected);
    }

    @Property(tries = 1000)
    void aTermWithoutWildcardsMatchesOnlyItself(@ForAll("words") String a, @ForAll("words") String b) {
        assertEquals(a.equals(b), new Wildcard(a).matches(b));
    }

    @Property(tries = 2000)
    void textSearchAgreesWithARegexReference(@ForAll("texts") String text, @ForAll("queries") String query) {
        boolean expected = regexReference(text, query);
        assertEquals(expected, TextSearch.matches(List.of(text), query), query + " in " + text);
        Statistics.collect(expected);
    }

    /** Every term must match some word: a wildcard term as a regular expression, another by word or stem. */
    private static boolean regexReference(String text, String query) {
        List<String> words = Arrays.stream(text.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
        List<String> terms = Arrays.stream(query.split("[^a-z0-9*?]+"))
                .filter(t -> !t.isEmpty() && !t.matches("[*?]+")).toList();
        return !terms.isEmpty() && terms.stream().allMatch(t -> words.stream().anyMatch(w -> t.matches(".*[*?].*")
                ? w.matches(t.replace("*", ".*").replace("?", "."))
                : w.equals(t) || TextSearch.stem(w).equals(TextSearch.stem(t))));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("xyz ,.s").ofMaxLength(16);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.strings().withChars("xyz *?s").ofMaxLength(8);
    }

    /** Exponential in the worst case, which is why it is only the reference. */
    private static boolean reference(String p, int i, String w, int j) {
        if (i == p.length()) {
            return j == w.length();
        }
        char c = p.charAt(i);
        if (c == '*') {
            return reference(p, i + 1, w, j) || (j < w.length() && reference(p, i, w, j + 1));
        }
        return j < w.length() && (c == '?' || c == w.charAt(j)) && reference(p, i + 1, w, j + 1);
    }

    @Provide
    Arbitrary<String> terms() {
        return Arbitraries.strings().withChars("ab*?").ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("ab").ofMaxLength(10);
    }
}

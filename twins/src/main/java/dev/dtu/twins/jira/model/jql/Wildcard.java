package dev.dtu.twins.jira.model.jql;

/**
 * One wildcard term of a text search: {@code ?} is any one character, {@code *} any run of characters. The
 * pieces between stars are found left to right, each at its leftmost place, which is enough for this pattern
 * language and never backtracks: the work is at most the word's length times the term's.
 */
final class Wildcard {
    private final String first;
    private final String[] middle;
    private final String last;
    private final boolean starred;

    Wildcard(String term) {
        String[] pieces = term.split("\\*", -1);
        first = pieces[0];
        starred = pieces.length > 1;
        last = starred ? pieces[pieces.length - 1] : "";
        middle = new String[Math.max(0, pieces.length - 2)];
        System.arraycopy(pieces, 1, middle, 0, middle.length);
    }

    static boolean isWildcard(String term) {
        return term.indexOf('*') >= 0 || term.indexOf('?') >= 0;
    }

    static boolean startsWithWildcard(String term) {
        return !term.isEmpty() && (term.charAt(0) == '*' || term.charAt(0) == '?');
    }

    static boolean onlyWildcards(String term) {
        return term.chars().allMatch(c -> c == '*' || c == '?');
    }

    boolean matches(String word) {
        if (!starred) {
            return word.length() == first.length() && at(word, 0, first);
        }
        int end = word.length() - last.length();
        if (end < first.length() || !at(word, 0, first) || !at(word, end, last)) {
            return false;
        }
        int from = first.length();
        for (String piece : middle) {
            int found = find(word, piece, from, end);
            if (found < 0) {
                return false;
            }
            from = found + piece.length();
        }
        return true;
    }

    /** The leftmost place in [from, end) where the piece fits, or -1. */
    private static int find(String word, String piece, int from, int end) {
        for (int i = from; i + piece.length() <= end; i++) {
            if (at(word, i, piece)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean at(String word, int offset, String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char p = piece.charAt(i);
            if (p != '?' && p != word.charAt(offset + i)) {
                return false;
            }
        }
        return true;
    }
}

package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveQuery;
import dev.dtu.twins.google.drive.model.QueryEvaluator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The Drive query language: parsing, precedence, escapes and rejection of what Drive rejects. */
class DriveQueryTest {
    static final DriveFile FILE = new DriveFile("f1", "Budget 'Q1'.txt", "text/plain", List.of("p1"), "ada", false, true,
            null, Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-02-01T12:00:00Z"), "ada", 1, new byte[0],
            List.of(), Map.of(), false);

    record Subject(DriveFile file) implements QueryEvaluator.Subject {
        public Set<String> ownerEmails() {
            return Set.of("ada@x.example");
        }

        public Set<String> writerEmails() {
            return Set.of("alan@x.example");
        }

        public Set<String> readerEmails() {
            return Set.of();
        }

        public String fullText() {
            return "quarterly numbers";
        }

        public boolean sharedWithMe() {
            return false;
        }

        public String callerRootId() {
            return "p1";
        }
    }

    static boolean matches(String q) {
        return QueryEvaluator.matches(QueryEvaluator.compile(q), new Subject(FILE));
    }

    @Test
    void termsAndBooleanOperators() {
        assertTrue(matches("name contains 'budget' and mimeType = 'text/plain'"));
        assertTrue(matches("name = 'Budget \\'Q1\\'.txt'"));
        assertTrue(matches("'p1' in parents and 'root' in parents"));
        assertTrue(matches("'ada@x.example' in owners and 'alan@x.example' in writers"));
        assertTrue(matches("not trashed = true and starred = true"));
        assertTrue(matches("modifiedTime > '2026-01-31T00:00:00' and createdTime < '2026-01-11'"));
        assertTrue(matches("fullText contains 'Numbers'"));
        assertTrue(matches("name = 'nope' or (trashed = false and name contains 'Q1')"));
        assertEquals(false, matches("name = 'nope' or trashed = false and name = 'nope'"), "and binds tighter than or");
    }

    @Test
    void nameContainsMatchesWordPrefixesOnly() {
        assertTrue(matches("name contains 'bud'"));
        assertTrue(matches("name contains 'q1'"), "'Q1' is a word of its own after the quote");
        assertTrue(matches("name contains 'budget q'"), "every query word begins some word");
        assertTrue(!matches("name contains 'udget'"), "not a word's start");
        assertTrue(!matches("name contains 'budget x'"));
        assertTrue(matches("name contains 'txt.'"), "punctuation splits words: 'txt' begins the extension");
    }

    @Test
    void invalidQueriesAreRejected() {
        for (String q : List.of("name =", "name = budget", "foo = 'x'", "trashed = 'yes'", "'x' in name", "(name = 'a'",
                "modifiedTime > 'yesterday'", "name < 'a'", "fullText = 'a'", "")) {
            assertThrows(IllegalArgumentException.class, () -> QueryEvaluator.compile(q), q);
        }
    }

    @Test
    void nestingIsBoundedAndChainsAreFlat() {
        String deep = "not ".repeat(DriveQuery.Parser.MAX_DEPTH) + "trashed = true";
        assertThrows(DriveQuery.InvalidQueryException.class, () -> QueryEvaluator.compile(deep));
        String nested = "(".repeat(20_000) + "trashed = false" + ")".repeat(20_000);
        assertThrows(DriveQuery.InvalidQueryException.class, () -> QueryEvaluator.compile(nested));
        assertTrue(matches("(".repeat(50) + "trashed = false" + ")".repeat(50)));
        assertTrue(matches("not ".repeat(98) + "trashed = false"), "an even number of nots");
        assertTrue(matches(String.join(" and ", java.util.Collections.nCopies(20_000, "trashed = false"))));
    }

    @Property(tries = 200)
    void anyQuotedNameRoundTrips(@ForAll @StringLength(max = 20) String name) {
        String escaped = name.replace("\\", "\\\\").replace("'", "\\'");
        DriveQuery q = QueryEvaluator.compile("name = '" + escaped + "'");
        assertEquals(new DriveQuery.Term("name", "=", new DriveQuery.Literal(name, true)), q);
    }
}

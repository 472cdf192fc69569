package dev.dtu.twins.jira.model.jql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ~ operator is token based; issue #15 item 1: wildcards never backtrack. */
class TextSearchTest {
    /** Only a guard against a hang; the assertions are on results, never on time. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static boolean matches(String jql, TestIssue issue) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> Jql.parse(jql).matches(issue, Fixtures.context()));
    }

    @Test
    void manyStarsAgainstALongWordAnswerWithoutBacktracking() {
        TestIssue issue = TestIssue.of("DTU-1").with("summary", "a".repeat(200));
        assertFalse(matches("summary ~ \"a*a*a*a*a*c\"", issue));
        assertFalse(matches("summary ~ \"a*a*a*a*a*a*a*a*a*a*a*a*c\"", issue));
        assertTrue(matches("summary ~ \"a*a*a*a*a*a\"", issue));
        assertTrue(matches("summary ~ \"a?a*a?a*\"", issue));
    }

    @Test
    void aHundredThousandCharacterWordIsOnePass() {
        TestIssue issue = TestIssue.of("DTU-1").with("description", "a".repeat(100_000) + " tail");
        assertFalse(matches("description ~ \"a*a*c\"", issue));
        assertTrue(matches("description ~ \"a*a*a\"", issue));
        assertTrue(matches("description ~ \"a*a* tail\"", issue));
        assertFalse(matches("description ~ \"" + "a".repeat(500) + "*b*a\"", issue));
    }

    @Test
    void wildcardsFollowTheDocumentedExamples() {
        TestIssue issue = TestIssue.of("DTU-1").with("summary", "Windows Win95 WindowsNT test text");
        assertTrue(matches("summary ~ \"win*\"", issue));
        assertTrue(matches("summary ~ \"wi*95\"", issue));
        assertTrue(matches("summary ~ \"te?t\"", issue));
        assertFalse(matches("summary ~ \"te?\"", issue), "? is exactly one character");
        assertFalse(matches("summary ~ \"wi*96\"", issue));
        assertTrue(matches("summary ~ \"windowsnt\"", issue));
    }

    @Test
    void phrasesMatchWordForWordInOnePass() {
        TestIssue issue = TestIssue.of("DTU-1").with("summary", "jira jira is jira software, really");
        assertTrue(matches("summary ~ \"\\\"jira software\\\"\"", issue));
        assertTrue(matches("summary ~ \"\\\"jira jira\\\"\"", issue));
        assertFalse(matches("summary ~ \"\\\"software jira\\\"\"", issue));
        assertTrue(matches("summary ~ \"\\\"software really\\\"\"", issue), "punctuation is not a word");
        TestIssue repeated = TestIssue.of("DTU-2").with("summary", "x ".repeat(50_000) + "y");
        assertTrue(matches("summary ~ \"\\\"" + "x ".repeat(200) + "y\\\"\"", repeated));
        assertFalse(matches("summary ~ \"\\\"" + "x ".repeat(200) + "z\\\"\"", repeated));
    }

    @Test
    void aLeadingWildcardIsRefusedWithJirasMessage() {
        assertEquals(List.of("The text query '*ogin' for field 'summary' is not allowed to start with '*'."),
                errors("summary ~ \"*ogin\""));
        assertEquals(List.of("The text query '?ogin' for field 'summary' is not allowed to start with '?'."),
                errors("summary ~ \"?ogin\""));
        assertEquals(List.of("Unable to parse the text 'login *ails' for field 'summary'."),
                errors("summary ~ \"login *ails\""));
    }

    private static List<String> errors(String jql) {
        JqlQuery query = Jql.parse(jql);
        return assertThrows(JqlValidationException.class, () -> query.validate(Fixtures.context())).messages();
    }
}

package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.google.docs.model.DocEditor;
import dev.dtu.twins.google.docs.model.Document;
import dev.dtu.twins.google.docs.model.Paragraph;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random insert/delete sequences: the document reads back as a plain string edited the same way. */
class DocEditorPropertiesTest {

    record Edit(boolean insert, int a, int b, String text) {}

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> text = Arbitraries.of("a", "bc", "\n", "x\ny", "😀", "é\n", "  ").list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join("", parts));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60), text).as(Edit::new);
        return edit.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void textMatchesAPlainStringModel(@ForAll("edits") List<Edit> edits) {
        DocEditor doc = DocEditor.open(DocEditor.blank("d", "t"));
        StringBuilder model = new StringBuilder("\n");
        for (Edit e : edits) {
            int end = model.length() + 1;
            if (e.insert()) {
                boolean valid = e.a() >= 1 && e.a() < end;
                if (applies(() -> doc.insertText(e.a(), e.text()), valid)) {
                    model.insert(e.a() - 1, e.text());
                }
            } else {
                int start = Math.min(e.a(), e.b());
                int stop = Math.max(e.a(), e.b());
                boolean valid = start >= 1 && start < stop && stop < end;
                if (applies(() -> doc.deleteContentRange(start, stop), valid)) {
                    model.delete(start - 1, stop - 1);
                }
            }
            assertEquals(model.toString(), doc.text());
        }
        Document frozen = doc.freeze();
        assertEquals(model.toString(), frozen.text());
        assertTrue(frozen.paragraphs().stream().map(Paragraph::text).allMatch(p -> p.endsWith("\n")
                && p.indexOf('\n') == p.length() - 1), "every paragraph ends in its only newline");
        assertEquals(model.chars().filter(c -> c == '\n').count(), frozen.paragraphs().size());
    }

    private static boolean applies(Runnable edit, boolean valid) {
        try {
            edit.run();
            assertTrue(valid, "the edit should have been rejected");
            return true;
        } catch (GoogleException e) {
            assertEquals(400, e.code());
            assertTrue(!valid, "a valid edit was rejected: " + e.getMessage());
            return false;
        }
    }
}

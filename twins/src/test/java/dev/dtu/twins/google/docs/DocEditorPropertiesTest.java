package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.google.docs.model.DocEditor;
import dev.dtu.twins.google.docs.model.Document;
import dev.dtu.twins.google.docs.model.Mark;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random insert/delete/insertTable sequences: the document's index units read back as a plain string edited
 * the same way, where a table is the string of its marks and cell newlines.
 */
class DocEditorPropertiesTest {
    private static final char T = Mark.TABLE_START.symbol;
    private static final char R = Mark.ROW.symbol;
    private static final char C = Mark.CELL.symbol;
    private static final char E = Mark.TABLE_END.symbol;

    enum Op { INSERT, DELETE, TABLE }

    record Edit(Op op, int a, int b, String text) {}

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> text = Arbitraries.of("a", "bc", "\n", "x\ny", "😀", "é\n", "  ").list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join("", parts));
        Arbitrary<Op> op = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(Op.INSERT)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Op.DELETE)), net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.TABLE)));
        Arbitrary<Edit> edit = Combinators.combine(op, Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60), text).as(Edit::new);
        return edit.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void unitsMatchAPlainStringModel(@ForAll("edits") List<Edit> edits) {
        DocEditor doc = DocEditor.open(DocEditor.blank("d", "t"));
        StringBuilder model = new StringBuilder("\n");
        for (Edit e : edits) {
            switch (e.op()) {
                case INSERT -> {
                    if (applies(() -> doc.insertText(e.a(), e.text()), insertable(model, e.a()))) {
                        model.insert(e.a() - 1, e.text());
                    }
                }
                case TABLE -> {
                    int rows = 1 + e.b() % 3;
                    int columns = 1 + e.b() / 20;
                    if (applies(() -> doc.insertTable(e.a(), rows, columns), insertable(model, e.a()))) {
                        model.insert(e.a() - 1, "\n" + table(rows, columns));
                    }
                }
                case DELETE -> {
                    int start = Math.min(e.a(), e.b());
                    int stop = Math.max(e.a(), e.b());
                    if (applies(() -> doc.deleteContentRange(start, stop), deletable(model, start, stop))) {
                        model.delete(start - 1, stop - 1);
                    }
                }
            }
            assertEquals(model.toString(), doc.text());
        }
        Document frozen = doc.freeze();
        assertEquals(model.toString(), DocEditor.open(frozen).text(), "content round-trips through its structure");
        assertEquals(model.toString().replaceAll("[" + T + R + C + E + "]", ""), frozen.text());
        assertEquals(model.length(), frozen.body().stream().mapToInt(x -> x.size()).sum());
    }

    private static String table(int rows, int columns) {
        String row = R + (C + "\n").repeat(columns);
        return T + row.repeat(rows) + E;
    }

    private static boolean isMark(char c) {
        return c == T || c == R || c == C || c == E;
    }

    private static boolean insertable(StringBuilder model, int index) {
        return index >= 1 && index < model.length() + 1 && !isMark(model.charAt(index - 1));
    }

    // Whole tables may go, nothing else of a table's structure, and never a newline that a table or a cell needs.
    private static boolean deletable(StringBuilder model, int start, int stop) {
        if (start < 1 || start >= stop || stop >= model.length() + 1) {
            return false;
        }
        String cut = model.substring(start - 1, stop - 1);
        String wholeTable = T + "(" + R + "(" + C + "[^" + T + R + C + E + "]*)+)+" + E;
        String previous;
        do {
            previous = cut;
            cut = cut.replaceAll(wholeTable, "");
        } while (!cut.equals(previous));
        boolean needed = model.charAt(stop - 2) == '\n' && isMark(model.charAt(stop - 1));
        return cut.chars().noneMatch(c -> isMark((char) c)) && !needed;
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

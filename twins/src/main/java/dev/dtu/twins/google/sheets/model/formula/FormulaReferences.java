package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.SheetNames;
import dev.dtu.twins.google.sheets.model.formula.FormulaLexer.Span;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Rewrites every reference in a formula's text, leaving the rest of the text as written. */
public final class FormulaReferences {
    private FormulaReferences() {}

    /**
     * The formula ("=...") with each reference replaced by what {@code change} gives: the same instance keeps
     * the text as written, null writes {@code #REF!}. An unparsable formula is returned unchanged.
     */
    public static String rewrite(String formula, UnaryOperator<WrittenReference> change) {
        if (!formula.startsWith("=")) {
            return formula;
        }
        String source = formula.substring(1);
        List<Span> spans;
        try {
            spans = FormulaLexer.spans(source);
        } catch (RuntimeException unparsable) {
            return formula;
        }
        StringBuilder out = new StringBuilder(source);
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span s = spans.get(i);
            if (s.token().kind() != Token.Kind.REFERENCE) {
                continue;
            }
            WrittenReference before = WrittenReference.parse(s.token().reference().sheetName(), s.token().text());
            WrittenReference after = change.apply(before);
            if (after == before) {
                continue;
            }
            int cellsStart = s.end() - s.token().text().length();
            out.replace(s.start(), s.end(), after == null ? "#REF!" : prefix(source, s, cellsStart, before, after)
                    + after.cellsText());
        }
        return "=" + out;
    }

    // Keeps the sheet prefix as written ('My Sheet'!) while the reference stays on that sheet.
    private static String prefix(String source, Span s, int cellsStart, WrittenReference before, WrittenReference after) {
        if (after.sheetName() == null) {
            return "";
        }
        if (Objects.equals(before.sheetName(), after.sheetName())) {
            return source.substring(s.start(), cellsStart);
        }
        return SheetNames.quoteIfNeeded(after.sheetName()) + "!";
    }
}

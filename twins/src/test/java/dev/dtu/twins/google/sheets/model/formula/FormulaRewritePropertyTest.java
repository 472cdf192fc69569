package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Moving a formula through many row and column changes at once gives what moving it change by change gives. */
class FormulaRewritePropertyTest {

    @Property(tries = 2000)
    void allAtOnceEqualsOneByOne(@ForAll("formulas") String formula, @ForAll("changes") List<AxisChange> changes) {
        String expected = formula;
        for (AxisChange change : changes) {
            expected = change.apply(expected, "Sheet1");
        }
        assertEquals(expected, FormulaRewrite.apply(changes, formula, "Sheet1"), formula + " through " + changes);
        Statistics.collect(expected.equals(formula) ? "unchanged" : expected.contains("#REF!") ? "ref" : "moved");
    }

    @Provide
    Arbitrary<String> formulas() {
        Arbitrary<String> reference = Arbitraries.of("A1", "$B$3", "c4", "B2:D5", "A:A", "2:3", "B$2:$C7", "Other!A2",
                "'Sheet1'!B2:B9", "E5:B2", "Prices", "A1:B", "sheet1!D4");
        Arbitrary<String> operator = Arbitraries.of("+", "&", ",", "*");
        return Combinators.combine(reference.list().ofMinSize(1).ofMaxSize(4), operator)
                .as((refs, op) -> "=SUM(" + String.join(op, refs) + ")");
    }

    @Provide
    Arbitrary<List<AxisChange>> changes() {
        Arbitrary<String> sheet = Arbitraries.of("Sheet1", "Other", "SHEET1");
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 9);
        Arbitrary<AxisChange> shift = Combinators.combine(sheet, Arbitraries.of(true, false), index,
                Arbitraries.integers().between(-3, 3).filter(d -> d != 0))
                .as((s, rows, start, delta) -> new ReferenceShift(s, rows, start, delta));
        Arbitrary<AxisChange> move = Combinators.combine(sheet, Arbitraries.of(true, false), index,
                Arbitraries.integers().between(1, 3), index)
                .as((s, rows, start, length, destination) -> new ReferenceMove(s, rows, start, start + length, destination));
        return Arbitraries.oneOf(shift, move).list().ofMinSize(1).ofMaxSize(6);
    }
}

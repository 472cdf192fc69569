package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dtu.twins.google.sheets.model.CellValue;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15 item 5: a formula of any depth or length parses and evaluates to a value (a parse error at worst) on a
 * thread with half a server thread's stack, and nothing is thrown.
 */
class FormulaDeepFuzzPropertyTest {
    private static final SheetFixture FIXTURE = new SheetFixture();

    @Property(tries = 150)
    void deepOrLongFormulasAlwaysGiveAValue(@ForAll("deepOrLong") String formula) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(FIXTURE.evaluate(formula));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (out.get() instanceof Throwable e) {
            throw new AssertionError(e);
        }
        assertNotNull((CellValue) out.get());
    }

    @Provide
    Arbitrary<String> deepOrLong() {
        Arbitrary<String> core = Arbitraries.of("1", "A1", "A1:B3", "\"x\"", "SUM(A:A)", "", "(", ")", "-", "%", ",");
        Arbitrary<String> wrapper = Arbitraries.of("(", "-", "+", "ROUND(", "SUM(1,", "IF(TRUE,", "1+(", "{");
        Arbitrary<String> deep = Combinators.combine(wrapper, Arbitraries.integers().between(0, 30_000), core,
                Arbitraries.integers().between(0, 30_000)).as((w, d, c, closing) -> "=" + w.repeat(d) + c + ")".repeat(closing));
        Arbitrary<String> chain = Combinators.combine(core, Arbitraries.of("+", "&", "*", "^", "-", "%", "<>", ","),
                Arbitraries.integers().between(1, 5_000)).as((c, op, n) -> "=" + String.join(op, Collections.nCopies(n, c)));
        return Arbitraries.oneOf(deep, chain);
    }
}

package dev.dtu.twins.google.sheets.model.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 5 for formulas: input of any depth is a value or "Formula parse error.", never a stack overflow.
 * Each formula is evaluated on a thread with half the stack of a server thread (512 KiB of the JVM's default
 * 1 MiB), before the JIT has compiled anything to smaller frames, so the bounds are shown to fit with room to spare.
 */
class FormulaDepthTest {
    private static final SheetFixture FIXTURE = new SheetFixture();
    private static final CellValue PARSE_ERROR = CellValue.error(ErrorType.ERROR, Formula.PARSE_ERROR);

    private static CellValue evaluateOnSmallStack(String text) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(FIXTURE.evaluate(text));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (out.get() instanceof Throwable e) {
            throw new AssertionError("evaluation threw " + e, e);
        }
        return (CellValue) out.get();
    }

    @Test
    void aChainAtTheTreeBoundEvaluatesAndOnePastItIsAParseError() throws Exception {
        int links = FormulaParser.MAX_TREE_DEPTH - 1;
        assertEquals(CellValue.number(links + 1), evaluateOnSmallStack("=" + "1+".repeat(links) + "1"));
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=" + "1+".repeat(links + 1) + "1"));
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=" + "A1&".repeat(20_000) + "A1"));
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=1" + "%".repeat(20_000)));
    }

    @Test
    void deepNestingIsAParseError() throws Exception {
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=" + "(".repeat(20_000) + "1" + ")".repeat(20_000)));
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=" + "-".repeat(10_000) + "1"));
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=" + "SUM(".repeat(10_000) + "1" + ")".repeat(10_000)));
        assertEquals(CellValue.number(1), evaluateOnSmallStack("=" + "(".repeat(90) + "1" + ")".repeat(90)));
        assertEquals(CellValue.number(-1), evaluateOnSmallStack("=" + "SUM(".repeat(90) + "-1" + ")".repeat(90)));
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=" + "SUM(".repeat(FormulaParser.MAX_DEPTH) + "-1"
                + ")".repeat(FormulaParser.MAX_DEPTH)));
    }

    @Test
    void nestedChainsCountTheWholeTree() throws Exception {
        String inner = "(" + "1+".repeat(300) + "1)";
        assertEquals(PARSE_ERROR, evaluateOnSmallStack("=" + inner + "+1".repeat(300)));
        assertEquals(CellValue.number(602), evaluateOnSmallStack("=" + inner + "+" + inner));
    }
}

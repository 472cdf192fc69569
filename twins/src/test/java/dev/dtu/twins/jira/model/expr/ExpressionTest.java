package dev.dtu.twins.jira.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.jira.model.expr.Evaluator.Bean;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jira expression subset: precedence, lists and arrow functions, beans, and the errors Jira reports. */
class ExpressionTest {
    private static final Bean ISSUE = new Bean("Issue", Map.of("key", "DTU-1", "id", new BigDecimal(10001),
            "labels", List.of("red", "blue")));

    private static Object eval(String text) {
        return Evaluator.evaluate(ExpressionParser.parse(text), Map.of("issue", ISSUE)).value();
    }

    @Test
    void arithmeticFollowsPrecedence() {
        assertEquals(0, new BigDecimal(7).compareTo((BigDecimal) eval("1 + 2 * 3")));
        assertEquals(0, new BigDecimal(9).compareTo((BigDecimal) eval("(1 + 2) * 3")));
        assertEquals(0, new BigDecimal(-1).compareTo((BigDecimal) eval("-1")));
        assertEquals("DTU-1!", eval("issue.key + '!'"));
        assertEquals(true, eval("1 < 2 && 'a' == 'a'"));
        assertEquals("no", eval("issue.id > 20000 ? 'yes' : 'no'"));
    }

    @Test
    void listsTakeArrowFunctions() {
        assertEquals(List.of("RED", "BLUE"), eval("issue.labels.map(l => l.toUpperCase())"));
        assertEquals(List.of("blue"), eval("issue.labels.filter((l) => l.startsWith('b'))"));
        assertEquals(true, eval("issue.labels.includes('red')"));
        assertEquals(0, new BigDecimal(2).compareTo((BigDecimal) eval("issue.labels.length")));
        assertEquals(Map.of("k", "DTU-1"), eval("{k: issue.key}"));
    }

    @Test
    void errorsAreJirasWords() {
        Evaluator.Failure unknown = assertThrows(Evaluator.Failure.class, () -> eval("project.key"));
        assertEquals("Unrecognized identifier: project", unknown.getMessage());
        Evaluator.Failure property = assertThrows(Evaluator.Failure.class, () -> eval("issue.nope"));
        assertTrue(property.getMessage().startsWith("Unrecognized property of `Issue`: \"nope\""), property.getMessage());
        assertThrows(Evaluator.Failure.class, () -> eval("1 < 'a'"));
        assertThrows(Evaluator.Failure.class, () -> eval("1 / 0"));
        ExpressionParser.SyntaxError syntax = assertThrows(ExpressionParser.SyntaxError.class, () -> ExpressionParser.parse("1 +"));
        assertEquals(1, syntax.line);
        assertEquals(4, syntax.column);
        assertTrue(syntax.getMessage().endsWith("<EOF> encountered."), syntax.getMessage());
        assertThrows(ExpressionParser.SyntaxError.class, () -> ExpressionParser.parse("x".repeat(1001)));
        assertThrows(ExpressionParser.SyntaxError.class, () -> ExpressionParser.parse("(".repeat(500) + "1" + ")".repeat(500)));
    }
}

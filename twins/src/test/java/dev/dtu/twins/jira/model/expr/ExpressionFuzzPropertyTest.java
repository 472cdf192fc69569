package dev.dtu.twins.jira.model.expr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary input is parsed or refused with a syntax error, and evaluated or refused with an evaluation failure. */
class ExpressionFuzzPropertyTest {
    private static final Map<String, Object> VARS = Map.of("issue", new Evaluator.Bean("Issue",
            Map.of("key", "DTU-1", "id", BigDecimal.ONE, "labels", List.of("a", "b"))));

    @Property(tries = 1500)
    void onlyJiraErrorsEscape(@ForAll("soup") String input) {
        Expression e;
        try {
            e = ExpressionParser.parse(input);
        } catch (ExpressionParser.SyntaxError s) {
            return;
        }
        try {
            Evaluator.evaluate(e, VARS);
        } catch (Evaluator.Failure f) {
            // a runtime failure is Jira's 400
        }
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> token = Arbitraries.of("issue", ".", "key", "labels", "map", "(", ")", "x", "=>", "x", "[",
                "]", "{", "}", ":", ",", "1", "0", "'s'", "+", "-", "*", "/", "%", "==", "<", "&&", "||", "!", "?",
                "length", "filter", "true", "null", "\"", "\n", "includes");
        return token.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }
}

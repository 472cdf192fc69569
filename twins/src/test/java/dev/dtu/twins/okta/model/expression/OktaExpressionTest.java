package dev.dtu.twins.okta.model.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Okta Expression Language as token claims use it: Okta's documented examples, then properties of the parser. */
class OktaExpressionTest {
    static final Map<String, Object> USER = Map.of("email", "grace.hopper@northwind.example", "firstName", "Grace",
            "department", "Navy");
    static final OktaExpression.Context GRACE = new OktaExpression.Context() {
        @Override
        public Object attribute(String object, String name) {
            return object.equals("user") || object.equals("appuser") ? USER.get(name) : null;
        }

        @Override
        public List<String[]> groups() {
            return List.of(new String[] {"00g1", "Everyone"}, new String[] {"00g2", "Engineering"});
        }
    };

    static Object eval(String expression) {
        return OktaExpression.evaluate(expression, GRACE);
    }

    @Test
    void oktasDocumentedExamples() {
        assertEquals("grace.hopper", eval("String.substringBefore(user.email, \"@\")"));
        assertEquals("northwind.example", eval("String.substringAfter(user.email, '@')"));
        assertEquals("GRACE", eval("String.toUpperCase(user.firstName)"));
        assertEquals("Grace Navy", eval("user.firstName + \" \" + user.department"));
        assertEquals(true, eval("isMemberOfGroupName(\"Engineering\") AND user.department == \"Navy\""));
        assertEquals("eng", eval("isMemberOfGroupNameStartsWith(\"Eng\") ? \"eng\" : \"other\""));
        assertEquals(List.of("Engineering"), eval("Groups.startsWith(\"OKTA\", \"Eng\", 10)"));
        assertEquals(true, eval("Arrays.contains({\"a\", \"b\"}, \"b\")"));
        assertEquals(5L, eval("String.len(user.firstName)"));
        assertNull(eval("user.nickName"), "an attribute nobody set is null");
        assertEquals("driving!", eval("\"driving!\""));
    }

    @Test
    void malformedExpressionsAreRefused() {
        for (String bad : List.of("", "\"open", "user.", "String.nothing(1)", "1 +", "(1", "user.email user.email")) {
            assertThrows(IllegalArgumentException.class, () -> eval(bad), bad);
        }
    }

    @Property(tries = 200)
    void aStringLiteralIsItself(@ForAll @AlphaChars @NumericChars @StringLength(max = 30) String s) {
        assertEquals(s, eval("\"" + s + "\""));
        assertEquals(s, eval("'" + s + "'"));
    }

    @Property(tries = 200)
    void concatenationAndCaseAgreeWithJava(@ForAll @AlphaChars @StringLength(max = 20) String a,
            @ForAll @AlphaChars @StringLength(max = 20) String b) {
        assertEquals(a + b, eval("\"" + a + "\" + \"" + b + "\""));
        assertEquals((a + b).toUpperCase(Locale.ROOT), eval("String.toUpperCase(\"" + a + "\" + '" + b + "')"));
        assertEquals(a.equals(b), eval("\"" + a + "\" == \"" + b + "\""));
        assertEquals(!a.equals(b), eval("\"" + a + "\" != \"" + b + "\""));
    }

    @Property(tries = 200)
    void arithmeticAndComparisonAgreeWithJava(@ForAll("small") int x, @ForAll("small") int y) {
        assertEquals((long) x + y, eval(x + " + " + y));
        assertEquals(x < y, eval(x + " < " + y));
        assertEquals(x >= y ? "ge" : "lt", eval(x + " >= " + y + " ? 'ge' : 'lt'"));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> small() {
        return net.jqwik.api.Arbitraries.integers().between(0, 100000);
    }
}

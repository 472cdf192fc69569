package dev.dtu.server.resource.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    private static Filter.Comparison cmp(String path, Operator op, Literal value) {
        return new Filter.Comparison(path, op, value);
    }

    private static Filter.Comparison eq(String path, String value) {
        return cmp(path, Operator.EQ, Literal.of(value));
    }

    @Test
    void readsTheDocumentedUserFilters() {
        assertEquals(eq("status", "LOCKED_OUT"), FilterParser.parse("status eq \"LOCKED_OUT\""));
        assertEquals(eq("profile.login", "login@example.com"), FilterParser.parse("profile.login eq \"login@example.com\""));
        assertEquals(new Filter.And(
                        cmp("lastUpdated", Operator.GT, Literal.of("2013-06-01T00:00:00.000Z")),
                        cmp("lastUpdated", Operator.LT, Literal.of("2014-01-01T00:00:00.000Z"))),
                FilterParser.parse("lastUpdated gt \"2013-06-01T00:00:00.000Z\" and lastUpdated lt \"2014-01-01T00:00:00.000Z\""));
    }

    @Test
    void readsTheDocumentedSearchWithGrouping() {
        Filter parsed = FilterParser.parse("profile.department eq \"Engineering\" and "
                + "(created lt \"2014-01-01T00:00:00.000Z\" or status eq \"ACTIVE\")");
        assertEquals(new Filter.And(eq("profile.department", "Engineering"),
                new Filter.Or(cmp("created", Operator.LT, Literal.of("2014-01-01T00:00:00.000Z")),
                        eq("status", "ACTIVE"))), parsed);
    }

    @Test
    void andBindsTighterThanOrAndBothGroupToTheLeft() {
        Filter a = eq("a", "1");
        Filter b = eq("b", "2");
        Filter c = eq("c", "3");
        assertEquals(new Filter.Or(a, new Filter.And(b, c)), FilterParser.parse("a eq \"1\" or b eq \"2\" and c eq \"3\""));
        assertEquals(new Filter.Or(new Filter.Or(a, b), c), FilterParser.parse("a eq \"1\" or b eq \"2\" or c eq \"3\""));
        assertEquals(new Filter.And(new Filter.And(a, b), c), FilterParser.parse("a eq \"1\" and b eq \"2\" and c eq \"3\""));
    }

    @Test
    void operatorsAndKeywordsIgnoreCaseButPathsDoNot() {
        assertEquals(new Filter.And(eq("Status", "ACTIVE"), new Filter.Not(new Filter.Present("profile.Email"))),
                FilterParser.parse("Status EQ \"ACTIVE\" AND NOT (profile.Email PR)"));
    }

    @Test
    void readsEveryOperatorAndLiteralKind() {
        assertEquals(cmp("n", Operator.NE, new Literal.Num(new BigDecimal("-1.5e3"))), FilterParser.parse("n ne -1.5e3"));
        assertEquals(cmp("n", Operator.GE, new Literal.Num(BigDecimal.ZERO)), FilterParser.parse("n ge 0"));
        assertEquals(cmp("n", Operator.LE, new Literal.Num(new BigDecimal("2E+5"))), FilterParser.parse("n le 2E+5"));
        assertEquals(cmp("b", Operator.EQ, Literal.of(true)), FilterParser.parse("b eq true"));
        assertEquals(cmp("b", Operator.EQ, Literal.of(false)), FilterParser.parse("b eq FALSE"));
        assertEquals(cmp("x", Operator.EQ, new Literal.Null()), FilterParser.parse("x eq null"));
        assertEquals(cmp("s", Operator.SW, Literal.of("Sm")), FilterParser.parse("s sw \"Sm\""));
        assertEquals(cmp("s", Operator.CO, Literal.of("mit")), FilterParser.parse("s co \"mit\""));
        assertEquals(new Filter.Present("profile.mobilePhone"), FilterParser.parse("profile.mobilePhone pr"));
    }

    @Test
    void decodesJsonStringEscapes() {
        assertEquals(eq("s", "a\"b\\c/d\b\f\n\r\t\u00e9\u00C9"),
                FilterParser.parse("s eq \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u00C9\""));
    }

    @Test
    void keywordsCanStillBeAttributeNames() {
        assertEquals(new Filter.Or(eq("not", "x"), eq("and", "y")), FilterParser.parse("not eq \"x\" or and eq \"y\""));
    }

    @Test
    void printsOnlyTheParenthesesTheStructureNeeds() {
        Filter a = eq("a", "1");
        Filter b = eq("b", "2");
        Filter c = eq("c", "3");
        assertEquals("(a eq \"1\" or b eq \"2\") and c eq \"3\"", new Filter.And(new Filter.Or(a, b), c).print());
        assertEquals("a eq \"1\" and (b eq \"2\" and c eq \"3\")", new Filter.And(a, new Filter.And(b, c)).print());
        assertEquals("a eq \"1\" or b eq \"2\" and c eq \"3\"", new Filter.Or(a, new Filter.And(b, c)).print());
        assertEquals("not (a eq \"1\")", new Filter.Not(a).print());
        assertEquals("s eq \"q\\\"\\\\\\n\\u0001\"", eq("s", "q\"\\\n\u0001").print());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "status", "status eq", "status eq \"ACTIVE", "status eq ACTIVE", "status = \"ACTIVE\"",
        "status equals \"ACTIVE\"", "status eq \"A\" and", "and status eq \"A\"", "(status eq \"A\"",
        "status eq \"A\")", "not status eq \"A\"", "not ()", "()", "status eq \"\\x\"", "status eq \"\\u12\"",
        "status eq \"\\u12g4\"", "status eq \"a\\", "n eq 01", "n eq 1.", "n eq -", "n eq .5", "n eq 1e",
        "n eq 1e99999999999", "profile..x eq 1", "profile. eq 1", "9lives eq 1", "status eq \"A\" status eq \"B\"",
        "status pr \"A\"", "status eq (\"A\")", "lastUpdated gt \"2013-06-01T00:00:00.000Z\" & id eq \"1\"",
        "status eq 'ACTIVE'", "profile.name eq \"x\" or", "status eq \"A\" or or"
    })
    void malformedExpressionsAreOktasInvalidSearchCriteria(String expression) {
        FilterException e = assertThrows(FilterException.class, () -> FilterParser.parse(expression));
        assertEquals(FilterException.Kind.INVALID_CRITERIA, e.kind());
        assertTrue(!e.reason().isBlank());
    }

    @Test
    void reasonsPointAtTheProblem() {
        assertEquals("unexpected character '=' at position 7",
                assertThrows(FilterException.class, () -> FilterParser.parse("status = \"A\"")).reason());
        assertEquals("unterminated string starting at position 10",
                assertThrows(FilterException.class, () -> FilterParser.parse("status eq \"A")).reason());
        assertEquals("unknown operator 'is' at position 7",
                assertThrows(FilterException.class, () -> FilterParser.parse("status is \"A\"")).reason());
    }

    @Test
    void deepNestingIsRejectedInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(10_000) + "a eq 1" + ")".repeat(10_000);
        assertThrows(FilterException.class, () -> FilterParser.parse(deep));
        String notChain = "not (".repeat(10_000) + "a eq 1" + ")".repeat(10_000);
        assertThrows(FilterException.class, () -> FilterParser.parse(notChain));
        String allowed = "(".repeat(FilterParser.MAX_NESTING) + "a eq 1" + ")".repeat(FilterParser.MAX_NESTING);
        assertEquals(cmp("a", Operator.EQ, Literal.of(1)), FilterParser.parse(allowed));
    }

    @Test
    void overlyLongExpressionsAreRejected() {
        String terms = String.join(" or ", java.util.Collections.nCopies(FilterParser.MAX_TERMS, "id eq \"00u1\""));
        assertTrue(FilterParser.parse(terms) instanceof Filter.Or);
        assertThrows(FilterException.class, () -> FilterParser.parse(terms + " or id eq \"00u2\""));
    }

    @Test
    void aComparisonCannotUsePresent() {
        assertThrows(IllegalArgumentException.class, () -> cmp("a", Operator.PR, Literal.of("x")));
    }
}

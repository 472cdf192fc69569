package dev.dtu.server.resource.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterEvaluatorTest {

    private static final FilterEvaluator FILTER = new FilterEvaluator(StringMatching.EXACT);
    private static final FilterEvaluator SEARCH = new FilterEvaluator(StringMatching.IGNORE_CASE);

    private static final FilterTarget USER = FilterTarget.ofTree(Map.of(
            "id", "00u1ero7vZFVEIYLWPBN",
            "status", FilterGenerators.Status.ACTIVE,
            "lastUpdated", Instant.parse("2026-03-01T10:00:00Z"),
            "created", OffsetDateTime.parse("2013-12-31T23:00:00-07:00"),
            "profile", Map.of(
                    "firstName", "Isaac",
                    "lastName", "Brock",
                    "email", "isaac.brock@example.com",
                    "arrayAttr", List.of("arrayAttrVal1", "arrayAttrVal2"),
                    "age", 42,
                    "score", 4.5d,
                    "admin", true,
                    "nickName", "")));

    private static boolean filter(String expression) {
        return FILTER.matches(FilterParser.parse(expression), USER);
    }

    private static boolean search(String expression) {
        return SEARCH.matches(FilterParser.parse(expression), USER);
    }

    @Test
    void statusIsComparedByName() {
        assertTrue(filter("status eq \"ACTIVE\""));
        assertFalse(filter("status eq \"STAGED\""));
        assertTrue(filter("id eq \"00u1ero7vZFVEIYLWPBN\""));
    }

    @Test
    void filterValuesAreCaseSensitiveAndSearchValuesAreNot() {
        assertFalse(filter("profile.lastName eq \"brock\""));
        assertTrue(search("profile.lastName eq \"brock\""));
        assertTrue(search("profile.email sw \"ISAAC\""));
        assertFalse(filter("profile.email sw \"ISAAC\""));
    }

    @Test
    void datesCompareAsInstantsWhateverTheOffset() {
        assertTrue(filter("lastUpdated gt \"2026-01-01T00:00:00.000Z\""));
        assertFalse(filter("lastUpdated lt \"2026-01-01T00:00:00.000Z\""));
        assertTrue(filter("lastUpdated eq \"2026-03-01T12:00:00.000+02:00\""));
        assertTrue(filter("lastUpdated ge \"2026-03-01T10:00:00.000Z\" and lastUpdated le \"2026-03-01T10:00:00Z\""));
        assertTrue(filter("created gt \"2014-01-01T00:00:00.000Z\" and created lt \"2014-01-01T00:00:00.000-07:00\""));
        assertFalse(filter("lastUpdated sw \"2026\""));
    }

    @Test
    void aDateAttributeComparedWithANonDateIsOktasInvalidDate() {
        FilterException e = assertThrows(FilterException.class, () -> filter("lastUpdated gt \"yesterday\""));
        assertEquals(FilterException.Kind.INVALID_DATE, e.kind());
    }

    @Test
    void theDocumentedWorkaroundForNeMatchesEveryOtherStatus() {
        String notStaged = "(status lt \"STAGED\" or status gt \"STAGED\")";
        assertTrue(filter(notStaged));
        FilterTarget staged = FilterTarget.of(Map.of("status", FilterGenerators.Status.STAGED));
        assertFalse(FILTER.matches(FilterParser.parse(notStaged), staged));
    }

    @Test
    void anArrayMatchesWhenAnyElementDoes() {
        assertTrue(filter("profile.arrayAttr eq \"arrayAttrVal2\""));
        assertFalse(filter("profile.arrayAttr eq \"arrayAttrVal3\""));
        assertFalse(filter("profile.arrayAttr ne \"arrayAttrVal1\""));
        assertTrue(filter("profile.arrayAttr ne \"arrayAttrVal3\""));
        assertTrue(filter("profile.arrayAttr pr"));
    }

    @Test
    void numbersCompareByValue() {
        assertTrue(filter("profile.age eq 42.0"));
        assertTrue(filter("profile.age ge 42 and profile.age le 4.2e1"));
        assertTrue(filter("profile.score gt 4 and profile.score le 4.5"));
        assertFalse(filter("profile.age eq \"42\""));
    }

    @Test
    void booleansOnlyCompareForEquality() {
        assertTrue(filter("profile.admin eq true"));
        assertFalse(filter("profile.admin eq false"));
        assertFalse(filter("profile.admin gt false"));
        assertTrue(filter("profile.admin ne false"));
    }

    @Test
    void stringOperators() {
        assertTrue(filter("profile.firstName sw \"Isa\""));
        assertTrue(filter("profile.email co \"brock@\""));
        assertFalse(filter("profile.email co \"Brock@\""));
        assertTrue(filter("profile.lastName gt \"Adams\" and profile.lastName lt \"Carter\""));
        assertFalse(filter("profile.age sw \"4\""));
    }

    @Test
    void missingAttributesMatchOnlyNegations() {
        assertFalse(filter("profile.department eq \"Engineering\""));
        assertTrue(filter("profile.department ne \"Engineering\""));
        assertTrue(filter("profile.department eq null"));
        assertFalse(filter("profile.department ne null"));
        assertFalse(filter("profile.department pr"));
        assertTrue(filter("not (profile.department pr)"));
        assertFalse(filter("profile.firstName eq null"));
        assertTrue(filter("profile.firstName ne null"));
    }

    @Test
    void emptyStringsAndNullsAreNotPresent() {
        assertFalse(filter("profile.nickName pr"));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("profile.city", null);
        attributes.put("profile.tags", List.of());
        assertFalse(FILTER.matches(FilterParser.parse("profile.city pr or profile.tags pr"), FilterTarget.of(attributes)));
    }

    @Test
    void logicalOperatorsCombine() {
        assertTrue(filter("status eq \"STAGED\" or profile.firstName eq \"Isaac\""));
        assertFalse(filter("status eq \"STAGED\" and profile.firstName eq \"Isaac\""));
        assertTrue(filter("not (status eq \"STAGED\") and (profile.age gt 40 or profile.age lt 10)"));
    }

    @Test
    void treeTargetsStopAtNonObjects() {
        assertFalse(filter("profile.firstName.first eq \"I\""));
        assertFalse(filter("id.x pr"));
        assertEquals(BigDecimal.valueOf(42), new BigDecimal(USER.attribute("profile.age").orElseThrow().toString()));
    }
}

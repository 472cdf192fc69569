package dev.dtu.server.resource;

import static dev.dtu.server.resource.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.resource.filter.FilterException;
import dev.dtu.server.state.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Okta's {@code q}, {@code filter} and {@code search} on a declared list, and its errors for bad expressions. */
class DeclaredQueryTest {
    static final OktaConvention OKTA = new OktaConvention();
    static final DeclaredResource WIDGETS = new DeclaredResource(Fixture.declaration("okta", """
            query:
              q: [name, site]
              filter: {id: [eq], color: [eq], size: [eq, gt, lt], kind: [eq]}
              search: {name: [eq, sw, co], color: [eq]}
              paths: {kind: tags}
            """), Schema.of(Fixture.DOC, "Widget"), Hooks.NONE, OKTA::time);

    static State seeded(List<String> bodies) {
        State s = State.EMPTY;
        for (String body : bodies) {
            s = Fixture.write(s, w -> WIDGETS.create(w, null, json(body)));
        }
        return s;
    }

    static final State FOUR = seeded(List.of(
            "{name: Alpha, color: red, size: 1, tags: [a, b]}",
            "{name: alps, color: blue, size: 5, site: 'https://beta.example'}",
            "{name: Beta, color: blue, size: 9, tags: [b]}",
            "{name: Gamma, color: red}"));

    static Response list(State s, String... query) {
        Request request = Fixture.get("/widgets", query);
        List<Resource> live = WIDGETS.list(s, null);
        try {
            return OKTA.page(request, WIDGETS.declaration(), live, r -> OKTA.render(request, WIDGETS.declaration(), r, "/widgets/" + r.id()));
        } catch (FilterException e) {
            return OKTA.invalidQuery(request, WIDGETS.declaration(), e);
        }
    }

    static List<String> names(Response r) {
        List<String> out = new ArrayList<>();
        Json.parse(r.body()).forEach(w -> out.add(w.path("name").asText()));
        return out;
    }

    @Test
    void qIsAPrefixOfAnyDeclaredFieldIgnoringCase() {
        assertEquals(List.of("Alpha", "alps"), names(list(FOUR, "q", "AL")));
        assertEquals(List.of("Beta"), names(list(FOUR, "q", "b")), "site https://beta… does not start with b; Beta does");
        assertEquals(List.of("alps"), names(list(FOUR, "q", "https://b")));
    }

    @Test
    void filterIsExactAndSearchIgnoresCaseAndAllowsNot() {
        assertEquals(List.of("alps", "Beta"), names(list(FOUR, "filter", "color eq \"blue\"")));
        assertEquals(List.of(), names(list(FOUR, "filter", "color eq \"BLUE\"")));
        assertEquals(List.of("alps", "Beta"), names(list(FOUR, "search", "color eq \"BLUE\"")));
        assertEquals(List.of("Alpha", "Gamma"), names(list(FOUR, "search", "not (color eq \"blue\")")));
        assertEquals(List.of("Beta"), names(list(FOUR, "filter", "size gt 1 and size gt 5")));
        assertEquals(List.of("Alpha", "Beta"), names(list(FOUR, "filter", "kind eq \"b\"")), "an alias into an array");
        String id = WIDGETS.list(FOUR, null).get(3).id();
        assertEquals(List.of("Gamma"), names(list(FOUR, "filter", "(id eq \"nope\" or id eq \"" + id + "\")")));
    }

    @Test
    void undeclaredAttributesOperatorsAndBadSyntaxAreE0000031() {
        for (String bad : List.of("name eq \"Alpha\"", "color sw \"r\"", "not (color eq \"red\")", "color eq", "((color eq \"red\")")) {
            Response r = list(FOUR, "filter", bad);
            assertEquals(400, r.status(), bad);
            JsonNode body = Json.parse(r.body());
            assertEquals("E0000031", body.path("errorCode").asText(), bad);
            assertEquals("Invalid search criteria.", body.path("errorSummary").asText());
        }
    }

    @Test
    void searchWithFilterIsE0000033() {
        Response r = list(FOUR, "search", "color eq \"blue\"", "filter", "color eq \"blue\"");
        assertEquals(400, r.status());
        JsonNode body = Json.parse(r.body());
        assertEquals("E0000033", body.path("errorCode").asText());
        assertEquals("Bad request. Can't specify a search query and filter in the same request.", body.path("errorSummary").asText());
    }

    @Test
    void aListWithoutAQueryIgnoresTheParameters() {
        DeclaredResource plain = Fixture.widgets("okta", OKTA);
        State s = Fixture.write(State.EMPTY, w -> plain.create(w, null, json("{name: one}")));
        Request request = Fixture.get("/widgets", "filter", "nonsense (", "q", "zzz");
        Response r = OKTA.page(request, plain.declaration(), plain.list(s, null), res -> OKTA.render(request, plain.declaration(), res, "/x"));
        assertEquals(1, Json.parse(r.body()).size());
    }

    @Property(tries = 60)
    void qKeepsExactlyTheItemsWithAPrefixInCreationOrder(@ForAll("names") List<String> names, @ForAll("prefixes") String q) {
        List<String> bodies = names.stream().map(n -> "{name: '" + n + "'}").toList();
        State s = seeded(bodies);
        List<String> expected = new ArrayList<>();
        for (Resource r : WIDGETS.list(s, null)) {
            if (r.text("name").toLowerCase(Locale.ROOT).startsWith(q.toLowerCase(Locale.ROOT))) {
                expected.add(r.text("name"));
            }
        }
        assertEquals(expected, names(list(s, "q", q, "limit", "200")));
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("abAB").ofMinLength(1).ofMaxLength(4).list().uniqueElements(n -> n.toLowerCase(Locale.ROOT)).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.strings().withChars("abAB").ofMinLength(0).ofMaxLength(2);
    }
}

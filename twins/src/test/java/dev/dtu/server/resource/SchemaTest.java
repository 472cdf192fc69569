package dev.dtu.server.resource;

import static dev.dtu.server.resource.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dtu.server.resource.Violation.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaTest {
    final Schema widget = Schema.of(Fixture.DOC, "Widget");
    final Schema zone = Schema.of(Fixture.DOC, "Zone");

    static List<String> problems(List<Violation> vs) {
        return vs.stream().map(v -> v.field() + " " + v.problem()).toList();
    }

    @Test
    void aValidValueHasNoViolations() {
        assertEquals(List.of(), widget.validate(json("{name: w, color: blue, size: 3, site: 'https://x.example', tags: [a]}")));
    }

    @Test
    void eachRuleNamesItsField() {
        assertEquals(List.of("name REQUIRED"), problems(widget.validate(json("{color: red}"))));
        assertEquals(List.of("name REQUIRED"), problems(widget.validate(json("{name: ''}"))));
        assertEquals(List.of("name MAX_LENGTH"), problems(widget.validate(json("{name: elevenchars}"))));
        assertEquals(List.of("color ENUM"), problems(widget.validate(json("{name: w, color: green}"))));
        assertEquals(List.of("size TYPE"), problems(widget.validate(json("{name: w, size: '3'}"))));
        assertEquals(List.of("site FORMAT"), problems(widget.validate(json("{name: w, site: 'no scheme'}"))));
        assertEquals(List.of("tags MAX_ITEMS"), problems(widget.validate(json("{name: w, tags: [a, b, c]}"))));
        assertEquals(List.of("tags[1] TYPE"), problems(widget.validate(json("{name: w, tags: [a, 2]}"))));
        assertEquals(List.of("name REQUIRED", "size TYPE"), problems(widget.validate(json("{size: x}"))));
    }

    @Test
    void theViolationCarriesTheRuleAndTheValue() {
        Violation v = widget.validate(json("{name: w, color: green}")).get(0);
        assertEquals(new Violation("color", Problem.ENUM, "red, blue", json("green")), v);
    }

    @Test
    void readOnlyAndDefaultsComeFromTheSchema() {
        assertEquals(Set.of("id", "status", "created"), widget.readOnly(json("{}")));
        assertEquals(json("{color: red}"), widget.defaults(json("{}")));
    }

    @Test
    void theDiscriminatorPicksTheSubtypeAndItsRequiredFields() {
        assertEquals(List.of("gateways REQUIRED"), problems(zone.validate(json("{name: z, type: IP}"))));
        assertEquals(List.of("gateways[0].value REQUIRED"), problems(zone.validate(json("{name: z, type: IP, gateways: [{}]}"))));
        assertEquals(List.of(), zone.validate(json("{name: z, type: DYNAMIC}")));
        assertEquals(List.of("type ENUM"), problems(zone.validate(json("{name: z, type: OTHER}"))));
    }
}

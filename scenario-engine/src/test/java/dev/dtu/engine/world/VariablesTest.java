package dev.dtu.engine.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.engine.scenario.Generator;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VariablesTest {
    static Map<String, Generator> generators() {
        Map<String, Generator> g = new LinkedHashMap<>();
        g.put("who", new Generator.Person("support"));
        g.put("n", new Generator.IntRange(3, 9));
        g.put("words", new Generator.Words(2, 5));
        g.put("flag", new Generator.Bool(0.5));
        g.put("pick", new Generator.Pick(List.of(TextNode.valueOf("a"), TextNode.valueOf("b"))));
        g.put("line", new Generator.Template("${who} x${n}"));
        return g;
    }

    @Property(tries = 200)
    void theSameSeedDrawsTheSameWorldAndValuesStayInRange(@ForAll long seed) {
        SeedDocument world = SeedDocument.defaultSeed();
        Map<String, JsonNode> a = Variables.draw(generators(), world, seed, Set.of());
        assertEquals(a, Variables.draw(generators(), world, seed, Set.of()));
        long n = a.get("n").asLong();
        assertTrue(n >= 3 && n <= 9);
        int words = a.get("words").asText().split(" ").length;
        assertTrue(words >= 2 && words <= 5);
        assertTrue(List.of("grace", "katherine").contains(a.get("who").asText()), a.get("who").asText());
        assertEquals(a.get("who").asText() + " x" + n, a.get("line").asText());
    }

    @Property(tries = 100)
    void simplifyingOneVariableLeavesTheOthersAsDrawn(@ForAll long seed) {
        SeedDocument world = SeedDocument.defaultSeed();
        Map<String, JsonNode> drawn = Variables.draw(generators(), world, seed, Set.of());
        Map<String, JsonNode> simpler = Variables.draw(generators(), world, seed, Set.of("n"));
        assertEquals(3, simpler.get("n").asLong());
        assertEquals(drawn.get("words"), simpler.get("words"));
        assertEquals(drawn.get("who"), simpler.get("who"));
        assertEquals(drawn.get("who").asText() + " x3", simpler.get("line").asText(), "templates follow what they use");
    }

    @Test
    void simplestValues() {
        Map<String, JsonNode> v = Variables.draw(generators(), SeedDocument.defaultSeed(), 7,
                Set.of("who", "n", "words", "flag", "pick"));
        assertEquals("grace", v.get("who").asText());
        assertEquals(3, v.get("n").asLong());
        assertEquals("login page", v.get("words").asText());
        assertEquals(false, v.get("flag").asBoolean());
        assertEquals("a", v.get("pick").asText());
    }

    @Test
    void templatesKeepTypesForWholeReferencesAndReachIntoObjects() {
        Map<String, JsonNode> vars = Map.of("n", Json.MAPPER.valueToTree(4), "post", Json.parseYaml("{ts: '1.2', channel: C1}"));
        assertEquals(4, Template.fill(TextNode.valueOf("${n}"), vars).asInt());
        assertTrue(Template.fill(TextNode.valueOf("${n}"), vars).isNumber());
        assertEquals("at 1.2 in C1", Template.fill(TextNode.valueOf("at ${post.ts} in ${post.channel}"), vars).asText());
        assertEquals(Set.of("n", "post"), Template.references(Json.parseYaml("{a: '${n}', b: ['${post.ts}']}")));
    }

    @Test
    void aWeightedPickDrawsInProportionAndNeverAZeroWeight() {
        Map<String, Generator> g = Map.of("p", new Generator.Pick(List.of(TextNode.valueOf("never"), TextNode.valueOf("rare"),
                TextNode.valueOf("often")), List.of(0.0, 1.0, 3.0)));
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (long seed = 0; seed < 4000; seed++) {
            counts.merge(Variables.draw(g, SeedDocument.defaultSeed(), dev.dtu.engine.sweep.Seeds.of(1, "weights", (int) seed), Set.of()).get("p").asText(), 1, Integer::sum);
        }
        assertEquals(Set.of("rare", "often"), counts.keySet(), counts.toString());
        double often = counts.get("often") / 4000.0;
        assertTrue(often > 0.70 && often < 0.80, "about 3 in 4: " + counts);
        assertEquals("never", Variables.draw(g, SeedDocument.defaultSeed(), 1, Set.of("p")).get("p").asText(), "simplest: the first");
    }
}

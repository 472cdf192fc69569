package dev.dtu.server.resource.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.http.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The field mask against a model of Google's partial-response grammar: any mask written in any of its equivalent
 * spellings ({@code a/b}, {@code a.b}, {@code a(b)}, spaces) keeps exactly the parts a brute-force walk over its
 * paths keeps; two masks joined by a comma keep the merge of what each keeps; any text is a mask or an
 * {@link FieldMask.Invalid}, nothing else.
 */
class FieldMaskPropertyTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "d");

    /** One selection of the grammar, with how it is spelled: a star, a name, a path step or a group. */
    record Sel(String name, String sep, Sel step, List<Sel> group, String space) {
        String print() {
            String head = space + name + space;
            if (step != null) {
                return head + sep + step.print();
            }
            if (group != null) {
                return head + "(" + group.stream().map(Sel::print).collect(Collectors.joining(",")) + ")";
            }
            return head;
        }

        List<List<String>> paths() {
            List<List<String>> out = new ArrayList<>();
            List<Sel> below = step != null ? List.of(step) : group;
            if (below == null) {
                out.add(List.of(name));
                return out;
            }
            for (Sel s : below) {
                for (List<String> p : s.paths()) {
                    List<String> full = new ArrayList<>(List.of(name));
                    full.addAll(p);
                    out.add(full);
                }
            }
            return out;
        }
    }

    @Property(tries = 400)
    void keepsWhatItsPathsKeepInEverySpelling(@ForAll("masks") List<Sel> mask, @ForAll("documents") JsonNode doc) {
        String text = mask.stream().map(Sel::print).collect(Collectors.joining(","));
        List<List<String>> paths = mask.stream().flatMap(s -> s.paths().stream()).toList();
        assertEquals(keep(doc, paths), FieldMask.parse(text).apply(doc), text);
    }

    @Property(tries = 300)
    void aCommaKeepsTheMergeOfBothSides(@ForAll("masks") List<Sel> left, @ForAll("masks") List<Sel> right,
                                       @ForAll("documents") JsonNode doc) {
        String l = left.stream().map(Sel::print).collect(Collectors.joining(","));
        String r = right.stream().map(Sel::print).collect(Collectors.joining(","));
        JsonNode merged = merge(FieldMask.parse(l).apply(doc), FieldMask.parse(r).apply(doc));
        assertEquals(merged, FieldMask.parse(l + "," + r).apply(doc), l + " | " + r);
    }

    @Property(tries = 300)
    void theLeafPathsSelectWhatTheMaskSelects(@ForAll("masks") List<Sel> mask, @ForAll("documents") JsonNode doc) {
        FieldMask parsed = FieldMask.parse(mask.stream().map(Sel::print).collect(Collectors.joining(",")));
        assertEquals(parsed.apply(doc), FieldMask.parse(String.join(",", parsed.paths())).apply(doc));
    }

    @Property(tries = 1000)
    void anyTextIsAMaskOrInvalid(@ForAll("texts") String text) {
        try {
            FieldMask.parse(text).apply(Json.object());
        } catch (FieldMask.Invalid expected) {
            assertEquals("Invalid field selection " + text, expected.getMessage());
        }
    }

    @Provide
    Arbitrary<List<Sel>> masks() {
        return sel(3).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab*/.(), _-").ofMaxLength(14);
    }

    @Provide
    Arbitrary<JsonNode> documents() {
        return node(3);
    }

    private static Arbitrary<Sel> sel(int depth) {
        Arbitrary<String> space = Arbitraries.of("", "", " ");
        Arbitrary<Sel> star = space.map(s -> new Sel("*", null, null, null, s));
        Arbitrary<Sel> name = Combinators.combine(Arbitraries.of(NAMES), space).as((n, s) -> new Sel(n, null, null, null, s));
        if (depth == 0) {
            return Arbitraries.frequencyOf(Tuple.of(1, star), Tuple.of(4, name));
        }
        Arbitrary<Sel> below = Arbitraries.lazy(() -> sel(depth - 1));
        Arbitrary<Sel> step = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of("/", "."), below, space)
                .as((n, sep, s, sp) -> new Sel(n, sep, s, null, sp));
        Arbitrary<Sel> group = Combinators.combine(Arbitraries.of(NAMES), below.list().ofMinSize(1).ofMaxSize(3), space)
                .as((n, g, sp) -> new Sel(n, null, null, g, sp));
        return Arbitraries.frequencyOf(Tuple.of(1, star), Tuple.of(3, name),
                Tuple.of(3, step), Tuple.of(3, group));
    }

    private static Arbitrary<JsonNode> node(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(Arbitraries.integers().between(0, 9).map(IntNode::valueOf),
                Arbitraries.of("x", "y").map(TextNode::valueOf));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonNode> below = Arbitraries.lazy(() -> node(depth - 1));
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.of("a", "b", "c", "d", "e"), below).ofMaxSize(4)
                .map(FieldMaskPropertyTest::object);
        Arbitrary<JsonNode> array = below.list().ofMaxSize(3).map(items -> {
            ArrayNode out = Json.array();
            items.forEach(out::add);
            return out;
        });
        return Arbitraries.frequencyOf(Tuple.of(1, scalar), Tuple.of(4, object),
                Tuple.of(1, array));
    }

    private static JsonNode object(Map<String, JsonNode> fields) {
        ObjectNode out = Json.object();
        fields.forEach(out::set);
        return out;
    }

    /** The model: a node is kept whole when a path ends at it (or at a star below it), else field by field. */
    private static JsonNode keep(JsonNode node, List<List<String>> paths) {
        if (paths.stream().anyMatch(p -> p.isEmpty() || p.equals(List.of("*")))) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode out = Json.array();
            node.forEach(e -> out.add(keep(e, paths)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            List<List<String>> below = paths.stream().filter(p -> p.get(0).equals(f.getKey()))
                    .map(p -> p.subList(1, p.size())).toList();
            if (!below.isEmpty()) {
                out.set(f.getKey(), keep(f.getValue(), below));
            }
        }
        return out;
    }

    /** Two partial copies of one document merged back: objects field by field, arrays element by element. */
    private static JsonNode merge(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            ObjectNode out = ((ObjectNode) a).deepCopy();
            b.fields().forEachRemaining(f -> out.set(f.getKey(), out.has(f.getKey()) ? merge(out.get(f.getKey()), f.getValue()) : f.getValue()));
            return out; // objects compare regardless of field order
        }
        if (a.isArray() && b.isArray()) {
            ArrayNode out = Json.array();
            for (int i = 0; i < a.size(); i++) {
                out.add(merge(a.get(i), b.get(i)));
            }
            return out;
        }
        return a;
    }
}

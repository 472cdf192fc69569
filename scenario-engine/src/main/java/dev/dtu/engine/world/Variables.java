package dev.dtu.engine.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.engine.scenario.Generator;
import dev.dtu.server.seed.Person;
import dev.dtu.server.seed.SeedDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws a trajectory's variables from its seed. The same (scenario, seed) always gives the same values;
 * names listed as simplified take their generator's simplest value instead (shrinking).
 */
public final class Variables {
    private Variables() {}

    public static Map<String, JsonNode> draw(Map<String, Generator> generators, SeedDocument world, long seed,
                                             Set<String> simplified) {
        Random random = new Random(seed);
        Map<String, JsonNode> vars = new LinkedHashMap<>();
        for (Map.Entry<String, Generator> e : generators.entrySet()) {
            // Every generator draws even when simplified, so later variables keep their values.
            JsonNode drawn = draw(e.getValue(), world, random, vars);
            vars.put(e.getKey(), simplified.contains(e.getKey()) ? simplest(e.getValue(), world, vars) : drawn);
        }
        return vars;
    }

    /** Whether shrinking can make this variable simpler than the value it has. */
    public static boolean canSimplify(Generator g, SeedDocument world, JsonNode value, Map<String, JsonNode> vars) {
        return !(g instanceof Generator.Template) && !simplest(g, world, vars).equals(value);
    }

    private static JsonNode draw(Generator g, SeedDocument world, Random random, Map<String, JsonNode> vars) {
        return switch (g) {
            case Generator.Pick p -> p.values().get(p.weights() == null ? random.nextInt(p.values().size()) : weighted(p.weights(), random));
            case Generator.IntRange r -> LongNode.valueOf(r.min() + (long) (random.nextDouble() * (r.max() - r.min() + 1)));
            case Generator.Words w -> TextNode.valueOf(Words.phrase(random, w.min() + random.nextInt(w.max() - w.min() + 1)));
            case Generator.Bool b -> BooleanNode.valueOf(random.nextDouble() < b.probability());
            case Generator.Person p -> {
                List<Person> people = people(world, p.group());
                yield TextNode.valueOf(people.get(random.nextInt(people.size())).id());
            }
            case Generator.Template t -> TextNode.valueOf(Template.fillString(t.text(), vars));
        };
    }

    /** The index whose share of the weights' sum the draw falls in (a zero weight is never drawn). */
    static int weighted(List<Double> weights, Random random) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double r = random.nextDouble() * total;
        int last = 0;
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) <= 0) {
                continue;
            }
            last = i;
            r -= weights.get(i);
            if (r < 0) {
                return i;
            }
        }
        return last;
    }

    private static JsonNode simplest(Generator g, SeedDocument world, Map<String, JsonNode> vars) {
        return switch (g) {
            case Generator.Pick p -> p.values().get(0);
            case Generator.IntRange r -> LongNode.valueOf(r.min());
            case Generator.Words w -> TextNode.valueOf(Words.simplest(w.min()));
            case Generator.Bool b -> BooleanNode.FALSE;
            case Generator.Person p -> TextNode.valueOf(people(world, p.group()).get(0).id());
            case Generator.Template t -> TextNode.valueOf(Template.fillString(t.text(), vars));
        };
    }

    static List<Person> people(SeedDocument world, String group) {
        List<Person> people = world.people().stream()
                .filter(p -> group == null || p.groups().contains(group))
                .toList();
        if (people.isEmpty()) {
            throw new IllegalArgumentException("no person" + (group == null ? "" : " in group '" + group + "'") + " in the seed");
        }
        return people;
    }
}

package dev.dtu.server.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.state.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The unique index against a scan: any sequence of creates, patches, replaces, deletes and resources put into the
 * state directly (as seeds do), each applied to the latest state or to an older one (as forks and restores do),
 * is refused for exactly the unique fields another live resource under the same parent holds, ignoring case.
 */
class UniqueIndexPropertyTest {
    private static final List<String> NAMES = List.of("ab", "AB", "aB", "cd", "ß", "SS", "ss", "ı", "I", "i");
    private static final List<String> PARENTS = List.of("p1", "p2");

    enum Op { CREATE, PATCH, REPLACE, DELETE, SEED }

    record Action(Op op, int parent, int name, int size, int pick, int base) {}

    @Provide
    Arbitrary<List<Action>> actions() {
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, NAMES.size() - 1), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 6))
                .as(Action::new).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void refusesExactlyWhatAScanFinds(@ForAll("actions") List<Action> actions) {
        DeclaredResource r = new DeclaredResource(declaration(), Schema.of(Fixture.DOC, "Widget"), Hooks.NONE,
                new OktaConvention()::time);
        List<State> history = new ArrayList<>(List.of(State.EMPTY));
        int seeded = 0;
        for (Action a : actions) {
            // mostly the latest state; now and then an older one, as a fork or a restore would write to
            State base = history.get(a.base() < 5 ? history.size() - 1 : a.pick() % history.size());
            List<Resource> live = new ArrayList<>(base.all(r.kind()).values());
            Resource target = live.isEmpty() ? null : live.get(a.pick() % live.size());
            String parent = PARENTS.get(a.parent());
            ObjectNode body = Json.object().put("name", NAMES.get(a.name()));
            if (a.size() > 0) {
                body.put("size", a.size());
            }
            Resource candidate;
            java.util.function.Consumer<Write> change;
            switch (a.op()) {
                case CREATE -> {
                    candidate = new Resource("new", parent, body);
                    change = w -> r.create(w, parent, body);
                }
                case PATCH, REPLACE -> {
                    if (target == null) {
                        continue;
                    }
                    ObjectNode after = a.op() == Op.PATCH ? target.body().deepCopy().put("name", NAMES.get(a.name())) : body;
                    candidate = new Resource(target.id(), target.parent(), after);
                    change = w -> {
                        if (a.op() == Op.PATCH) {
                            r.patch(w, target.parent(), target.id(), Json.object().put("name", NAMES.get(a.name())));
                        } else {
                            r.replace(w, target.parent(), target.id(), body);
                        }
                    };
                }
                case DELETE -> {
                    if (target == null) {
                        continue;
                    }
                    candidate = null;
                    change = w -> r.delete(w, target.parent(), target.id());
                }
                default -> {
                    String id = "seed" + seeded++;
                    history.add(Fixture.write(base, w -> w.tx().put(r.kind(), id, new Resource(id, parent, body.put("id", id)))));
                    continue;
                }
            }
            List<String> expected = candidate == null ? List.of() : scan(live, candidate);
            try {
                history.add(Fixture.write(base, change));
                assertTrue(expected.isEmpty(), "accepted a duplicate of " + expected + " by " + a);
            } catch (ResourceException e) {
                assertEquals(expected, e.violations().stream().map(Violation::field).toList(), a.toString());
            }
        }
    }

    /** The unique fields of {@code next} another live resource under its parent holds, by comparing every one. */
    private static List<String> scan(List<Resource> live, Resource next) {
        List<String> taken = new ArrayList<>();
        for (String field : List.of("name", "size")) {
            JsonNode mine = next.body().get(field);
            if (mine == null) {
                continue;
            }
            boolean held = live.stream().anyMatch(o -> !o.id().equals(next.id()) && Objects.equals(o.parent(), next.parent())
                    && o.body().has(field) && o.body().get(field).asText().equalsIgnoreCase(mine.asText()));
            if (held) {
                taken.add(field);
            }
        }
        return taken;
    }

    private static Declaration declaration() {
        ObjectNode raw = (ObjectNode) Json.parseYaml("""
                twin: okta
                schema: Widget
                kind: gadgetWidgets
                collection: /gadgets/{gadgetId}/widgets
                item: /gadgets/{gadgetId}/widgets/{widgetId}
                id: okta:wid
                operations: {list: listWidgets, create: createWidget, get: getWidget, replace: replaceWidget, patch: patchWidget, delete: deleteWidget}
                unique: [name, size]
                """);
        return Json.YAML.convertValue(raw, Declaration.class);
    }
}

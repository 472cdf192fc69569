package dev.dtu.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StateTest {
    record Thing(String name) {}

    static final Kind<Thing> THINGS = Kind.of("t", "things", Thing.class);

    /** put (remove=false) or remove of an id. */
    record Op(boolean remove, String id, String name) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().alpha().ofMaxLength(5)).as(Op::new);
        return op.list().ofMaxSize(40);
    }

    @Property
    void stateBehavesLikeASortedMapAndOldVersionsNeverChange(@ForAll("ops") List<Op> before, @ForAll("ops") List<Op> after) {
        Tx tx = new Tx(State.EMPTY);
        TreeMap<String, Thing> model = new TreeMap<>();
        apply(before, tx, model);
        State parent = tx.state();
        TreeMap<String, Thing> parentModel = new TreeMap<>(model);

        Tx fork = new Tx(parent);
        apply(after, fork, model);

        assertEquals(model, new TreeMap<>(fork.state().all(THINGS)));
        assertEquals(parentModel, new TreeMap<>(parent.all(THINGS)), "a write to a fork never shows in its parent");
        assertEquals(List.copyOf(model.keySet()), List.copyOf(fork.state().all(THINGS).keySet()), "ids stay sorted");
    }

    private static void apply(List<Op> ops, Tx tx, TreeMap<String, Thing> model) {
        for (Op op : ops) {
            if (op.remove()) {
                tx.remove(THINGS, op.id());
                model.remove(op.id());
            } else {
                tx.put(THINGS, op.id(), new Thing(op.name()));
                model.put(op.id(), new Thing(op.name()));
            }
        }
    }

    @Test
    void sequencesCountFromOneAndAreTracked() {
        Tx tx = new Tx(State.EMPTY);
        assertEquals(1, tx.next("msg"));
        assertEquals(2, tx.next("msg"));
        assertEquals(1, tx.next("other"));
        assertTrue(tx.dirty().contains(new EntityKey("dtu/sequences", "msg")));
    }

    @Test
    void removingTheLastEntityOfAKindLeavesNoTrace() {
        State s = State.EMPTY.with(THINGS, "a", new Thing("x")).without(THINGS, "a");
        assertTrue(s.byKind().isEmpty(), "as storage would read it back: no rows, no kind");
        assertTrue(s.all(THINGS).isEmpty());
    }

    @Test
    void listingsAreReadOnly() {
        State s = State.EMPTY.with(THINGS, "a", new Thing("x"));
        assertThrows(UnsupportedOperationException.class, () -> s.all(THINGS).put("b", new Thing("y")));
    }
}

package dev.dtu.server.resource;

import static dev.dtu.server.resource.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dtu.server.resource.Violation.Problem;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.state.State;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declaration's rules, without HTTP: defaults, read-only, write-once, uniqueness, lifecycle. */
class DeclaredResourceTest {
    final DeclaredResource widgets = Fixture.widgets("t", new OktaConvention());

    State with(String... bodies) {
        State s = State.EMPTY;
        for (String b : bodies) {
            s = Fixture.write(s, w -> widgets.create(w, null, json(b)));
        }
        return s;
    }

    @Test
    void createFillsDefaultsStatusStampsAndIgnoresReadOnlyInput() {
        State s = with("{name: a, status: INACTIVE, id: mine, created: yesterday}");
        Resource r = widgets.list(s, null).get(0);
        assertEquals("widdtu00000000000001", r.id());
        assertEquals(json("{name: a, color: red, status: ACTIVE, id: widdtu00000000000001, created: '2026-01-02T03:04:05.000Z'}"), r.body());
    }

    @Test
    void uniqueFieldsIgnoreCaseAndReplaceMayKeepItsOwnValue() {
        State s = with("{name: a}");
        ResourceException e = assertThrows(ResourceException.class, () -> Fixture.write(s, w -> widgets.create(w, null, json("{name: A}"))));
        assertEquals(List.of(Problem.UNIQUE), e.violations().stream().map(Violation::problem).toList());
        String id = widgets.list(s, null).get(0).id();
        State replaced = Fixture.write(s, w -> widgets.replace(w, null, id, json("{name: a, color: blue}")));
        assertEquals("blue", widgets.get(replaced, null, id).text("color"));
    }

    @Test
    void writeOnceFieldsMayBeRepeatedOrLeftOutButNotChanged() {
        State s = with("{name: a, size: 3}");
        String id = widgets.list(s, null).get(0).id();
        assertEquals(3, widgets.get(Fixture.write(s, w -> widgets.replace(w, null, id, json("{name: b}"))), null, id).body().path("size").asInt());
        ResourceException e = assertThrows(ResourceException.class, () -> Fixture.write(s, w -> widgets.patch(w, null, id, json("{size: 4}"))));
        assertEquals(Problem.WRITE_ONCE, e.violations().get(0).problem());
    }

    @Test
    void patchMergesAndNullRemoves() {
        State s = with("{name: a, tags: [x]}");
        String id = widgets.list(s, null).get(0).id();
        State p = Fixture.write(s, w -> widgets.patch(w, null, id, json("{color: blue, tags: null}")));
        assertEquals(json("{name: a, color: blue, status: ACTIVE, id: " + id + ", created: '2026-01-02T03:04:05.000Z'}"), widgets.get(p, null, id).body());
    }

    @Test
    void lifecycleGuardsDeleteAndStepsAreIdempotent() {
        State s = with("{name: a}");
        String id = widgets.list(s, null).get(0).id();
        ResourceException active = assertThrows(ResourceException.class, () -> Fixture.write(s, w -> widgets.delete(w, null, id)));
        assertEquals(ResourceException.Reason.NOT_ALLOWED_IN_STATE, active.reason());
        State off = Fixture.write(s, w -> widgets.transition(w, null, id, "deactivate"));
        assertEquals("INACTIVE", widgets.get(off, null, id).text("status"));
        assertSame(off, Fixture.write(off, w -> widgets.transition(w, null, id, "deactivate")), "a step to the current status changes nothing");
        State gone = Fixture.write(off, w -> widgets.delete(w, null, id));
        assertEquals(List.of(), widgets.list(gone, null));
        assertEquals(ResourceException.Reason.NOT_FOUND,
                assertThrows(ResourceException.class, () -> widgets.get(gone, null, id)).reason());
    }

    @Test
    void childrenAreSeenOnlyUnderTheirParent() {
        State s = Fixture.write(State.EMPTY, w -> widgets.create(w, "p1", json("{name: a}")));
        s = Fixture.write(s, w -> widgets.create(w, "p2", json("{name: a}"))); // unique per parent
        assertEquals(1, widgets.list(s, "p1").size());
        String id = widgets.list(s, "p1").get(0).id();
        State t = s;
        assertThrows(ResourceException.class, () -> widgets.get(t, "p2", id));
    }

    @Test
    void eachWriteWithADeclaredEventTypeLeavesOneEntryInTheCallersLogInsideItsTransaction() {
        DeclaredResource logged = new DeclaredResource(Fixture.declaration("t", """
                events: {create: widget.create, patch: widget.update, delete: widget.delete, deactivate: widget.deactivate}
                """), Schema.of(Fixture.DOC, "Widget"), Hooks.NONE, new OktaConvention()::time);
        List<String> entries = new java.util.ArrayList<>();
        EventLog log = (tx, d, type, target) -> entries.add(type + " " + d.schemaName() + " " + target.text("name"));
        java.time.Instant now = java.time.Instant.parse("2026-01-02T03:04:05Z");
        dev.dtu.server.state.Tx tx = new dev.dtu.server.state.Tx(State.EMPTY);
        Write w = new Write(tx, now, "00uadmin", log);
        String id = logged.create(w, null, json("{name: a}")).id();
        logged.patch(w, null, id, json("{color: blue}"));
        logged.replace(w, null, id, json("{name: b}")); // no event type declared for replace
        logged.transition(w, null, id, "deactivate");
        logged.transition(w, null, id, "deactivate"); // already INACTIVE: unchanged, nothing logged
        logged.delete(w, null, id);
        assertEquals(List.of("widget.create Widget a", "widget.update Widget a", "widget.deactivate Widget b",
                "widget.delete Widget b"), entries);
    }
}

package dev.dtu.twins.jira.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An edit or transition based on a version of the issue that another change replaced gets Jira's 409. */
class ConflictingUpdateTest {
    private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void anEditOfAStaleIssueConflicts() {
        Tx tx = new Tx(seeded());
        Issue read = new Directory(tx.state()).issue("SUP-1").orElseThrow();
        String actor = new Directory(tx.state()).settings().appAccountId();
        new Site(tx, NOW).editIssue(actor, read, Json.parse("{\"summary\":\"first\"}".getBytes()), null);

        JiraException edit = assertThrows(JiraException.class,
                () -> new Site(tx, NOW).editIssue(actor, read, Json.parse("{\"summary\":\"second\"}".getBytes()), null));
        assertEquals(409, edit.status());
        JiraException move = assertThrows(JiraException.class, () -> new Site(tx, NOW).transition(actor, read, "21", null, null));
        assertEquals(409, move.status());
        assertEquals("first", new Directory(tx.state()).issue("SUP-1").orElseThrow().summary(), "the first change stands");
    }

    @Test
    void anEditOfTheCurrentIssueGoesThrough() {
        Tx tx = new Tx(seeded());
        String actor = new Directory(tx.state()).settings().appAccountId();
        Issue read = new Directory(tx.state()).issue("SUP-1").orElseThrow();
        Issue edited = new Site(tx, NOW).editIssue(actor, read, Json.parse("{\"summary\":\"first\"}".getBytes()), null);
        new Site(tx, NOW).editIssue(actor, edited, Json.parse("{\"summary\":\"second\"}".getBytes()), null);
        assertEquals("second", new Directory(tx.state()).issue("SUP-1").orElseThrow().summary());
    }

    private static State seeded() {
        Tx tx = new Tx(State.EMPTY);
        JiraSeed.write(SeedDocument.defaultSeed(), tx);
        return tx.state();
    }
}

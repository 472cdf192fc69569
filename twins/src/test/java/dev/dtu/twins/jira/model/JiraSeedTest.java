package dev.dtu.twins.jira.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import org.junit.jupiter.api.Test;

class JiraSeedTest {
    private static Directory seeded(SeedDocument seed) {
        Tx tx = new Tx(State.EMPTY);
        JiraSeed.write(seed, tx);
        return new Directory(tx.state());
    }

    @Test
    void theDefaultSeedReplaysIssueHistoryThroughTheWorkflow() {
        Directory dir = seeded(SeedDocument.defaultSeed());
        assertEquals(6, dir.users().size());
        Issue sup1 = dir.issue("SUP-1").orElseThrow();
        assertEquals("In Progress", dir.status(sup1.statusId()).name());
        assertEquals(1, dir.comments(sup1.id()).size());
        assertEquals("status", dir.changelog(sup1.id()).getFirst().items().getFirst().field());
        Issue eng2 = dir.issue("ENG-2").orElseThrow();
        assertEquals("Done", dir.resolution(eng2.resolutionId()).orElseThrow().name());
        assertEquals("2026-01-09T17:45:00Z", eng2.resolutionDate().toString());
        assertEquals("ada.lovelace@northwind.example", dir.user(dir.settings().appAccountId()).orElseThrow().emailAddress());
    }

    @Test
    void seedingIsDeterministic() {
        assertEquals(seeded(SeedDocument.defaultSeed()).issues(), seeded(SeedDocument.defaultSeed()).issues());
    }

    @Test
    void badSeedsNameTheField() {
        assertEquals("jira.projects[0].lead", failure(seed -> ((ObjectNode) seed.path("jira").path("projects").get(0)).put("lead", "zed")));
        assertEquals("jira.issues[0].history[0].transition",
                failure(seed -> ((ObjectNode) seed.path("jira").path("issues").get(0).path("history").get(0)).put("transition", "Fly")));
        assertEquals("jira.workflows[0].transitions[0].to",
                failure(seed -> ((ObjectNode) seed.path("jira").path("workflows").get(0).path("transitions").get(0)).put("to", "Limbo")));
        SeedException schema = assertThrows(SeedException.class, () -> {
            ObjectNode raw = SeedDocument.defaultSeed().copy();
            ((ObjectNode) raw.path("jira").path("projects").get(0)).put("key", "lower");
            SeedDocument.of(raw);
        });
        assertTrue(schema.field().startsWith("jira.projects[0].key"), schema.field());
        SeedException issue = assertThrows(SeedException.class, () -> seeded(doc(seed ->
                ((ObjectNode) seed.path("jira").path("issues").get(0)).put("type", "Story"))));
        assertTrue(issue.getMessage().contains("The issue type selected is invalid."), issue.getMessage());
    }

    private static String failure(java.util.function.Consumer<ObjectNode> change) {
        return assertThrows(SeedException.class, () -> seeded(doc(change))).field();
    }

    private static SeedDocument doc(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode raw = SeedDocument.defaultSeed().copy();
        change.accept(raw);
        return SeedDocument.of(raw);
    }
}

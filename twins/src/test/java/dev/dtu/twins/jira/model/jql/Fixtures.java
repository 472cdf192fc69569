package dev.dtu.twins.jira.model.jql;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A small Jira site: two projects, the usual statuses and priorities, three users, custom fields. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-02-15T12:00:00Z");
    static final String ALICE = "5b10ac8d82e05b22cc7d4ef5";
    static final String BOB = "712020:bob-0001";
    static final String CAROL = "712020:carol-0002";

    static final JqlFieldCatalog FIELDS = JqlFieldCatalog.system().with(
            JqlField.custom(10010, "Story Points", FieldType.NUMBER),
            JqlField.custom(10020, "Team", FieldType.OPTION),
            JqlField.custom(10030, "Release Notes", FieldType.TEXT),
            JqlField.custom(10040, "Go Live", FieldType.DATE));

    private Fixtures() {
    }

    static SimpleJqlContext context() {
        return context(ZoneId.of("UTC"), ALICE);
    }

    static SimpleJqlContext context(ZoneId zone, String currentUser) {
        return SimpleJqlContext.builder(Clock.fixed(NOW, zone))
                .fields(FIELDS)
                .currentUser(currentUser)
                .options("project", List.of(new JqlOption("10000", "DTU", "Digital Twin"),
                        new JqlOption("10001", "OPS", "Operations")))
                .options("status", List.of(JqlOption.named("1", "To Do"), JqlOption.named("3", "In Progress"),
                        JqlOption.named("10001", "Done")))
                .options("statusCategory", List.of(new JqlOption("2", "new", "To Do"),
                        new JqlOption("4", "indeterminate", "In Progress"), new JqlOption("3", "done", "Done")))
                .options("priority", List.of(JqlOption.named("1", "Highest"), JqlOption.named("2", "High"),
                        JqlOption.named("3", "Medium"), JqlOption.named("4", "Low"), JqlOption.named("5", "Lowest")))
                .options("issuetype", List.of(JqlOption.named("10001", "Bug"), JqlOption.named("10002", "Task"),
                        JqlOption.named("10003", "Story")))
                .options("resolution", List.of(JqlOption.named("1", "Done"), JqlOption.named("2", "Won't Do")))
                .options("customfield_10020", List.of(JqlOption.named("1", "Red"), JqlOption.named("2", "Blue")))
                .users(List.of(new SimpleJqlContext.User(ALICE, "Alice Smith", "alice@example.com"),
                        new SimpleJqlContext.User(BOB, "Bob Jones", "bob@example.com"),
                        new SimpleJqlContext.User(CAROL, "Carol White", "carol@example.com")))
                .group("developers", Set.of(ALICE, BOB))
                .existingIssues(key -> !key.equalsIgnoreCase("DTU-999"))
                .build();
    }
}

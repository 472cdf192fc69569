package dev.dtu.twins.jira.model;

import java.time.Instant;
import java.util.List;

public record ChangelogEntry(String id, String issueId, String authorAccountId, Instant created, List<ChangeItem> items) {

    public ChangelogEntry {
        items = List.copyOf(items);
    }
}

package dev.dtu.twins.jira.model;

import java.time.LocalDate;

/**
 * A project version (release). {@code sequence} orders a project's versions (Jira's "Move version" changes it);
 * dates are the calendar days Jira stores.
 */
public record Version(String id, String projectId, String name, String description, boolean archived, boolean released,
        LocalDate startDate, LocalDate releaseDate, long sequence) {

    public Version withSequence(long s) {
        return new Version(id, projectId, name, description, archived, released, startDate, releaseDate, s);
    }
}

package dev.dtu.twins.okta.model;

import java.time.Instant;

/** A user type ({@code /api/v1/meta/types/user}) and the id of its user schema. */
public record UserType(String id, String name, String displayName, String description, String schemaId,
        boolean isDefault, Instant created, Instant lastUpdated, String createdBy, String lastUpdatedBy) {

    public UserType with(String newDisplayName, String newDescription, Instant now, String by) {
        return new UserType(id, name, newDisplayName, newDescription, schemaId, isDefault, created, now, createdBy, by);
    }
}

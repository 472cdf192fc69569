package dev.dtu.twins.okta.model;

import java.time.Instant;

/** An Okta group: {@code OKTA_GROUP} made by admins, or the {@code BUILT_IN} Everyone group. */
public record Group(String id, String type, String name, String description, Instant created, Instant lastUpdated,
        Instant lastMembershipUpdated) {

    public static final String OKTA_GROUP = "OKTA_GROUP";
    public static final String BUILT_IN = "BUILT_IN";

    public boolean builtIn() {
        return BUILT_IN.equals(type);
    }

    public Group withProfile(String newName, String newDescription, Instant now) {
        return new Group(id, type, newName, newDescription, created, now, lastMembershipUpdated);
    }

    public Group membershipChanged(Instant now) {
        return new Group(id, type, name, description, created, lastUpdated, now);
    }
}

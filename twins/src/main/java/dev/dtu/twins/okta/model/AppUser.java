package dev.dtu.twins.okta.model;

import java.time.Instant;

/** A user assigned to an app directly ({@code scope: USER}); keyed {@code appId/userId}. */
public record AppUser(String id, String appId, String userId, Instant created, Instant lastUpdated) {

    public static String key(String appId, String userId) {
        return appId + "/" + userId;
    }
}

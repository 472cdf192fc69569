package dev.dtu.twins.okta.model;

import java.time.Instant;

/** A group assigned to an app: its members are the app's users with {@code scope: GROUP}; keyed {@code appId/groupId}. */
public record AppGroup(String id, String appId, String groupId, int priority, Instant lastUpdated) {

    public static String key(String appId, String groupId) {
        return appId + "/" + groupId;
    }
}

package dev.dtu.twins.okta.model;

/** A user's membership in a group, keyed {@code groupId/userId} so a group's members are one range. */
public record GroupMembership(String id, String groupId, String userId) {

    public static GroupMembership of(String groupId, String userId) {
        return new GroupMembership(key(groupId, userId), groupId, userId);
    }

    public static String key(String groupId, String userId) {
        return groupId + "/" + userId;
    }
}

package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.List;
import java.util.Locale;

/** The Groups operations over one write, including the built-in Everyone group every user belongs to. */
public final class Groups {
    public static final Kind<Group> GROUPS = Kind.of("okta", "groups", Group.class);
    public static final Kind<GroupMembership> MEMBERSHIPS = Kind.of("okta", "groupMemberships", GroupMembership.class);
    public static final String EVERYONE = "Everyone";

    private final Tx tx;
    private final Audit audit;
    private final SystemLog log;

    public Groups(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
        this.log = new SystemLog(tx, audit);
    }

    public static Group require(State state, String id) {
        return state.get(GROUPS, id).orElseThrow(() -> OktaErrors.notFound(id, "UserGroup"));
    }

    public static Group everyone(State state) {
        return state.all(GROUPS).values().stream().filter(Group::builtIn).findFirst()
                .orElseThrow(() -> new IllegalStateException("the Everyone group is seeded with the org"));
    }

    public static List<User> members(State state, String groupId) {
        return state.all(MEMBERSHIPS).subMap(groupId + "/", groupId + "/\uffff").values().stream()
                .flatMap(m -> state.get(Users.USERS, m.userId()).stream()).toList();
    }

    public static List<Group> groupsOf(State state, String userId) {
        return state.all(MEMBERSHIPS).values().stream().filter(m -> m.userId().equals(userId))
                .flatMap(m -> state.get(GROUPS, m.groupId()).stream()).toList();
    }

    public static boolean isMember(State state, String groupId, String userId) {
        return state.get(MEMBERSHIPS, GroupMembership.key(groupId, userId)).isPresent();
    }

    /** Creates the org's Everyone group (seeding only). */
    public Group createEveryone() {
        String id = OktaIds.next(tx, OktaIds.GROUP);
        return tx.put(GROUPS, id, new Group(id, Group.BUILT_IN, EVERYONE, "All users in your organization",
                audit.now(), audit.now(), audit.now()));
    }

    public Group create(String name, String description) {
        checkName(name, null);
        String id = OktaIds.next(tx, OktaIds.GROUP);
        Group group = tx.put(GROUPS, id, new Group(id, Group.OKTA_GROUP, name, description, audit.now(), audit.now(),
                audit.now()));
        log.success("group.lifecycle.create", "Create okta user group", LogActor.of(group));
        return group;
    }

    public Group replace(String id, String name, String description) {
        Group group = modifiable(id);
        checkName(name, id);
        Group updated = tx.put(GROUPS, id, group.withProfile(name, description, audit.now()));
        log.success("group.profile.update", "Update group profile", LogActor.of(updated));
        return updated;
    }

    public void delete(String id) {
        Group group = modifiable(id);
        tx.all(MEMBERSHIPS).subMap(id + "/", id + "/\uffff").keySet().stream().toList()
                .forEach(key -> tx.remove(MEMBERSHIPS, key));
        new Apps(tx, audit).unassignGroupEverywhere(id);
        tx.remove(GROUPS, id);
        log.success("group.lifecycle.delete", "Delete okta user group", LogActor.of(group));
    }

    /** PUT /groups/{groupId}/users/{userId}: idempotent. */
    public void addMember(String groupId, String userId) {
        Group group = require(tx.state(), groupId);
        User user = Users.require(tx.state(), userId);
        String key = GroupMembership.key(group.id(), user.id());
        if (tx.get(MEMBERSHIPS, key).isPresent()) {
            return;
        }
        tx.put(MEMBERSHIPS, key, GroupMembership.of(group.id(), user.id()));
        tx.put(GROUPS, group.id(), group.membershipChanged(audit.now()));
        log.success("group.user_membership.add", "Add user to group membership", LogActor.of(user), LogActor.of(group));
    }

    /** Admin calls on the Everyone group are refused: Okta manages its membership. */
    public void addMemberByAdmin(String groupId, String userId) {
        modifiable(groupId);
        addMember(groupId, userId);
    }

    public void removeMember(String groupId, String userId) {
        Group group = modifiable(groupId);
        User user = Users.require(tx.state(), userId);
        String key = GroupMembership.key(group.id(), user.id());
        if (tx.get(MEMBERSHIPS, key).isEmpty()) {
            return;
        }
        tx.remove(MEMBERSHIPS, key);
        tx.put(GROUPS, group.id(), group.membershipChanged(audit.now()));
        log.success("group.user_membership.remove", "Remove user from group membership", LogActor.of(user),
                LogActor.of(group));
    }

    void removeFromAll(String userId) {
        tx.all(MEMBERSHIPS).values().stream().filter(m -> m.userId().equals(userId)).toList()
                .forEach(m -> tx.remove(MEMBERSHIPS, m.id()));
    }

    private Group modifiable(String id) {
        Group group = require(tx.state(), id);
        if (group.builtIn()) {
            throw OktaErrors.accessDenied();
        }
        return group;
    }

    private void checkName(String name, String exceptId) {
        if (name == null || name.isBlank()) {
            throw OktaErrors.apiValidationFailed("name", List.of("name: The field cannot be left blank"));
        }
        String key = name.toLowerCase(Locale.ROOT);
        boolean taken = tx.all(GROUPS).values().stream()
                .anyMatch(g -> !g.id().equals(exceptId) && g.name().toLowerCase(Locale.ROOT).equals(key));
        if (taken) {
            throw OktaErrors.apiValidationFailed("name",
                    List.of("name: An object with this field already exists in the current organization"));
        }
    }
}

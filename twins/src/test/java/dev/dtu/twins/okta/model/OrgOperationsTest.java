package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's operations over a Tx, without HTTP. */
class OrgOperationsTest {
    static final Audit AUDIT = new Audit(Instant.parse("2025-03-01T10:00:00Z"),
            new LogActor("00uadmin", "User", "admin@example.com", "Admin"), "req-1");

    static Tx org() {
        Tx tx = new Tx(State.EMPTY);
        new Groups(tx, AUDIT).createEveryone();
        return tx;
    }

    static NewUser person(String first, String password) {
        return new NewUser(Map.of("firstName", first, "lastName", "Doe", "email", first + "@example.com",
                "login", first + "@example.com"), password, null, null, List.of());
    }

    @Test
    void createDecidesTheStatusFromActivateAndCredentials() {
        Tx tx = org();
        Users users = new Users(tx, AUDIT);
        assertEquals(UserStatus.STAGED, users.create(person("a", null), false, null).status());
        assertEquals(UserStatus.PROVISIONED, users.create(person("b", null), true, null).status());
        assertEquals(UserStatus.ACTIVE, users.create(person("c", "Secret-123"), true, null).status());
        assertEquals(UserStatus.PASSWORD_EXPIRED,
                users.create(person("d", "Secret-123"), true, UserNextLogin.CHANGE_PASSWORD).status());
    }

    @Test
    void passwordPolicyAndRequiredFieldsAreE0000001WithCauses() {
        Users users = new Users(org(), AUDIT);
        OktaException weak = assertThrows(OktaException.class, () -> users.create(person("e", "short"), true, null));
        assertEquals("Api validation failed: password", weak.errorSummary());
        OktaException blank = assertThrows(OktaException.class, () -> users.create(
                new NewUser(Map.of("login", "not-an-email"), null, null, null, List.of()), true, null));
        assertEquals("E0000001", blank.errorCode());
        assertEquals("Api validation failed: email", blank.errorSummary());
        assertTrue(blank.causes().contains("login: Username must be in the form of an email address"), blank.causes().toString());
        assertTrue(blank.causes().contains("firstName: The field cannot be left blank"));
    }

    @Test
    void deactivationRemovesThePasswordAndEndsTheSession() {
        Tx tx = org();
        Users users = new Users(tx, AUDIT);
        User user = users.create(person("f", "Secret-123"), true, null);
        UserSessions.start(tx, user.id(), AUDIT.now());
        assertEquals(DeleteOutcome.DEACTIVATED, users.delete(user.id()));
        User deactivated = Users.require(tx.state(), user.id());
        assertEquals(UserStatus.DEPROVISIONED, deactivated.status());
        assertEquals(null, deactivated.passwordHash());
        assertTrue(UserSessions.signedIn(tx.state()).isEmpty());
        assertEquals(DeleteOutcome.DELETED, users.delete(user.id()));
        assertTrue(Users.find(tx.state(), user.id()).isEmpty());
        assertTrue(Groups.groupsOf(tx.state(), user.id()).isEmpty(), "memberships go with the user");
    }

    @Test
    void appUsersComeDirectlyOrThroughGroups() {
        Tx tx = org();
        Users users = new Users(tx, AUDIT);
        User direct = users.create(person("g", "Secret-123"), true, null);
        User member = users.create(person("h", "Secret-123"), true, null);
        Group team = new Groups(tx, AUDIT).create("team", null);
        new Groups(tx, AUDIT).addMember(team.id(), member.id());
        Apps apps = new Apps(tx, AUDIT);
        Application app = apps.create(new NewApp("App", null, null, null, List.of("https://a.example/cb"), null, null,
                null, null), true, true);
        apps.assignUser(app.id(), direct.id());
        apps.assignGroup(app.id(), team.id(), null);
        assertEquals(Map.of(direct.id(), "USER", member.id(), "GROUP"), Apps.assignedUsers(tx.state(), app.id()));
        assertEquals("E0000056", assertThrows(OktaException.class, () -> apps.delete(app.id())).errorCode());
    }

    @Test
    void everyOperationLeavesASystemLogEventInOrder() {
        Tx tx = org();
        User user = new Users(tx, AUDIT).create(person("i", "Secret-123"), true, null);
        new Users(tx, AUDIT).lifecycle(user.id(), LifecycleOperation.SUSPEND);
        List<String> types = tx.state().all(SystemLog.EVENTS).values().stream().map(LogEvent::eventType).toList();
        assertEquals(List.of("user.lifecycle.create", "user.lifecycle.activate", "group.user_membership.add",
                "user.lifecycle.suspend"), types);
        assertTrue(tx.state().all(SystemLog.EVENTS).values().stream().allMatch(e -> e.requestId().equals("req-1")));
    }
}

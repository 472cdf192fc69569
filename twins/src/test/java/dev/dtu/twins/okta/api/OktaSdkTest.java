package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.helper.PaginationUtil;
import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.ApplicationGroupsApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AddGroupRequest;
import com.okta.sdk.resource.model.AppUser;
import com.okta.sdk.resource.model.AppUserAssignRequest;
import com.okta.sdk.resource.model.Application;
import com.okta.sdk.resource.model.ApplicationCredentialsOAuthClient;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.ApplicationSignOnMode;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.OAuthApplicationCredentials;
import com.okta.sdk.resource.model.OAuthEndpointAuthenticationMethod;
import com.okta.sdk.resource.model.OAuthGrantType;
import com.okta.sdk.resource.model.OAuthResponseType;
import com.okta.sdk.resource.model.OktaUserGroupProfile;
import com.okta.sdk.resource.model.OpenIdConnectApplication;
import com.okta.sdk.resource.model.OpenIdConnectApplicationConsentMethod;
import com.okta.sdk.resource.model.OpenIdConnectApplicationSettings;
import com.okta.sdk.resource.model.OpenIdConnectApplicationSettingsClient;
import com.okta.sdk.resource.model.OpenIdConnectApplicationType;
import com.okta.sdk.resource.model.PasswordCredential;
import com.okta.sdk.resource.model.UpdateUserRequest;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserActivationToken;
import com.okta.sdk.resource.model.UserCredentials;
import com.okta.sdk.resource.model.UserProfile;
import com.okta.sdk.resource.model.UserStatus;
import dev.dtu.twins.okta.OktaServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official Okta Java SDK (24.0.0), pointed at the twin by its org URL, drives the Management API. */
class OktaSdkTest {
    static OktaServer server;
    static OktaServer.Universe u;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = new OktaServer();
        u = server.universe();
        client = u.sdk();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static User createUser(String first, String last, boolean activate, String password) throws ApiException {
        UserProfile profile = new UserProfile().firstName(first).lastName(last)
                .email(first.toLowerCase() + "." + last.toLowerCase() + "@example.com")
                .login(first.toLowerCase() + "." + last.toLowerCase() + "@example.com");
        CreateUserRequest request = new CreateUserRequest().profile(profile);
        if (password != null) {
            request.credentials(new UserCredentials().password(new PasswordCredential().value(password)));
        }
        return new UserApi(client).createUser(request, activate, false, null);
    }

    @Test
    void createsReadsUpdatesAndFindsUsers() throws ApiException {
        UserApi users = new UserApi(client);
        User created = createUser("Mary", "Jackson", true, "Wind-Tunnel-42");
        assertEquals(UserStatus.ACTIVE, created.getStatus());
        assertNotNull(created.getActivated());
        assertEquals(created.getId(), users.getUser("mary.jackson@example.com", null, null).getId());

        UpdateUserRequest update = new UpdateUserRequest().profile(new UserProfile().title("Aerospace Engineer"));
        User updated = users.updateUser(created.getId(), update, false);
        assertEquals("Aerospace Engineer", updated.getProfile().getTitle());
        assertEquals("Mary", updated.getProfile().getFirstName(), "a partial update keeps the other attributes");

        List<User> found = users.listUsers(null, null, null, null, null, "profile.title eq \"Aerospace Engineer\"", null, null);
        assertEquals(List.of(created.getId()), found.stream().map(User::getId).toList());
        assertEquals("ada.lovelace@northwind.example", users.getUser("me", null, null).getProfile().getLogin());
    }

    @Test
    void paginatedIterationFollowsTheNextLinks() throws ApiException {
        for (int i = 0; i < 5; i++) {
            createUser("Page" + (char) ('a' + i), "Turner", false, null);
        }
        UserApi users = new UserApi(client);
        Set<String> all = new HashSet<>(users.listUsers(null, null, null, 200, null, null, null, null).stream()
                .map(User::getId).toList());
        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            users.listUsers(null, null, after, 3, null, null, null, null).forEach(user -> paged.add(user.getId()));
            after = PaginationUtil.getAfter(client);
            pages++;
        } while (after != null && pages < 20);
        assertEquals(all, new HashSet<>(paged));
        assertEquals(paged.size(), new HashSet<>(paged).size(), "no user twice");
        assertEquals((all.size() + 2) / 3, pages);
    }

    @Test
    void lifecycleFollowsOktasStateMachine() throws ApiException {
        UserApi users = new UserApi(client);
        UserLifecycleApi lifecycle = new UserLifecycleApi(client);
        User staged = createUser("Dorothy", "Vaughan", false, null);
        assertEquals(UserStatus.STAGED, staged.getStatus());

        UserActivationToken token = lifecycle.activateUser(staged.getId(), false);
        assertNotNull(token.getActivationToken());
        assertEquals(UserStatus.PROVISIONED, users.getUser(staged.getId(), null, null).getStatus(),
                "no password: PROVISIONED until the user finishes activation");

        User active = createUser("Christine", "Darden", true, "Sonic-Boom-77");
        lifecycle.suspendUser(active.getId());
        assertEquals(UserStatus.SUSPENDED, users.getUser(active.getId(), null, null).getStatus());
        ApiException again = assertThrows(ApiException.class, () -> lifecycle.suspendUser(active.getId()));
        assertEquals(400, again.getCode());
        assertTrue(again.getResponseBody().contains("E0000001"), again.getResponseBody());
        lifecycle.unsuspendUser(active.getId());
        assertEquals(UserStatus.ACTIVE, users.getUser(active.getId(), null, null).getStatus());

        users.deleteUser(active.getId(), false, null);
        assertEquals(UserStatus.DEPROVISIONED, users.getUser(active.getId(), null, null).getStatus(),
                "the first delete deactivates");
        users.deleteUser(active.getId(), false, null);
        ApiException gone = assertThrows(ApiException.class, () -> users.getUser(active.getId(), null, null));
        assertEquals(404, gone.getCode());
        assertTrue(gone.getResponseBody().contains("E0000007"));
    }

    @Test
    void groupsAndMembers() throws ApiException {
        GroupApi groups = new GroupApi(client);
        Group group = groups.addGroup(new AddGroupRequest().profile(new OktaUserGroupProfile().name("rocketry")
                .description("Launch team")));
        assertEquals("rocketry", group.getProfile().getName());
        User user = createUser("Annie", "Easley", true, "Centaur-Rocket-9");
        groups.assignUserToGroup(group.getId(), user.getId());
        assertEquals(List.of(user.getId()), groups.listGroupUsers(group.getId(), null, null).stream().map(User::getId).toList());
        assertEquals(List.of(group.getId()), groups.listGroups("rock", null, null, null, null, null, null, null).stream()
                .map(Group::getId).toList());
        ApiException duplicate = assertThrows(ApiException.class,
                () -> groups.addGroup(new AddGroupRequest().profile(new OktaUserGroupProfile().name("rocketry"))));
        assertEquals(400, duplicate.getCode());
        groups.unassignUserFromGroup(group.getId(), user.getId());
        assertTrue(groups.listGroupUsers(group.getId(), null, null).isEmpty());
        groups.deleteGroup(group.getId());
        assertEquals(404, assertThrows(ApiException.class, () -> groups.getGroup(group.getId())).getCode());
    }

    @Test
    void oidcAppsAndAssignments() throws ApiException {
        ApplicationApi apps = new ApplicationApi(client);
        OpenIdConnectApplication request = new OpenIdConnectApplication();
        request.setLabel("Rover Console");
        request.setSignOnMode(ApplicationSignOnMode.OPENID_CONNECT);
        request.setName("oidc_client");
        request.setCredentials(new OAuthApplicationCredentials().oauthClient(new ApplicationCredentialsOAuthClient()
                .tokenEndpointAuthMethod(OAuthEndpointAuthenticationMethod.CLIENT_SECRET_BASIC)));
        request.setSettings(new OpenIdConnectApplicationSettings().oauthClient(new OpenIdConnectApplicationSettingsClient()
                .redirectUris(List.of("https://rover.example/callback"))
                .grantTypes(List.of(OAuthGrantType.AUTHORIZATION_CODE, OAuthGrantType.REFRESH_TOKEN))
                .responseTypes(List.of(OAuthResponseType.CODE))
                .applicationType(OpenIdConnectApplicationType.WEB)));
        Application created = apps.createApplication(request, true, null);
        OpenIdConnectApplication oidc = assertInstanceOf(OpenIdConnectApplication.class,
                apps.getApplication(created.getId(), null));
        assertEquals("Rover Console", oidc.getLabel());
        assertEquals(created.getId(), oidc.getCredentials().getOauthClient().getClientId());
        assertNotNull(oidc.getCredentials().getOauthClient().getClientSecret());
        assertEquals(OpenIdConnectApplicationConsentMethod.TRUSTED, oidc.getSettings().getOauthClient().getConsentMethod(),
                "Okta's default for apps made with createApplication");

        User user = createUser("Katherine", "Coleman", true, "Orbit-Math-1962");
        ApplicationUsersApi appUsers = new ApplicationUsersApi(client);
        AppUser assigned = appUsers.assignUserToApplication(created.getId(), new AppUserAssignRequest().id(user.getId()));
        assertEquals(user.getId(), assigned.getId());
        assertEquals(List.of(user.getId()), appUsers.listApplicationUsers(created.getId(), null, null, null, null).stream()
                .map(AppUser::getId).toList());

        String engineering = new GroupApi(client).listGroups("engineering", null, null, null, null, null, null, null)
                .get(0).getId();
        ApplicationGroupAssignment groupAssignment = new ApplicationGroupsApi(client)
                .assignGroupToApplication(created.getId(), engineering, new ApplicationGroupAssignment().priority(0));
        assertEquals(engineering, groupAssignment.getId());
        assertEquals(3, appUsers.listApplicationUsers(created.getId(), null, null, null, null).size(),
                "Katherine directly, Ada and Alan through engineering");

        ApiException active = assertThrows(ApiException.class, () -> apps.deleteApplication(created.getId()));
        assertEquals(403, active.getCode());
        apps.deactivateApplication(created.getId());
        apps.deleteApplication(created.getId());
        assertEquals(404, assertThrows(ApiException.class, () -> apps.getApplication(created.getId(), null)).getCode());
    }

    @Test
    void theSystemLogRecordsWhatTheSdkDid() throws ApiException {
        User user = createUser("Evelyn", "Boyd", true, "Granville-Ibm-704");
        List<LogEvent> events = new SystemLogApi(client).listLogEvents(null, null, null,
                "target.id eq \"" + user.getId() + "\"", null, 100, null);
        assertEquals(List.of("user.lifecycle.create", "user.lifecycle.activate", "group.user_membership.add"),
                events.stream().map(LogEvent::getEventType).toList());
        assertEquals("ada.lovelace@northwind.example", events.get(0).getActor().getAlternateId());
    }
}

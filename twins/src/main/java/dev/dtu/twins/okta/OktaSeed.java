package dev.dtu.twins.okta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.Person;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.okta.model.AppGroup;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.AuthorizationServers;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.Group;
import dev.dtu.twins.okta.model.GroupMembership;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.NewApp;
import dev.dtu.twins.okta.model.OktaIds;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.Passwords;
import dev.dtu.twins.okta.model.OktaException;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.model.UserStatus;
import dev.dtu.twins.okta.model.Users;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the seed's Okta org: every person as a user (login = email, password = {@code okta.password}),
 * groups from the people's {@code groups} (plus the built-in Everyone), the apps (the first is the app under
 * test), who is signed in, and the API token's owner. Seeded objects carry one fixed timestamp so a seed
 * always gives the same state.
 */
final class OktaSeed {
    static final Instant SEEDED_AT = Instant.parse("2024-01-01T00:00:00Z");
    static final String DEFAULT_PASSWORD = "Tw1n-Passw0rd!";

    private final SeedDocument seed;
    private final JsonNode okta;
    private final Tx tx;
    private final Map<String, Group> groupsByName = new LinkedHashMap<>();
    private final Map<String, User> usersByPerson = new LinkedHashMap<>();

    OktaSeed(SeedDocument seed, Tx tx) {
        this.seed = seed;
        this.okta = seed.section("okta");
        this.tx = tx;
    }

    void write() {
        group(Groups.EVERYONE, "All users in your organization", Group.BUILT_IN);
        okta.path("groups").forEach(g -> group(g.path("name").asText(), g.path("description").textValue(), Group.OKTA_GROUP));
        String password = okta.path("password").asText(DEFAULT_PASSWORD);
        for (int i = 0; i < seed.people().size(); i++) {
            user(seed.people().get(i), password, i);
        }
        List<Application> apps = apps();
        String admin = personUserId("admin", okta.path("admin").textValue(), defaultAdmin());
        tx.put(Org.ORG, Org.ID, new Org(Org.ID, admin, apps.get(0).id(), okta.path("groupsClaim").textValue(),
                strings(okta.path("scopes"))));
        AuthorizationServers.seedDefault(tx, SEEDED_AT, strings(okta.path("scopes")));
        dev.dtu.twins.okta.model.OrgSettings.seed(tx, seed.company().name(), seed.company().domain(), SEEDED_AT);
        dev.dtu.twins.okta.api.DeclaredApi.RESOURCES.resource("policies").create(new dev.dtu.server.resource.Write(tx,
                SEEDED_AT, admin), null, dev.dtu.twins.okta.model.Policies.defaultEnrollmentPolicy(groupsByName.get(Groups.EVERYONE).id()));
        dev.dtu.twins.okta.model.Brands.seed(tx, dev.dtu.twins.okta.model.OrgSettings.section(tx.state(),
                dev.dtu.twins.okta.model.OrgSettings.SETTINGS).path("subdomain").asText());
        String signedIn = okta.path("signedIn").textValue();
        if (signedIn != null) {
            UserSessions.start(tx, personUserId("signedIn", signedIn, null), SEEDED_AT);
        }
    }

    private void user(Person person, String password, int index) {
        try {
            Passwords.checkPolicy(person.email(), password);
        } catch (OktaException e) {
            throw new SeedException("okta.password", "does not meet Okta's password policy for " + person.email()
                    + " (at least 8 characters, a lowercase letter, an uppercase letter, a number, no parts of the username)");
        }
        String id = OktaIds.next(tx, OktaIds.USER);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("firstName", person.firstName());
        profile.put("lastName", person.lastName().isEmpty() ? person.firstName() : person.lastName());
        profile.put("email", person.email());
        profile.put("login", person.email());
        profile.put("displayName", person.name());
        if (!person.title().isEmpty()) {
            profile.put("title", person.title());
        }
        profile.put("timezone", person.timezone());
        UserStatus status = person.isActive() ? UserStatus.ACTIVE : UserStatus.DEPROVISIONED;
        String hash = person.isActive() ? Passwords.hash(password) : null;
        User user = tx.put(Users.USERS, id, new User(id, status, SEEDED_AT, SEEDED_AT, SEEDED_AT, null, SEEDED_AT,
                hash == null ? null : SEEDED_AT, profile, hash, null, null));
        usersByPerson.put(person.id(), user);
        join(groupsByName.get(Groups.EVERYONE), user);
        person.groups().forEach(name -> join(group(name, null, Group.OKTA_GROUP), user));
    }

    private Group group(String name, String description, String type) {
        return groupsByName.computeIfAbsent(name, n -> {
            String id = OktaIds.next(tx, OktaIds.GROUP);
            return tx.put(Groups.GROUPS, id, new Group(id, type, n, description, SEEDED_AT, SEEDED_AT, SEEDED_AT));
        });
    }

    private void join(Group group, User user) {
        tx.put(Groups.MEMBERSHIPS, GroupMembership.key(group.id(), user.id()), GroupMembership.of(group.id(), user.id()));
    }

    /** The seed's apps, or one default app for the app under test. */
    private List<Application> apps() {
        List<Application> apps = new ArrayList<>();
        JsonNode list = okta.path("apps");
        if (list.isEmpty()) {
            apps.add(app(defaultApp(seed.company().name()), "okta.apps"));
        }
        for (int i = 0; i < list.size(); i++) {
            apps.add(app(list.get(i), "okta.apps[" + i + "]"));
        }
        return apps;
    }

    private Application app(JsonNode node, String field) {
        String id = OktaIds.next(tx, OktaIds.APP);
        String clientId = node.path("clientId").asText(id);
        if (Apps.byClientId(tx.state(), clientId).isPresent()) {
            throw new SeedException(field + ".clientId", "duplicate client id '" + clientId + "'");
        }
        Application app = tx.put(Apps.APPS, id, new Application(id, node.path("label").asText(), Application.ACTIVE,
                SEEDED_AT, SEEDED_AT, clientId, null, node.path("tokenEndpointAuthMethod").asText("client_secret_basic"),
                node.path("applicationType").asText("web"), strings(node.path("redirectUris")),
                strings(node.path("postLogoutRedirectUris")), grantTypes(node), List.of("code"),
                node.path("consentMethod").asText(NewApp.TRUSTED)));
        List<String> assign = node.has("assign") ? strings(node.path("assign")) : List.of(Groups.EVERYONE);
        for (int i = 0; i < assign.size(); i++) {
            Group group = groupsByName.get(assign.get(i));
            if (group == null) {
                throw new SeedException(field + ".assign[" + i + "]", "no group named '" + assign.get(i) + "'");
            }
            String key = AppGroup.key(id, group.id());
            tx.put(Apps.APP_GROUPS, key, new AppGroup(key, id, group.id(), i, SEEDED_AT));
        }
        return app;
    }

    private static List<String> grantTypes(JsonNode node) {
        List<String> grants = strings(node.path("grantTypes"));
        return grants.isEmpty() ? List.of("authorization_code", "refresh_token", "client_credentials", "password") : grants;
    }

    private String personUserId(String field, String personId, String fallback) {
        if (personId == null) {
            return fallback;
        }
        User user = usersByPerson.get(personId);
        if (user == null) {
            throw new SeedException("okta." + field, "no person with id '" + personId + "'");
        }
        return user.id();
    }

    /** The first person in an "admins" group, else the first person. */
    private String defaultAdmin() {
        return seed.people().stream().filter(p -> p.groups().contains("admins")).findFirst()
                .or(() -> seed.people().stream().findFirst())
                .map(p -> usersByPerson.get(p.id()).id()).orElse(null);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode defaultApp(String company) {
        return Json.object().put("label", company + " app")
                .set("redirectUris", Json.array().add("http://localhost:3000/callback"));
    }
}

package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Applications operations (OIDC apps, their user and group assignments) over one write. */
public final class Apps {
    public static final Kind<Application> APPS = Kind.of("okta", "apps", Application.class);
    public static final Kind<AppUser> APP_USERS = Kind.of("okta", "appUsers", AppUser.class);
    public static final Kind<AppGroup> APP_GROUPS = Kind.of("okta", "appGroups", AppGroup.class);
    public static final Kind<AppConnection> APP_CONNECTIONS = Kind.of("okta", "appConnections", AppConnection.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tx tx;
    private final Audit audit;
    private final SystemLog log;

    public Apps(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
        this.log = new SystemLog(tx, audit);
    }

    public static Application require(State state, String appId) {
        return state.get(APPS, appId).orElseThrow(() -> OktaErrors.notFound(appId, "AppInstance"));
    }

    public static Optional<Application> byClientId(State state, String clientId) {
        return state.all(APPS).values().stream().filter(a -> clientId.equals(a.clientId())).findFirst();
    }

    /**
     * The app's users: direct assignments ({@code USER}) and members of assigned groups ({@code GROUP}),
     * in user id order. A direct assignment wins over a group one.
     */
    public static Map<String, String> assignedUsers(State state, String appId) {
        Map<String, String> scopes = new java.util.TreeMap<>();
        state.all(APP_GROUPS).subMap(appId + "/", appId + "/\uffff").values().forEach(g ->
                Groups.members(state, g.groupId()).forEach(u -> scopes.put(u.id(), "GROUP")));
        state.all(APP_USERS).subMap(appId + "/", appId + "/\uffff").values().forEach(u ->
                scopes.put(u.userId(), "USER"));
        return scopes;
    }

    public static Optional<String> assignmentScope(State state, String appId, String userId) {
        if (state.get(APP_USERS, AppUser.key(appId, userId)).isPresent()) {
            return Optional.of("USER");
        }
        boolean viaGroup = state.all(APP_GROUPS).subMap(appId + "/", appId + "/\uffff").values().stream()
                .anyMatch(g -> Groups.isMember(state, g.groupId(), userId));
        return viaGroup ? Optional.of("GROUP") : Optional.empty();
    }

    public static List<Application> appsOfGroup(State state, String groupId) {
        return state.all(APP_GROUPS).values().stream().filter(g -> g.groupId().equals(groupId))
                .flatMap(g -> state.get(APPS, g.appId()).stream()).toList();
    }

    /**
     * Creates an OIDC app. Okta uses the app id as the client id unless one is given; seeded apps leave
     * the secret to the framework ({@code mintSecret} false).
     */
    public Application create(NewApp request, boolean activate, boolean mintSecret) {
        return create(request, null, activate, mintSecret);
    }

    /** Creates an OIDC app keeping {@code extra}, the app object's unmodelled parts ({@code client_uri}, …). */
    public Application create(NewApp request, JsonNode extra, boolean activate, boolean mintSecret) {
        request.check();
        String id = OktaIds.next(tx, OktaIds.APP);
        String clientId = request.clientId() == null ? id : request.clientId();
        if (byClientId(tx.state(), clientId).isPresent()) {
            throw OktaErrors.apiValidationFailed("client_id",
                    List.of("client_id: An object with this field already exists in the current organization"));
        }
        String secret = mintSecret && !Application.NONE.equals(request.tokenEndpointAuthMethod()) ? newSecret() : null;
        Application app = tx.put(APPS, id, new Application(id, request.label(),
                activate ? Application.ACTIVE : Application.INACTIVE, audit.now(), audit.now(), clientId, secret,
                request.tokenEndpointAuthMethod(), request.applicationType(), request.redirectUris(),
                request.postLogoutRedirectUris(), request.grantTypes(), request.responseTypes(), request.consentMethod(),
                Application.OIDC_NAME, Application.OPENID_CONNECT, extra));
        return created(app, activate);
    }

    /**
     * Creates an app of another sign-on mode after Okta's checks ({@link AppModes#check}); {@code extra} is the
     * app object as given, its read-only fields removed.
     */
    public Application create(String name, String signOnMode, String label, ObjectNode extra, boolean activate) {
        String appName = AppModes.check(name, signOnMode, label, extra.path("settings"));
        AppModes.normalise(extra);
        String id = OktaIds.next(tx, OktaIds.APP);
        if (AppModes.saml(signOnMode)) {
            // Okta gives every SAML and WS-Federation app a signing key (valid ten years) and names it in
            // credentials.signing.kid.
            AppKey key = new AppKeys(tx, audit).generate(id, appName, 10);
            extra.withObjectProperty("credentials").withObjectProperty("signing").put("kid", key.kid());
        }
        Application app = tx.put(APPS, id, new Application(id, label, activate ? Application.ACTIVE : Application.INACTIVE,
                audit.now(), audit.now(), null, null, null, null, null, null, null, null, null, appName, signOnMode, extra));
        return created(app, activate);
    }

    private Application created(Application app, boolean activate) {
        log.success("application.lifecycle.create", "Add application", LogActor.of(app));
        if (activate) {
            log.success("application.lifecycle.activate", "Activate application", LogActor.of(app));
        }
        return app;
    }

    /** Replaces a non-OIDC app's label and settings, after the same checks as on create. */
    public Application replace(String appId, String label, ObjectNode extra) {
        Application app = require(tx.state(), appId);
        AppModes.check(AppModes.CUSTOM.containsKey(app.signOnMode()) && !AppModes.DEFINITIONS.containsKey(app.name())
                ? null : app.name(), app.signOnMode(), label, extra.path("settings"));
        AppModes.normalise(extra);
        keepSigningKey(app, extra);
        Application updated = tx.put(APPS, appId, app.withExtra(label, extra, audit.now()));
        log.success("application.lifecycle.update", "Update application", LogActor.of(updated));
        return updated;
    }

    public Application replace(String appId, NewApp request, JsonNode extra) {
        Application app = require(tx.state(), appId);
        request.check();
        Application updated = tx.put(APPS, appId, app.withSettings(request, extra, audit.now()));
        log.success("application.lifecycle.update", "Update application", LogActor.of(updated));
        return updated;
    }

    /** A replace names the app's signing key ({@code credentials.signing.kid}, one of its keys) or keeps the one it had. */
    private void keepSigningKey(Application app, ObjectNode extra) {
        JsonNode kid = extra.path("credentials").path("signing").path("kid");
        if (kid.isTextual()) {
            if (tx.get(AppKeys.KEYS, AppKey.key(app.id(), kid.asText())).isEmpty()) {
                throw OktaErrors.apiValidationFailed("kid", List.of("kid: The key " + kid.asText()
                        + " is not a key credential of this app"));
            }
            return;
        }
        JsonNode had = app.extra().path("credentials").path("signing").path("kid");
        if (had.isTextual()) {
            extra.withObjectProperty("credentials").withObjectProperty("signing").put("kid", had.asText());
        }
    }

    public Application activate(String appId) {
        return setStatus(appId, Application.ACTIVE, "application.lifecycle.activate", "Activate application");
    }

    public Application deactivate(String appId) {
        return setStatus(appId, Application.INACTIVE, "application.lifecycle.deactivate", "Deactivate application");
    }

    /** Okta deletes only INACTIVE apps (E0000056 otherwise). */
    public void delete(String appId) {
        Application app = require(tx.state(), appId);
        if (Application.ACTIVE.equals(app.status())) {
            throw OktaErrors.deleteAppForbidden();
        }
        new AppKeys(tx, audit).removeAll(appId);
        tx.remove(UserTypes.SCHEMAS, UserTypes.APP_SCHEMA + appId);
        tx.remove(APP_CONNECTIONS, appId);
        removeRange(APP_USERS, appId);
        removeRange(APP_GROUPS, appId);
        tx.remove(APPS, appId);
        log.success("application.lifecycle.delete", "Delete application", LogActor.of(app));
    }

    public AppUser assignUser(String appId, String userId) {
        Application app = require(tx.state(), appId);
        User user = Users.require(tx.state(), userId);
        String key = AppUser.key(app.id(), user.id());
        Optional<AppUser> existing = tx.get(APP_USERS, key);
        if (existing.isPresent()) {
            return existing.get();
        }
        AppUser assignment = tx.put(APP_USERS, key, new AppUser(key, app.id(), user.id(), audit.now(), audit.now()));
        log.success("application.user_membership.add", "Add user to application membership", LogActor.of(user),
                LogActor.of(app));
        return assignment;
    }

    public void unassignUser(String appId, String userId) {
        Application app = require(tx.state(), appId);
        User user = Users.require(tx.state(), userId);
        String key = AppUser.key(app.id(), user.id());
        if (tx.get(APP_USERS, key).isEmpty()) {
            throw OktaErrors.notFound(userId, "AppUser");
        }
        tx.remove(APP_USERS, key);
        log.success("application.user_membership.remove", "Remove user's application membership",
                LogActor.of(user), LogActor.of(app));
    }

    public AppGroup assignGroup(String appId, String groupId, Integer priority) {
        Application app = require(tx.state(), appId);
        Group group = Groups.require(tx.state(), groupId);
        String key = AppGroup.key(app.id(), group.id());
        int rank = priority != null ? priority : (int) tx.all(APP_GROUPS).subMap(appId + "/", appId + "/\uffff").size();
        AppGroup assignment = tx.put(APP_GROUPS, key, new AppGroup(key, app.id(), group.id(), rank, audit.now()));
        log.success("group.application_assignment.add", "Add assigned application to group", LogActor.of(group),
                LogActor.of(app));
        return assignment;
    }

    public void unassignGroup(String appId, String groupId) {
        Application app = require(tx.state(), appId);
        String key = AppGroup.key(app.id(), groupId);
        AppGroup assignment = tx.get(APP_GROUPS, key).orElseThrow(() -> OktaErrors.notFound(groupId, "AppGroup"));
        tx.remove(APP_GROUPS, key);
        tx.get(Groups.GROUPS, assignment.groupId()).ifPresent(group -> log.success(
                "group.application_assignment.remove", "Remove assigned application from group", LogActor.of(group),
                LogActor.of(app)));
    }

    void unassignEverywhere(String userId) {
        tx.all(APP_USERS).values().stream().filter(a -> a.userId().equals(userId)).toList()
                .forEach(a -> tx.remove(APP_USERS, a.id()));
    }

    void unassignGroupEverywhere(String groupId) {
        tx.all(APP_GROUPS).values().stream().filter(a -> a.groupId().equals(groupId)).toList()
                .forEach(a -> tx.remove(APP_GROUPS, a.id()));
    }

    private Application setStatus(String appId, String status, String eventType, String message) {
        Application app = require(tx.state(), appId);
        if (status.equals(app.status())) {
            return app;
        }
        Application updated = tx.put(APPS, appId, app.withStatus(status, audit.now()));
        log.success(eventType, message, LogActor.of(updated));
        return updated;
    }

    private void removeRange(Kind<?> kind, String appId) {
        new LinkedHashMap<>(tx.all(kind).subMap(appId + "/", appId + "/\uffff")).keySet()
                .forEach(key -> tx.remove(kind, key));
    }

    private static String newSecret() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

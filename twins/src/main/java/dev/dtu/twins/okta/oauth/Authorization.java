package dev.dtu.twins.okta.oauth;

import dev.dtu.twins.okta.model.Secrets;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.Audit;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.SystemLog;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.model.UserStatus;
import dev.dtu.twins.okta.model.Users;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The twin's non-interactive {@code /authorize}: the signed-in person (seed, admin API, or a
 * {@code login_hint} naming a login) authorizes at once and the browser is sent back with a code.
 */
public final class Authorization {
    /** Okta's authorization codes live 60 seconds. */
    static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    private Authorization() {
    }

    /** The app, when client_id and redirect_uri are right; otherwise an error Okta shows instead of redirecting. */
    public static Application client(State state, AuthorizeRequest request) {
        Application app = Optional.ofNullable(request.clientId()).flatMap(id -> Apps.byClientId(state, id))
                .filter(a -> Application.ACTIVE.equals(a.status()))
                .orElseThrow(() -> new OAuthException(400, "invalid_client", "Invalid value for 'client_id' parameter."));
        if (request.redirectUri() == null || !app.redirectUris().contains(request.redirectUri())) {
            throw OAuthException.invalidRequest("The 'redirect_uri' parameter must be a Login redirect URI in the "
                    + "client app settings: " + request.redirectUri());
        }
        return app;
    }

    /** Issues a code for the request and returns it, or throws the error to send back on the redirect. */
    public static String authorize(Tx tx, Audit audit, AuthorizeRequest request, Application app) {
        if (!"code".equals(request.responseType())) {
            throw new OAuthException(400, "unsupported_response_type",
                    "The response type is not supported by the authorization server. Configured response types: [code].");
        }
        Grants.checkConfigured(app, "authorization_code");
        List<String> scopes = Scopes.parse(request.scope(), request.server(), tx.state());
        if (!request.server().custom() && !scopes.contains("openid")) {
            throw OAuthException.invalidScope("The 'openid' scope is required for the org authorization server.");
        }
        checkPkce(request, app);
        User user = signedInUser(tx, request);
        if (user.status() != UserStatus.ACTIVE && user.status() != UserStatus.PASSWORD_EXPIRED) {
            throw new OAuthException(400, "access_denied", "The user is not active.");
        }
        if (Apps.assignmentScope(tx.state(), app.id(), user.id()).isEmpty()) {
            throw new OAuthException(400, "access_denied", "User is not assigned to the client application.");
        }
        AccessPolicies.evaluate(tx.state(), request.server(), app, user, "authorization_code", scopes);
        return issue(tx, audit, request, app, user, scopes);
    }

    private static String issue(Tx tx, Audit audit, AuthorizeRequest request, Application app, User user,
            List<String> scopes) {
        boolean newSession = UserSessions.signedIn(tx.state()).filter(u -> u.id().equals(user.id())).isEmpty();
        SystemLog log = new SystemLog(tx, audit);
        LogActor who = LogActor.of(user);
        if (newSession) {
            UserSessions.start(tx, user.id(), audit.now());
            new Users(tx, audit).signedIn(user);
            log.by(who, "user.session.start", "User login to Okta");
        }
        log.by(who, "user.authentication.sso", "User single sign on to app", LogActor.of(app));
        String code = Secrets.random(32);
        String key = Secrets.digest(code);
        tx.put(OAuthKinds.CODES, key, new AuthorizationCode(key, request.server().id(),
                app.clientId(), user.id(), request.redirectUri(), scopes, request.nonce(), request.codeChallenge(),
                audit.now(), audit.now().plus(CODE_LIFETIME)));
        log.by(who, TokenMinter.eventPrefix(request.server()) + "authorize.code", "OAuth2 authorization code request",
                LogActor.of(app));
        return code;
    }

    private static void checkPkce(AuthorizeRequest request, Application app) {
        if (request.codeChallenge() == null) {
            if (app.publicClient()) {
                throw OAuthException.invalidRequest(
                        "PKCE code challenge is required when the token endpoint authentication method is 'NONE'.");
            }
            return;
        }
        if (!"S256".equals(request.codeChallengeMethod())) {
            throw OAuthException.invalidRequest("The code_challenge_method is not supported. Must be 'S256'.");
        }
        if (!request.codeChallenge().matches("[A-Za-z0-9_-]{43,128}")) {
            throw OAuthException.invalidRequest("The code_challenge is invalid.");
        }
    }

    private static User signedInUser(Tx tx, AuthorizeRequest request) {
        if (request.loginHint() != null && !request.loginHint().isBlank()) {
            Optional<User> hinted = Users.find(tx.state(), request.loginHint());
            if (hinted.isPresent()) {
                return hinted.get();
            }
        }
        return UserSessions.signedIn(tx.state()).orElseThrow(() -> new OAuthException(400, "login_required",
                "The client specified not to prompt, but the user is not logged in."));
    }
}

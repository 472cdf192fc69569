package dev.dtu.twins.okta.oauth;

import dev.dtu.twins.okta.model.Secrets;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.Audit;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.Passwords;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserStatus;
import dev.dtu.twins.okta.model.Users;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The grants of {@code /token}. {@link #grant} checks the grant type once for all of them; each handler
 * checks its own parameters and says what the client is granted. Adding a grant is one entry in
 * {@link #HANDLERS} (discovery's {@code grant_types_supported} follows it).
 */
public final class Grants {
    static final String BAD_CODE = "The authorization code is invalid or has expired.";
    static final String BAD_REFRESH = "The refresh token is invalid or expired.";

    /** One grant type's own checks, over the token request's form. */
    @FunctionalInterface
    private interface Handler {
        Grant grant(Grants grants, Map<String, String> form);
    }

    /** Every grant type {@code /token} serves, in the order discovery lists them. */
    private static final SequencedMap<String, Handler> HANDLERS = handlers();
    public static final List<String> SUPPORTED = List.copyOf(HANDLERS.keySet());

    private final Tx tx;
    private final Audit audit;
    private final AuthServer server;
    private final Application app;
    private String grantType;

    public Grants(Tx tx, Audit audit, AuthServer server, Application app) {
        this.tx = tx;
        this.audit = audit;
        this.server = server;
        this.app = app;
    }

    private static SequencedMap<String, Handler> handlers() {
        SequencedMap<String, Handler> handlers = new LinkedHashMap<>();
        handlers.put("authorization_code", Grants::authorizationCode);
        handlers.put("refresh_token", Grants::refreshToken);
        handlers.put("password", Grants::password);
        handlers.put("client_credentials", Grants::clientCredentials);
        return Collections.unmodifiableSequencedMap(handlers);
    }

    /** The grant a token request's form asks for ({@code grant_type} and that grant's own parameters). */
    public Grant grant(Map<String, String> form) {
        String grantType = form.get("grant_type");
        if (grantType == null) {
            throw OAuthException.invalidRequest("The 'grant_type' parameter is required.");
        }
        Handler handler = HANDLERS.get(grantType);
        if (handler == null) {
            throw new OAuthException(400, "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server.");
        }
        checkConfigured(app, grantType);
        this.grantType = grantType;
        return handler.grant(this, form);
    }

    /** unauthorized_client unless the app's settings list the grant type (also {@code /authorize}'s check). */
    static void checkConfigured(Application app, String grantType) {
        if (!app.allowsGrant(grantType)) {
            throw OAuthException.unauthorizedClient("The client is not authorized to use the provided grant type. "
                    + "Configured grant types: " + app.grantTypes() + ".");
        }
    }

    private Grant authorizationCode(Map<String, String> form) {
        AuthorizationCode issued = redeem(OAuthKinds.CODES, form.get("code"), BAD_CODE);
        if (!issued.redirectUri().equals(form.get("redirect_uri"))) {
            throw OAuthException.invalidGrant(
                    "The 'redirect_uri' does not match the redirection URI used in the authorization request.");
        }
        checkVerifier(issued, form.get("code_verifier"));
        User user = activeUser(issued.userId(), BAD_CODE);
        return granted(user, issued.scopes(), issued.nonce(), issued.authTime());
    }

    private void checkVerifier(AuthorizationCode issued, String verifier) {
        if (issued.codeChallenge() == null) {
            return;
        }
        if (verifier == null) {
            throw OAuthException.invalidRequest("The 'code_verifier' parameter is required.");
        }
        if (!issued.codeChallenge().equals(s256(verifier))) {
            throw OAuthException.invalidGrant("PKCE verification failed.");
        }
    }

    /** Rotation: the used refresh token is spent and the response carries a new one. */
    private Grant refreshToken(Map<String, String> form) {
        RefreshToken issued = redeem(OAuthKinds.REFRESH_TOKENS, form.get("refresh_token"), BAD_REFRESH);
        User user = activeUser(issued.userId(), BAD_REFRESH);
        String scope = form.get("scope");
        List<String> scopes = issued.scopes();
        if (scope != null && !scope.isBlank()) {
            scopes = new ArrayList<>(requestedScopes(scope));
            if (!issued.scopes().containsAll(scopes)) {
                throw OAuthException.invalidScope("The requested scopes exceed the scopes granted to the refresh token.");
            }
            if (!scopes.contains("offline_access")) {
                scopes.add("offline_access");
            }
        }
        return granted(user, scopes, null, issued.authTime());
    }

    /**
     * Client credentials carry no OIDC scope: a custom server's own scopes, or on the org server the
     * {@code okta.*} scopes granted to the app ("the scope is granted if the scope exists in the service app's
     * grants collection", Okta, Implement OAuth for Okta with a service app).
     */
    private Grant clientCredentials(Map<String, String> form) {
        if (app.publicClient()) {
            throw OAuthException.invalidClient("Client credentials requests require client authentication.");
        }
        List<String> scopes = requestedScopes(form.get("scope"));
        if (scopes.stream().anyMatch(Scopes.OIDC::contains)
                || (!server.custom() && !ManagementScopes.granted(tx.state(), app.id(), server.orgUrl()).containsAll(scopes))) {
            throw OAuthException.invalidScope(Scopes.NOT_CONFIGURED);
        }
        return granted(null, scopes, null, audit.now());
    }

    private Grant password(Map<String, String> form) {
        List<String> scopes = requestedScopes(form.get("scope"));
        User user = Optional.ofNullable(form.get("username")).flatMap(u -> Users.find(tx.state(), u))
                .filter(u -> u.status() == UserStatus.ACTIVE && Passwords.matches(u, form.get("password")))
                .orElseThrow(() -> OAuthException.invalidGrant("The credentials provided were invalid."));
        if (Apps.assignmentScope(tx.state(), app.id(), user.id()).isEmpty()) {
            throw OAuthException.invalidGrant("User is not assigned to the client application.");
        }
        User signedIn = new Users(tx, audit).signedIn(user);
        return granted(signedIn, scopes, null, audit.now());
    }

    /** A code or refresh token of this server and client, unexpired, spent now; otherwise invalid_grant. */
    private <T extends Redeemable> T redeem(Kind<T> kind, String presented, String error) {
        String key = presented == null ? null : Secrets.digest(presented);
        T issued = Optional.ofNullable(key).flatMap(k -> tx.get(kind, k))
                .filter(t -> t.server().equals(server.id()) && t.clientId().equals(app.clientId()))
                .filter(t -> audit.now().isBefore(t.expiresAt()))
                .orElseThrow(() -> OAuthException.invalidGrant(error));
        tx.remove(kind, key);
        return issued;
    }

    private List<String> requestedScopes(String scope) {
        return Scopes.parse(scope, server, tx.state());
    }

    private User activeUser(String userId, String error) {
        return tx.get(Users.USERS, userId).filter(u -> u.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> OAuthException.invalidGrant(error));
    }

    private Grant granted(User user, List<String> scopes, String nonce, Instant authTime) {
        return new Grant(server, app, user, scopes, nonce, authTime,
                AccessPolicies.evaluate(tx.state(), server, app, user, grantType, scopes));
    }

    static String s256(String verifier) {
        return dev.dtu.server.oauth.OAuthDigests.s256(verifier);
    }
}

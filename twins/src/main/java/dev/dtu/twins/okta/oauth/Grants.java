package dev.dtu.twins.okta.oauth;

import dev.dtu.server.state.Tx;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.Audit;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.Passwords;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserStatus;
import dev.dtu.twins.okta.model.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The grants of {@code /token}: each checks its request and says what the client is granted. */
public final class Grants {
    static final String BAD_CODE = "The authorization code is invalid or has expired.";
    static final String BAD_REFRESH = "The refresh token is invalid or expired.";

    private final Tx tx;
    private final Audit audit;
    private final AuthServer server;
    private final Application app;

    public Grants(Tx tx, Audit audit, AuthServer server, Application app) {
        this.tx = tx;
        this.audit = audit;
        this.server = server;
        this.app = app;
    }

    public Grant grant(String grantType, Map<String, String> form) {
        if (grantType == null) {
            throw OAuthException.invalidRequest("The 'grant_type' parameter is required.");
        }
        if (!List.of("authorization_code", "refresh_token", "client_credentials", "password").contains(grantType)) {
            throw new OAuthException(400, "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server.");
        }
        if (!app.allowsGrant(grantType)) {
            throw OAuthException.unauthorizedClient("The client is not authorized to use the provided grant type. "
                    + "Configured grant types: " + app.grantTypes() + ".");
        }
        return switch (grantType) {
            case "authorization_code" -> authorizationCode(form.get("code"), form.get("redirect_uri"),
                    form.get("code_verifier"));
            case "refresh_token" -> refreshToken(form.get("refresh_token"), form.get("scope"));
            case "client_credentials" -> clientCredentials(form.get("scope"));
            default -> password(form.get("username"), form.get("password"), form.get("scope"));
        };
    }

    private Grant authorizationCode(String code, String redirectUri, String verifier) {
        AuthorizationCode issued = Optional.ofNullable(code).flatMap(c -> tx.get(OAuthKinds.CODES, c))
                .filter(c -> c.server().equals(server.id()) && c.clientId().equals(app.clientId()))
                .filter(c -> audit.now().isBefore(c.expiresAt()))
                .orElseThrow(() -> OAuthException.invalidGrant(BAD_CODE));
        tx.remove(OAuthKinds.CODES, issued.code());
        if (!issued.redirectUri().equals(redirectUri)) {
            throw OAuthException.invalidGrant(
                    "The 'redirect_uri' does not match the redirection URI used in the authorization request.");
        }
        checkVerifier(issued, verifier);
        User user = activeUser(issued.userId(), BAD_CODE);
        return new Grant(server, app, user, issued.scopes(), issued.nonce(), issued.authTime());
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
    private Grant refreshToken(String token, String scope) {
        RefreshToken issued = Optional.ofNullable(token).flatMap(t -> tx.get(OAuthKinds.REFRESH_TOKENS, t))
                .filter(t -> t.server().equals(server.id()) && t.clientId().equals(app.clientId()))
                .filter(t -> audit.now().isBefore(t.expiresAt()))
                .orElseThrow(() -> OAuthException.invalidGrant(BAD_REFRESH));
        tx.remove(OAuthKinds.REFRESH_TOKENS, issued.token());
        User user = activeUser(issued.userId(), BAD_REFRESH);
        List<String> scopes = issued.scopes();
        if (scope != null && !scope.isBlank()) {
            scopes = Scopes.parse(scope, server, Org.of(tx.state()));
            if (!issued.scopes().containsAll(scopes)) {
                throw OAuthException.invalidScope("The requested scopes exceed the scopes granted to the refresh token.");
            }
            if (!scopes.contains("offline_access")) {
                scopes = java.util.stream.Stream.concat(scopes.stream(), java.util.stream.Stream.of("offline_access"))
                        .toList();
            }
        }
        return new Grant(server, app, user, scopes, null, issued.authTime());
    }

    /** Client credentials carry custom scopes only, and only the default server has any. */
    private Grant clientCredentials(String scope) {
        if (app.publicClient()) {
            throw OAuthException.invalidClient("Client credentials requests require client authentication.");
        }
        List<String> scopes = Scopes.parse(scope, server, Org.of(tx.state()));
        if (!server.custom() || scopes.stream().anyMatch(Scopes.OIDC::contains)) {
            throw OAuthException.invalidScope(Scopes.NOT_CONFIGURED);
        }
        return new Grant(server, app, null, scopes, null, audit.now());
    }

    private Grant password(String username, String password, String scope) {
        List<String> scopes = Scopes.parse(scope, server, Org.of(tx.state()));
        User user = Optional.ofNullable(username).flatMap(u -> Users.find(tx.state(), u))
                .filter(u -> u.status() == UserStatus.ACTIVE && Passwords.matches(u, password))
                .orElseThrow(() -> OAuthException.invalidGrant("The credentials provided were invalid."));
        if (Apps.assignmentScope(tx.state(), app.id(), user.id()).isEmpty()) {
            throw OAuthException.invalidGrant("User is not assigned to the client application.");
        }
        User signedIn = new Users(tx, audit).signedIn(user);
        return new Grant(server, app, signedIn, scopes, null, audit.now());
    }

    private User activeUser(String userId, String error) {
        return tx.get(Users.USERS, userId).filter(u -> u.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> OAuthException.invalidGrant(error));
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.dtu.twins.okta.api;

import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.oauth.AuthServer;
import dev.dtu.twins.okta.oauth.ClientAssertion;
import dev.dtu.twins.okta.oauth.ClientAuthentication;
import dev.dtu.twins.okta.oauth.OAuthException;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.Base64;
import java.util.Map;

/** What the OAuth endpoints share: which server a path is on, and client authentication. */
final class OAuthRequests {
    private OAuthRequests() {
    }

    /** A token, introspect or revoke request once its client is authenticated. */
    record ClientRequest(Map<String, String> form, AuthServer server, Application app) {
        /** The {@code token} parameter of introspect and revoke. */
        String token() {
            String token = form.get("token");
            if (token == null) {
                throw OAuthException.invalidRequest("The 'token' parameter is required.");
            }
            return token;
        }
    }

    static ClientRequest authenticated(OktaRequest r) {
        Map<String, String> form = r.form();
        return new ClientRequest(form, server(r), client(r, r.state(), form));
    }

    static AuthServer server(OktaRequest r) {
        String id = r.params().get("authServerId");
        return id == null ? AuthServer.org(r.orgUrl()) : AuthServer.custom(r.state(), id, r.orgUrl());
    }

    /**
     * client_secret_basic (Authorization: Basic, form-urlencoded parts), client_secret_post / none (form), or
     * private_key_jwt ({@code client_assertion}).
     */
    static Application client(OktaRequest r, State state, Map<String, String> form) {
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        if (form.containsKey("client_assertion")) {
            return ClientAssertion.authenticate(state, form.get("client_assertion_type"), form.get("client_assertion"),
                    clientId, r.orgUrl() + OktaDispatcher.path(r.http()), r.now());
        }
        String basic = r.http().authorization("Basic").orElse(null);
        if (basic != null) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthException.invalidClient("Client authentication failed. Either the client or the client "
                        + "credentials are invalid.");
            }
            int colon = decoded.indexOf(':');
            clientId = URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
            secret = colon < 0 ? null : URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        }
        return ClientAuthentication.authenticate(state, clientId, secret, (id, s) -> r.call().credential(s)
                .filter(c -> c.name().equals("client:" + id)).isPresent());
    }
}

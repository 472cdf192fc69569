package dev.dtu.twins.okta.api;

import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.OktaException;
import dev.dtu.twins.okta.model.SessionToken;
import dev.dtu.twins.okta.model.SystemLog;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.oauth.AuthServer;
import dev.dtu.twins.okta.oauth.Authorization;
import dev.dtu.twins.okta.oauth.AuthorizeRequest;
import dev.dtu.twins.okta.oauth.OAuthException;
import dev.dtu.twins.okta.oauth.TokenChecks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /authorize} (non-interactive: the signed-in person authorizes at once) and {@code /logout}.
 * Errors about the client or its redirect URI are answered directly; all others go back on the redirect,
 * as {@code error} and {@code error_description} beside {@code state}.
 */
final class AuthorizeApi {
    private AuthorizeApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get("/oauth2/v1/authorize", OktaRoute.open("authorize", AuthorizeApi::authorize))
                .post("/oauth2/v1/authorize", OktaRoute.open("authorizeWithPost", AuthorizeApi::authorize))
                .get("/oauth2/{authServerId}/v1/authorize", OktaRoute.open("authorizeCustomAS", AuthorizeApi::authorize))
                .post("/oauth2/{authServerId}/v1/authorize",
                        OktaRoute.open("authorizeCustomASWithPost", AuthorizeApi::authorize))
                .get("/oauth2/v1/logout", OktaRoute.open("logout", AuthorizeApi::logout))
                .get("/oauth2/{authServerId}/v1/logout", OktaRoute.open("logoutCustomAS", AuthorizeApi::logout));
    }

    private static Response authorize(OktaRequest r) {
        Map<String, String> p = r.form();
        AuthorizeRequest request = new AuthorizeRequest(OAuthRequests.server(r), p.get("client_id"),
                p.get("redirect_uri"), p.get("response_type"), p.get("scope"), p.get("state"), p.get("nonce"),
                p.get("code_challenge"), p.get("code_challenge_method"), p.get("login_hint"), p.get("prompt"),
                p.get("response_mode"));
        Application app = Authorization.client(r.state(), request);
        signInWith(r, p.get("sessionToken"));
        Map<String, String> result = new LinkedHashMap<>();
        try {
            result.put("code", r.secret(r.write(tx -> Authorization.authorize(tx, r.audit(), request, app)), "code"));
        } catch (OAuthException e) {
            result.put("error", e.error());
            result.put("error_description", e.description());
        }
        if (request.state() != null) {
            result.put("state", request.state());
        }
        return back(request.redirectUri(), request.responseMode(), result);
    }

    /**
     * A {@code sessionToken} (from the Authentication API) signs its user in to the browser session, so the
     * login form is skipped. One that is unknown, used or expired is ignored: Okta would show its login form,
     * and the twin goes on with whoever is signed in.
     */
    private static void signInWith(OktaRequest r, String sessionToken) {
        if (sessionToken == null) {
            return;
        }
        try {
            r.write(tx -> {
                SessionToken token = UserSessions.redeem(tx, sessionToken, r.now());
                UserSessions.start(tx, token.userId(), r.now());
                return null;
            });
        } catch (OktaException e) {
            // not a live session token: as if none was given
        }
    }

    /** response_mode query (the default for code), fragment, or form_post (an auto-submitting form). */
    private static Response back(String redirectUri, String responseMode, Map<String, String> params) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        params.forEach((k, v) -> multi.put(k, List.of(v)));
        String encoded = QueryStrings.format(multi).replace("+", "%20");
        if ("form_post".equals(responseMode)) {
            StringBuilder html = new StringBuilder("<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" "
                    + "action=\"" + Html.escape(redirectUri) + "\">");
            params.forEach((k, v) -> html.append("<input type=\"hidden\" name=\"").append(Html.escape(k))
                    .append("\" value=\"").append(Html.escape(v)).append("\"/>"));
            return Response.text(200, "text/html; charset=utf-8", html.append("</form></body></html>").toString());
        }
        String separator = "fragment".equals(responseMode) ? "#" : redirectUri.contains("?") ? "&" : "?";
        return Response.empty(302).header("Location", redirectUri + separator + encoded);
    }

    /**
     * Ends the session when the ID token's subject is the signed-in user, then redirects to the registered
     * post_logout_redirect_uri (with state), or to the sign-in page.
     */
    private static Response logout(OktaRequest r) {
        Map<String, String> p = r.form();
        AuthServer server = OAuthRequests.server(r);
        var claims = TokenChecks.idTokenForLogout(r.state(), server, p.get("id_token_hint"));
        String target = p.get("post_logout_redirect_uri");
        if (claims.isEmpty()) {
            throw OAuthException.invalidRequest("The 'id_token_hint' parameter is invalid.");
        }
        Application app = Apps.byClientId(r.state(), claims.get().getAudience().get(0))
                .orElseThrow(() -> OAuthException.invalidRequest("The 'id_token_hint' parameter is invalid."));
        if (target != null && !app.postLogoutRedirectUris().contains(target)) {
            throw OAuthException.invalidRequest("The 'post_logout_redirect_uri' parameter must be a Logout redirect "
                    + "URI in the client app settings: " + target);
        }
        String subject = claims.get().getSubject();
        r.write(tx -> {
            UserSessions.signedIn(tx.state()).filter(u -> u.id().equals(subject)).ifPresent(u -> {
                UserSessions.end(tx);
                new SystemLog(tx, r.audit(LogActor.of(u))).success("user.session.end", "User logout from Okta");
            });
            return null;
        });
        if (target == null) {
            return Response.empty(302).header("Location", r.orgUrl() + "/login/default");
        }
        String state = p.get("state");
        String location = state == null ? target
                : target + (target.contains("?") ? "&" : "?") + "state=" + java.net.URLEncoder.encode(state,
                        java.nio.charset.StandardCharsets.UTF_8);
        return Response.empty(302).header("Location", location);
    }
}

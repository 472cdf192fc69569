package dev.dtu.twins.slack.api;

import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Installs;
import dev.dtu.twins.slack.model.OAuthCode;
import dev.dtu.twins.slack.model.OAuthSettings;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.Workspace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's install page, {@code /oauth/v2/authorize} (https://api.slack.com/authentication/oauth-v2#asking), and Sign
 * in with Slack's {@code /openid/connect/authorize}. {@code GET} shows a small consent page; a person (or a
 * scenario, by HTTP) answers it with {@code POST} of the same parameters plus {@code user} (a member id or the
 * seed's person id; the workspace's primary owner when absent), {@code channel} (name or id, for the
 * incoming-webhook scope) and {@code decision=allow|deny}. Allowing redirects with {@code code} and {@code state};
 * denying with {@code error=access_denied}.
 */
public final class AuthorizePage {
    public static final String PATH = "/oauth/v2/authorize";
    public static final String OPENID_PATH = "/openid/connect/authorize";
    /** Slack's codes expire after ten minutes (oauth.v2.access, invalid_code). */
    private static final long CODE_LIFETIME = 600;

    private AuthorizePage() {}

    public static boolean handles(String path) {
        return path.equals(PATH) || path.equals(OPENID_PATH);
    }

    public static Response handle(TwinCall call) {
        Request request = call.request();
        Map<String, String> p = params(request);
        boolean openid = request.path().equals(OPENID_PATH);
        Workspace ws = new Workspace(new dev.dtu.server.state.Tx(call.state()), call.now());
        OAuthSettings settings = Installs.settings(ws.tx());
        if (!settings.clientId().equals(p.get("client_id"))) {
            return page(400, "<p>invalid_client_id</p>");
        }
        String redirect = p.get("redirect_uri");
        if (redirect == null && settings.redirectUrls().size() == 1) {
            redirect = settings.redirectUrls().get(0);
        }
        if (redirect == null || !settings.allows(redirect)) {
            return page(400, "<p>bad_redirect_uri</p>");
        }
        List<String> scopes = OAuthApi.scopes(openid ? null : p.get("scope"));
        List<String> userScopes = OAuthApi.scopes(openid ? p.get("scope") : p.get("user_scope"));
        if (scopes.isEmpty() && userScopes.isEmpty() || openid && !userScopes.contains("openid")
                || !openid && userScopes.contains("openid")) {
            return back(redirect, Map.of("error", "invalid_scope"), p.get("state"));
        }
        if (request.method().equals("GET")) {
            return page(200, consent(ws, p, scopes.contains("incoming-webhook")));
        }
        if (!"allow".equals(p.get("decision"))) {
            return back(redirect, Map.of("error", "access_denied"), p.get("state"));
        }
        Optional<User> installer = installer(ws, p.get("user"));
        if (installer.isEmpty()) {
            return page(400, "<p>user_not_found</p>");
        }
        String channel = null;
        if (scopes.contains("incoming-webhook")) {
            Optional<Conversation> c = Optional.ofNullable(p.get("channel")).flatMap(ws::find).filter(x -> !x.archived());
            if (c.isEmpty()) {
                return page(400, "<p>channel_not_found: pick a channel for the incoming webhook</p>");
            }
            channel = c.get().id();
        }
        String code = Installs.newCode();
        OAuthCode record = new OAuthCode(Installs.digest(code), installer.get().id(), scopes, userScopes,
                p.get("redirect_uri"), channel, openid, p.get("nonce"), ws.nowSeconds() + CODE_LIFETIME, false);
        call.write(tx -> tx.put(SlackKinds.OAUTH_CODES, record.digest(), record));
        call.universe().redactor().learn(code, "code");
        return back(redirect, Map.of("code", code), p.get("state"));
    }

    private static Optional<User> installer(Workspace ws, String ref) {
        List<User> people = ws.users().stream().filter(u -> !u.isBot() && !u.deleted() && !u.id().equals("USLACKBOT"))
                .toList();
        if (ref == null || ref.isBlank()) {
            return people.stream().filter(User::isOwner).findFirst().or(() -> people.stream().findFirst());
        }
        return people.stream().filter(u -> ref.equals(u.id()) || ref.equals(u.person())).findFirst();
    }

    private static Map<String, String> params(Request request) {
        Map<String, String> p = new LinkedHashMap<>();
        request.query().forEach((k, v) -> p.put(k, v.get(v.size() - 1)));
        if (request.mediaType().equals("application/x-www-form-urlencoded")) {
            QueryStrings.parse(request.bodyText()).forEach((k, v) -> p.put(k, v.get(v.size() - 1)));
        }
        return p;
    }

    private static String consent(Workspace ws, Map<String, String> p, boolean webhook) {
        StringBuilder html = new StringBuilder("<h1>").append(escape(ws.app().name())).append(" is requesting permission to access the ")
                .append(escape(ws.team().name())).append(" Slack workspace</h1><form method=\"post\">");
        p.forEach((k, v) -> {
            if (!k.equals("decision") && !k.equals("user") && !k.equals("channel")) {
                html.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"").append(escape(v)).append("\"/>");
            }
        });
        html.append("<label>Person <select name=\"user\">");
        ws.users().stream().filter(u -> !u.isBot() && !u.deleted() && !u.id().equals("USLACKBOT")).forEach(u ->
                html.append("<option value=\"").append(u.id()).append("\">").append(escape(u.realName())).append("</option>"));
        html.append("</select></label>");
        if (webhook) {
            html.append("<label>Where should it post? <select name=\"channel\">");
            ws.conversations().stream().filter(c -> c.isChannel() && !c.archived()).forEach(c ->
                    html.append("<option value=\"").append(c.id()).append("\">#").append(escape(c.name())).append("</option>"));
            html.append("</select></label>");
        }
        return html.append("<button name=\"decision\" value=\"deny\">Cancel</button>")
                .append("<button name=\"decision\" value=\"allow\">Allow</button></form>").toString();
    }

    private static Response back(String redirect, Map<String, String> params, String state) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(encode(v)));
        if (state != null) {
            q.append("&state=").append(encode(state));
        }
        return Response.empty(302).header("Location", redirect + (redirect.contains("?") ? "&" : "?") + q);
    }

    private static Response page(int status, String body) {
        return Response.text(status, "text/html; charset=utf-8", "<!doctype html><html><body>" + body + "</body></html>");
    }

    private static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package dev.dtu.twins.okta.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an OIDC client library does against the twin, over plain HTTP: discovery, authorize, token calls. */
final class OidcClient {
    static final String REDIRECT = "http://localhost:3000/callback";

    final String issuer;
    final String clientId;
    final String clientSecret;
    final JsonNode discovery;

    OidcClient(String issuer, String clientId, String clientSecret) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.discovery = Http.get(issuer + "/.well-known/openid-configuration").json();
    }

    String endpoint(String name) {
        return discovery.path(name).asText();
    }

    /** GET /authorize; returns the redirect's query (or fragment) parameters. */
    Map<String, String> authorize(String scope, String state, String challenge, String extra) {
        String url = endpoint("authorization_endpoint") + "?client_id=" + enc(clientId) + "&response_type=code"
                + "&redirect_uri=" + enc(REDIRECT) + "&scope=" + enc(scope) + "&state=" + enc(state) + "&nonce=n-0S6"
                + (challenge == null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256") + extra;
        Http.Reply r = Http.get(url);
        if (r.status() != 302) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
        URI location = URI.create(r.header("Location"));
        if (!r.header("Location").startsWith(REDIRECT)) {
            throw new IllegalStateException("redirected to " + location);
        }
        return params(location.getRawQuery());
    }

    Http.Reply token(String form) {
        return Http.post(endpoint("token_endpoint"), form, "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", basic(), "Accept", "application/json");
    }

    Http.Reply introspect(String token) {
        return Http.post(endpoint("introspection_endpoint"), "token=" + enc(token), "Content-Type",
                "application/x-www-form-urlencoded", "Authorization", basic());
    }

    Http.Reply revoke(String token) {
        return Http.post(endpoint("revocation_endpoint"), "token=" + enc(token), "Content-Type",
                "application/x-www-form-urlencoded", "Authorization", basic());
    }

    String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
    }

    static String s256(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}

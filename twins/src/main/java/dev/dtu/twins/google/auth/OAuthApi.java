package dev.dtu.twins.google.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.State;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.twin.TwinCall;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Google's OAuth 2.0 endpoints on the twin (as oauth2.googleapis.com and accounts.google.com): {@code /token}
 * (JWT bearer for the service account, with domain-wide delegation by {@code sub}; refresh_token;
 * authorization_code with PKCE), {@code /o/oauth2/v2/auth} (consent given at once, as the person named by
 * {@code login_hint} or the app's person), {@code /tokeninfo}, {@code /revoke}, and the metadata server's token.
 * See developers.google.com/identity/protocols/oauth2/service-account and …/native-app.
 */
public final class OAuthApi {
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final long LIFETIME = 3600;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String METADATA = "/computeMetadata/v1/";
    private static final Map<String, String> OPERATIONS = Map.of(
            "/token", "oauth2.token", "/tokeninfo", "oauth2.tokeninfo", "/revoke", "oauth2.revoke",
            "/o/oauth2/v2/auth", "oauth2.authorize", "/o/oauth2/auth", "oauth2.authorize");

    private OAuthApi() {}

    /** The operation of an OAuth or metadata path, else empty. */
    public static Optional<String> operation(Request request) {
        String path = request.path();
        if (path.startsWith(METADATA) || path.equals("/computeMetadata/v1")) {
            return Optional.of("metadata.get");
        }
        return Optional.ofNullable(OPERATIONS.get(path));
    }

    /** Serves an OAuth or metadata path (no access token needed), else empty. */
    public static Optional<Response> serve(TwinCall call) {
        Optional<String> op = operation(call.request());
        if (op.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (op.get()) {
                case "oauth2.token" -> token(call);
                case "oauth2.tokeninfo" -> tokenInfo(call);
                case "oauth2.revoke" -> revoke(call);
                case "oauth2.authorize" -> authorize(call);
                default -> Metadata.serve(call);
            });
        } catch (OAuthError e) {
            return Optional.of(e.response());
        }
    }

    /**
     * The key id ({@code kid}) of a JWT-bearer token request's assertion: minted per universe, so it names the
     * universe where the service-account email (the same in every universe made from one seed) cannot.
     */
    public static Optional<String> assertionKeyId(Request request) {
        if (!"/token".equals(request.path()) || !request.mediaType().equals("application/x-www-form-urlencoded")) {
            return Optional.empty();
        }
        String assertion = params(request).get("assertion");
        if (assertion == null || assertion.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SignedJWT.parse(assertion).getHeader().getKeyID());
        } catch (java.text.ParseException e) {
            return Optional.empty();
        }
    }

    static Map<String, String> params(Request request) {
        Map<String, String> out = new LinkedHashMap<>();
        request.query().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        if (request.mediaType().equals("application/x-www-form-urlencoded")) {
            QueryStrings.parse(request.bodyText()).forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        } else if (request.mediaType().equals("application/json") && request.body().length > 0) {
            try {
                Json.MAPPER.readTree(request.body()).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            } catch (java.io.IOException e) {
                throw OAuthError.invalidRequest("Invalid JSON payload received.");
            }
        }
        return out;
    }

    private static Response token(TwinCall call) {
        if (!call.request().method().equals("POST")) {
            throw new OAuthError(405, "invalid_request", "Only POST is allowed.");
        }
        Map<String, String> p = params(call.request());
        String grant = p.getOrDefault("grant_type", "");
        return switch (grant) {
            case JWT_BEARER -> jwtBearer(call, p);
            case "refresh_token" -> refresh(call, p);
            case "authorization_code" -> code(call, p);
            case "" -> throw OAuthError.invalidRequest("Missing required parameter: grant_type");
            default -> throw new OAuthError(400, "unsupported_grant_type", "Invalid grant_type: " + grant);
        };
    }

    /** The service account's assertion, checked as Google documents (signature, iss, aud, iat/exp, scope, sub). */
    private static Response jwtBearer(TwinCall call, Map<String, String> p) {
        ServiceAccount sa = call.state().get(GoogleAuth.SERVICE_ACCOUNT, ServiceAccount.ID)
                .orElseThrow(() -> OAuthError.invalidGrant("Invalid grant: account not found"));
        RSAKey key = GoogleAuth.key(call.universe()).orElseThrow();
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(p.getOrDefault("assertion", ""));
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw OAuthError.invalidRequest("Invalid JWT: could not parse the assertion.");
        }
        try {
            String keyId = jwt.getHeader().getKeyID();
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || keyId != null && !keyId.equals(key.getKeyID())
                    || !jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                throw OAuthError.invalidGrant("Invalid JWT Signature.");
            }
        } catch (JOSEException e) {
            throw OAuthError.invalidGrant("Invalid JWT Signature.");
        }
        if (!sa.email().equals(claims.getIssuer())) {
            throw OAuthError.invalidGrant("Invalid grant: account not found");
        }
        if (claims.getAudience().stream().noneMatch(aud -> tokenAudience(call, aud))) {
            throw OAuthError.invalidGrant("Invalid JWT: Failed audience check. The right audience is "
                    + tokenUri(call));
        }
        if (!GoogleAuth.shortLived(claims, call.now())) {
            throw OAuthError.invalidGrant("Invalid JWT: Token must be a short-lived token (60 minutes) and in a "
                    + "reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }
        Set<String> scopes = scopes(claimText(claims, "scope"));
        String accountId = sa.accountId();
        String sub = claimText(claims, "sub");
        if (sub != null && !sub.isEmpty() && !sub.equalsIgnoreCase(sa.email())) {
            accountId = GoogleAuth.byEmail(call.state(), sub).filter(GoogleAccount::active)
                    .orElseThrow(() -> OAuthError.invalidGrant("Invalid email or User ID")).id();
        }
        String clientId = call.universe().secret("google", GoogleAuth.CLIENT_ID).orElse("");
        return accessAnswer(call, issue(call, accountId, scopes, clientId, null), null, null, scopes, false);
    }

    private static String claimText(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : value.toString();
    }

    /** The scopes asked for: at least one, each one Google knows, else invalid_scope. */
    static Set<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            throw new OAuthError(400, "invalid_scope", "Invalid OAuth scope or ID token audience provided.");
        }
        Set<String> out = new LinkedHashSet<>(Arrays.asList(scope.trim().split("[\\s,]+")));
        for (String s : out) {
            if (!Scopes.KNOWN.contains(s)) {
                throw new OAuthError(400, "invalid_scope", "Invalid OAuth scope or ID token audience provided.");
            }
        }
        return out;
    }

    /** The twin's own token URL (as the key file names it), or Google's: both are this endpoint. */
    private static boolean tokenAudience(TwinCall call, String aud) {
        String own = call.request().baseUrl() + "/token";
        return aud.equals(own) || aud.equals(tokenUri(call)) || aud.equals("https://oauth2.googleapis.com/token")
                || aud.equals("https://www.googleapis.com/oauth2/v4/token")
                || aud.equals("https://accounts.google.com/o/oauth2/token");
    }

    static String tokenUri(TwinCall call) {
        return call.universe().twinUrl("google") + "/token";
    }

    private static Response refresh(TwinCall call, Map<String, String> p) {
        client(call, p, true);
        String refresh = p.get("refresh_token");
        if (refresh == null || refresh.isEmpty()) {
            throw OAuthError.invalidRequest("Missing required parameter: refresh_token");
        }
        GoogleToken grant = call.state().get(GoogleAuth.TOKENS, GoogleAuth.hash(refresh))
                .filter(t -> t.type().equals(GoogleToken.REFRESH))
                .orElseThrow(() -> OAuthError.invalidGrant("Token has been expired or revoked."));
        Set<String> scopes = new LinkedHashSet<>(grant.scopes());
        if (p.containsKey("scope")) {
            Set<String> narrower = scopes(p.get("scope"));
            if (!scopes.containsAll(narrower)) {
                throw new OAuthError(400, "invalid_scope", "Some requested scopes were invalid. {invalid="
                        + narrower.stream().filter(s -> !scopes.contains(s)).toList() + "}");
            }
            scopes.retainAll(narrower);
        }
        String access = issue(call, grant.accountId(), scopes, grant.clientId(), null);
        return accessAnswer(call, access, null, null, scopes, true);
    }

    private static Response code(TwinCall call, Map<String, String> p) {
        String verifier = p.get("code_verifier");
        client(call, p, verifier == null);
        String code = p.get("code");
        if (code == null || code.isEmpty()) {
            throw OAuthError.invalidRequest("Missing required parameter: code");
        }
        String hash = GoogleAuth.hash(code);
        GoogleToken grant = call.state().get(GoogleAuth.TOKENS, hash)
                .filter(t -> t.type().equals(GoogleToken.CODE) && !t.expired(call.now()))
                .orElseThrow(() -> OAuthError.invalidGrant("Malformed auth code."));
        if (!grant.redirectUri().equals(p.getOrDefault("redirect_uri", ""))) {
            throw OAuthError.invalidGrant("Bad Request");
        }
        if (grant.codeChallenge() != null) {
            if (verifier == null) {
                throw OAuthError.invalidGrant("Missing code verifier.");
            }
            if (!grant.codeChallenge().equals(challenge(verifier, grant.codeChallengeMethod()))) {
                throw OAuthError.invalidGrant("Invalid code verifier.");
            }
        }
        boolean unused = call.write(tx -> {
            boolean present = tx.state().get(GoogleAuth.TOKENS, hash).isPresent();
            tx.remove(GoogleAuth.TOKENS, hash);
            return present;
        });
        if (!unused) {
            throw OAuthError.invalidGrant("Malformed auth code.");
        }
        Set<String> scopes = new LinkedHashSet<>(grant.scopes());
        String access = issue(call, grant.accountId(), scopes, grant.clientId(), null);
        String refresh = "1//0" + CredentialSpec.alnum(RANDOM, 100);
        call.write(tx -> tx.put(GoogleAuth.TOKENS, GoogleAuth.hash(refresh), new GoogleToken(GoogleAuth.hash(refresh),
                GoogleToken.REFRESH, grant.accountId(), List.copyOf(scopes), grant.clientId(), call.now(), null,
                null, null, null)));
        call.universe().redactor().learn(refresh, "refresh_token");
        return accessAnswer(call, access, refresh, null, scopes, true);
    }

    static String challenge(String verifier, String method) {
        if (!"S256".equals(method)) {
            return verifier;
        }
        return dev.dtu.server.oauth.OAuthDigests.s256(verifier);
    }

    /** The universe's OAuth client: its id always, its secret unless the request proves PKCE instead. */
    private static void client(TwinCall call, Map<String, String> p, boolean secretRequired) {
        String id = call.universe().secret("google", GoogleAuth.OAUTH_CLIENT_ID).orElse("");
        if (!id.equals(p.get("client_id"))) {
            throw new OAuthError(401, "invalid_client", "The OAuth client was not found.");
        }
        String secret = call.universe().secret("google", GoogleAuth.OAUTH_CLIENT_SECRET).orElse("");
        if ((secretRequired || p.containsKey("client_secret")) && !secret.equals(p.get("client_secret"))) {
            throw new OAuthError(401, "invalid_client", "Unauthorized");
        }
    }

    /** Stores a new access token (hashed) and answers its value; expired tokens and codes are dropped. */
    static String issue(TwinCall call, String accountId, Set<String> scopes, String clientId, String unused) {
        String route = call.universe().secret("google", GoogleAuth.ROUTE).orElse("");
        String token = GoogleAuth.ISSUED_PREFIX + route + "." + CredentialSpec.alnum(RANDOM, 120);
        Instant now = call.now();
        call.write(tx -> {
            tx.state().all(GoogleAuth.TOKENS).values().stream().filter(t -> t.expired(now)).map(GoogleToken::hash)
                    .toList().forEach(h -> tx.remove(GoogleAuth.TOKENS, h));
            String hash = GoogleAuth.hash(token);
            tx.put(GoogleAuth.TOKENS, hash, new GoogleToken(hash, GoogleToken.ACCESS, accountId, List.copyOf(scopes),
                    clientId, now, now.plusSeconds(LIFETIME), null, null, null));
            return null;
        });
        call.universe().redactor().learn(token, "access_token");
        return token;
    }

    private static Response accessAnswer(TwinCall call, String access, String refresh, String idToken,
                                         Set<String> scopes, boolean withScope) {
        ObjectNode body = Json.object().put("access_token", access).put("expires_in", LIFETIME - 1);
        if (refresh != null) {
            body.put("refresh_token", refresh);
        }
        if (withScope) {
            body.put("scope", String.join(" ", scopes));
        }
        body.put("token_type", "Bearer");
        return Response.json(200, body).header("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
                .header("Pragma", "no-cache");
    }

    /** {@code tokeninfo?access_token=}: Google answers every value as a string. */
    private static Response tokenInfo(TwinCall call) {
        Map<String, String> p = params(call.request());
        String token = p.get("access_token");
        if (token == null) {
            throw OAuthError.invalidRequest("Either access_token, id_token, or token_handle required");
        }
        GoogleToken t = GoogleAuth.issued(call, token).orElseThrow(() ->
                new OAuthError(400, "invalid_token", "Invalid Value"));
        GoogleAccount account = call.state().get(GoogleAuth.ACCOUNTS, t.accountId()).orElseThrow();
        ObjectNode body = Json.object().put("azp", t.clientId()).put("aud", t.clientId())
                .put("sub", account.permissionId())
                .put("scope", String.join(" ", t.scopes()))
                .put("exp", Long.toString(t.expiresAt().getEpochSecond()))
                .put("expires_in", Long.toString(Math.max(0, t.expiresAt().getEpochSecond() - call.now().getEpochSecond())))
                .put("email", account.email()).put("email_verified", "true").put("access_type", "online");
        return Response.json(200, body);
    }

    /** {@code revoke?token=}: an access or refresh token; revoking a refresh token ends the grant. */
    private static Response revoke(TwinCall call) {
        if (!call.request().method().equals("POST")) {
            throw new OAuthError(405, "invalid_request", "Only POST is allowed.");
        }
        String token = params(call.request()).get("token");
        if (token == null || token.isEmpty()) {
            throw OAuthError.invalidRequest("Missing required parameter: token");
        }
        String hash = GoogleAuth.hash(token);
        boolean found = call.write(tx -> {
            Optional<GoogleToken> t = tx.state().get(GoogleAuth.TOKENS, hash).filter(x -> !x.expired(call.now()));
            t.ifPresent(x -> tx.remove(GoogleAuth.TOKENS, hash));
            return t.isPresent();
        });
        if (!found) {
            throw new OAuthError(400, "invalid_token", "Token expired or revoked");
        }
        return Response.json(200, Json.object());
    }

    /**
     * {@code /o/oauth2/v2/auth}: the person (login_hint, else the app's person) consents at once and the browser
     * goes back to the loopback redirect with a code (Google's installed-app flow). Errors about the client or
     * redirect are a 400 page, as Google shows them; the rest go back on the redirect.
     */
    private static Response authorize(TwinCall call) {
        Map<String, String> p = params(call.request());
        String clientId = call.universe().secret("google", GoogleAuth.OAUTH_CLIENT_ID).orElse("");
        if (!clientId.equals(p.get("client_id"))) {
            return page(401, "Error 401: invalid_client", "The OAuth client was not found.");
        }
        String redirect = p.getOrDefault("redirect_uri", "");
        if (!loopback(redirect)) {
            return page(400, "Error 400: redirect_uri_mismatch", "redirect_uri " + redirect + " is not registered.");
        }
        Map<String, String> back = new LinkedHashMap<>();
        try {
            if (!"code".equals(p.get("response_type"))) {
                throw new OAuthError(400, "unsupported_response_type", "Invalid response_type");
            }
            Set<String> scopes = scopes(p.get("scope"));
            String method = p.get("code_challenge_method");
            if (method != null && !method.equals("S256") && !method.equals("plain")) {
                throw OAuthError.invalidRequest("Invalid code_challenge_method");
            }
            GoogleAccount person = person(call.state(), p.get("login_hint"));
            String code = "4/0" + CredentialSpec.alnum(RANDOM, 80);
            String hash = GoogleAuth.hash(code);
            call.write(tx -> tx.put(GoogleAuth.TOKENS, hash, new GoogleToken(hash, GoogleToken.CODE, person.id(),
                    List.copyOf(scopes), clientId, call.now(), call.now().plusSeconds(600), redirect,
                    p.get("code_challenge"), p.get("code_challenge") == null ? null : method == null ? "plain" : method)));
            call.universe().redactor().learn(code, "code");
            back.put("code", code);
            back.put("scope", String.join(" ", scopes));
        } catch (OAuthError e) {
            back.put("error", e.error());
        }
        if (p.containsKey("state")) {
            back.put("state", p.get("state"));
        }
        String query = QueryStrings.format(back.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
        return Response.empty(302).header("Location", redirect + (redirect.contains("?") ? "&" : "?") + query);
    }

    private static GoogleAccount person(State state, String hint) {
        String id = hint != null && !hint.isEmpty()
                ? GoogleAuth.byEmail(state, hint).map(GoogleAccount::id).orElse("")
                : state.get(GoogleAuth.APP, GoogleApp.ID).map(GoogleApp::accountId).orElse("");
        return state.get(GoogleAuth.ACCOUNTS, id).filter(GoogleAccount::active)
                .orElseThrow(() -> new OAuthError(400, "access_denied", "No such account"));
    }

    /** Desktop clients may redirect to any loopback address and port (Google's installed-app rule). */
    private static boolean loopback(String uri) {
        try {
            java.net.URI u = java.net.URI.create(uri);
            String host = u.getHost();
            return "http".equals(u.getScheme()) && host != null
                    && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response page(int status, String title, String text) {
        return Response.text(status, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + text.replace("<", "&lt;") + "</p></body></html>");
    }
}

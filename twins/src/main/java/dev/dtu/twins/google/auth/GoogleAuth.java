package dev.dtu.twins.google.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.twin.UniverseView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a request acts as. Three kinds of bearer token: the universe's minted per-person tokens ("ya29." +
 * random; every scope), access tokens the OAuth endpoints issued ("ya29.c.{route}.…", stored hashed with their
 * scopes and expiry), and JWTs the service account signed itself (Google's "self-signed JWT": {@code aud} the
 * API's URL, or a {@code scope} claim).
 */
public final class GoogleAuth {
    public static final Kind<GoogleAccount> ACCOUNTS = Kind.of("google", "accounts", GoogleAccount.class);
    public static final Kind<GoogleApp> APP = Kind.of("google", "app", GoogleApp.class);
    public static final Kind<ServiceAccount> SERVICE_ACCOUNT = Kind.of("google", "service-account", ServiceAccount.class);
    public static final Kind<GoogleToken> TOKENS = Kind.of("google", "tokens", GoogleToken.class);

    /** Minted per universe: the seed of the service account's RSA key, its key id, the OAuth client. */
    public static final String KEY_SEED = "service-account:key";
    public static final String KEY_ID = "service-account:key-id";
    public static final String CLIENT_ID = "service-account:client-id";
    public static final String OAUTH_CLIENT_ID = "oauth-client:id";
    public static final String OAUTH_CLIENT_SECRET = "oauth-client:secret";
    /** Part of every issued access token, so a root-level request finds its universe by token. */
    public static final String ROUTE = "route";
    public static final String ISSUED_PREFIX = "ya29.c.";

    private GoogleAuth() {}

    public static List<CredentialSpec> credentials(State state) {
        Stream<CredentialSpec> people = state.all(ACCOUNTS).values().stream()
                .map(a -> new CredentialSpec(a.credentialName(), r -> "ya29." + CredentialSpec.alnum(r, 120)));
        Stream<CredentialSpec> oauth = Stream.of(
                CredentialSpec.keyMaterial(KEY_SEED, ServiceAccountKey::processSeed),
                new CredentialSpec(KEY_ID, r -> CredentialSpec.hex(r, 40)),
                new CredentialSpec(CLIENT_ID, r -> "1" + CredentialSpec.digits(r, 20)),
                new CredentialSpec(OAUTH_CLIENT_ID, r -> CredentialSpec.digits(r, 12) + "-"
                        + CredentialSpec.alnum(r, 32).toLowerCase() + ".apps.googleusercontent.com"),
                new CredentialSpec(OAUTH_CLIENT_SECRET, r -> "GOCSPX-" + CredentialSpec.alnum(r, 28)),
                new CredentialSpec(ROUTE, r -> CredentialSpec.alnum(r, 24)));
        return Stream.concat(people, oauth).toList();
    }

    /** The service account's key: the pair made from the universe's stored seed, under the universe's own key id. */
    public static Optional<RSAKey> key(UniverseView u) {
        return u.secret("google", KEY_SEED).flatMap(seed -> u.secret("google", KEY_ID)
                .map(id -> ServiceAccountKey.of(seed, id)));
    }

    /**
     * The credential a root-level request's universe is found by: the route inside an issued token, the key id
     * of a self-signed JWT, else the token itself.
     */
    public static Optional<String> routingCredential(String token) {
        if (token.startsWith(ISSUED_PREFIX)) {
            int end = token.indexOf('.', ISSUED_PREFIX.length());
            return end < 0 ? Optional.of(token) : Optional.of(token.substring(ISSUED_PREFIX.length(), end));
        }
        if (token.startsWith("eyJ") && token.chars().filter(c -> c == '.').count() == 2) {
            try {
                return Optional.ofNullable(SignedJWT.parse(token).getHeader().getKeyID());
            } catch (ParseException e) {
                return Optional.of(token);
            }
        }
        return Optional.of(token);
    }

    /**
     * The caller of a request to {@code operation}, or empty when its token is missing, unknown, expired,
     * another universe's, or its account is suspended.
     */
    public static Optional<Caller> caller(TwinCall call, String operation) {
        Optional<String> bearer = call.request().bearerToken();
        if (bearer.isEmpty()) {
            call.markUnauthenticated();
            return Optional.empty();
        }
        String token = bearer.get();
        State state = call.state();
        String domain = state.get(APP, GoogleApp.ID).map(GoogleApp::domain).orElse("");
        if (token.startsWith(ISSUED_PREFIX)) {
            return issued(call, token).map(t -> vouched(call, t))
                    .flatMap(t -> active(state, t.accountId()).map(a -> new Caller(a, domain, Set.copyOf(t.scopes()))));
        }
        if (token.startsWith("eyJ")) {
            return selfSigned(call, token, operation).flatMap(scopes -> state.get(SERVICE_ACCOUNT, ServiceAccount.ID)
                    .flatMap(sa -> active(state, sa.accountId())).map(a -> new Caller(a, domain, scopes)));
        }
        return call.credential(token)
                .filter(c -> c.name().startsWith("person:"))
                .flatMap(c -> active(state, c.name().substring("person:".length())))
                .map(a -> new Caller(a, domain));
    }

    private static <T> T vouched(TwinCall call, T value) {
        call.universe().secret("google", ROUTE).ifPresent(call::credential);
        return value;
    }

    private static Optional<GoogleAccount> active(State state, String accountId) {
        return state.get(ACCOUNTS, accountId).filter(GoogleAccount::active);
    }

    /** A live issued access token. */
    static Optional<GoogleToken> issued(TwinCall call, String token) {
        return call.state().get(TOKENS, hash(token))
                .filter(t -> t.type().equals(GoogleToken.ACCESS) && !t.expired(call.now()));
    }

    /**
     * The scopes a self-signed JWT grants for this method: its {@code scope} claim, or, when its {@code aud} is
     * the API's URL, every scope of that API. Empty when the signature, issuer, times or audience are wrong.
     */
    private static Optional<Set<String>> selfSigned(TwinCall call, String token, String operation) {
        Optional<RSAKey> key = key(call.universe());
        Optional<ServiceAccount> sa = call.state().get(SERVICE_ACCOUNT, ServiceAccount.ID);
        if (key.isEmpty() || sa.isEmpty()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !key.get().getKeyID().equals(jwt.getHeader().getKeyID())
                    || !jwt.verify(new RSASSAVerifier(key.get().toRSAPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!sa.get().email().equals(claims.getIssuer()) || !shortLived(claims, call.now())) {
                return Optional.empty();
            }
            vouched(call, token);
            String scope = claims.getStringClaim("scope");
            if (scope != null && !scope.isBlank()) {
                return Optional.of(new HashSet<>(Arrays.asList(scope.trim().split("\\s+"))));
            }
            String origin = origin(call.request().baseUrl());
            boolean forThisApi = claims.getAudience().stream().anyMatch(aud -> apiAudience(aud, operation)
                    || aud.equals(origin) || aud.startsWith(origin + "/"));
            return forThisApi ? Optional.of(Set.copyOf(Scopes.accepted(operation))) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** The twin's own URL stands for the API's: a client pointed at the twin signs its JWT for the twin's origin. */
    private static String origin(String baseUrl) {
        java.net.URI u = java.net.URI.create(baseUrl);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    /** Google takes a self-signed JWT whose aud is the API's service URL, with or without its trailing slash. */
    private static boolean apiAudience(String aud, String operation) {
        String service = operation.substring(0, operation.indexOf('.'));
        String host = aud.replaceFirst("^https://", "").replaceFirst("/$", "");
        return host.equals(service + ".googleapis.com") || service.equals("drive") && host.equals("www.googleapis.com");
    }

    /** Google's rule for signed JWTs: {@code exp} at most an hour after {@code iat}, and now between them. */
    static boolean shortLived(JWTClaimsSet claims, Instant now) {
        if (claims.getIssueTime() == null || claims.getExpirationTime() == null) {
            return false;
        }
        Instant iat = claims.getIssueTime().toInstant();
        Instant exp = claims.getExpirationTime().toInstant();
        return !exp.isAfter(iat.plusSeconds(3600)) && !now.isBefore(iat.minusSeconds(300)) && now.isBefore(exp);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String joined(Set<String> scopes) {
        return scopes.stream().sorted().collect(Collectors.joining(" "));
    }

    public static Optional<GoogleAccount> byEmail(State state, String email) {
        return state.all(ACCOUNTS).values().stream().filter(a -> a.email().equalsIgnoreCase(email)).findFirst();
    }
}

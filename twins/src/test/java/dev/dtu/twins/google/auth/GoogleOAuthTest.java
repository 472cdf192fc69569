package dev.dtu.twins.google.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.drive.Drive;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.auth.Credentials;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.ServiceAccountJwtAccessCredentials;
import com.google.auth.oauth2.UserCredentials;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.google.GoogleWorld;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Google's OAuth 2.0 on the twin, driven by google-auth-library-java credentials made from the key file in the
 * universe's description (token_uri → the twin) and the official Sheets and Drive clients.
 */
class GoogleOAuthTest {
    static final String SHEETS = "https://www.googleapis.com/auth/spreadsheets";
    static final String DRIVE_READONLY = "https://www.googleapis.com/auth/drive.readonly";

    private static ServiceAccountCredentials key(GoogleWorld world) throws Exception {
        return ServiceAccountCredentials.fromStream(new ByteArrayInputStream(
                world.serviceAccountKey.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Sheets sheets(GoogleWorld world, Credentials credentials) {
        return new Sheets.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(credentials)).setRootUrl(world.universeUrl).setApplicationName("t").build();
    }

    private static Drive drive(GoogleWorld world, Credentials credentials) {
        return new Drive.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(credentials)).setRootUrl(world.universeUrl).setApplicationName("t").build();
    }

    private static String newSpreadsheet(Sheets client) throws Exception {
        return client.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("OAuth"))).execute().getSpreadsheetId();
    }

    @Test
    void theKeyFileInTheDescriptionGetsScopedTokensFromTheTwinsTokenUri() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        assertEquals(world.universeUrl + "token", world.serviceAccountKey.path("token_uri").asText());
        ServiceAccountCredentials sa = (ServiceAccountCredentials) key(world).createScoped(List.of(SHEETS));
        Sheets client = sheets(world, sa);
        String id = newSpreadsheet(client);
        assertNotNull(client.spreadsheets().get(id).execute().getSpreadsheetId());
        String token = sa.refreshAccessToken().getTokenValue();
        JsonNode info = Http.get(world.universeUrl + "tokeninfo?access_token=" + token).json();
        assertEquals(SHEETS, info.path("scope").asText());
        assertEquals(world.serviceAccountKey.path("client_email").asText(), info.path("email").asText());
        assertTrue(Integer.parseInt(info.path("expires_in").asText()) > 3500);
    }

    @Test
    void universesShareTheProcesssKeyPairUnderKeyIdsOfTheirOwnWhichNameThem() throws Exception {
        GoogleWorld a = GoogleWorld.create();
        GoogleWorld b = GoogleWorld.create();
        GoogleWorld fork = a.fork();
        for (GoogleWorld other : List.of(b, fork)) {
            assertEquals(a.serviceAccountKey.path("private_key").asText(),
                    other.serviceAccountKey.path("private_key").asText(), "no RSA pair is made per universe");
            assertNotEquals(a.serviceAccountKey.path("private_key_id").asText(),
                    other.serviceAccountKey.path("private_key_id").asText());
        }
        Credentials forkKey = key(fork).createScoped(List.of(SHEETS));
        String id = newSpreadsheet(sheets(fork, forkKey));
        assertEquals(id, sheets(fork, forkKey).spreadsheets().get(id).execute().getSpreadsheetId());
        assertEquals(401, GoogleWorld.error(() -> sheets(a, forkKey).spreadsheets().get(id).execute())
                .getStatusCode(), "the fork's token is not its parent's");
        com.fasterxml.jackson.databind.node.ObjectNode aKeyAtB = a.serviceAccountKey.deepCopy();
        aKeyAtB.put("token_uri", b.universeUrl + "token");
        ServiceAccountCredentials crossed = (ServiceAccountCredentials) ServiceAccountCredentials.fromStream(
                new ByteArrayInputStream(aKeyAtB.toString().getBytes(StandardCharsets.UTF_8))).createScoped(List.of(SHEETS));
        tokenError(crossed::refreshAccessToken);
    }

    @Test
    void aTokenWithoutTheMethodsScopeIsRefusedWithGooglesDetails() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        Sheets client = sheets(world, key(world).createScoped(List.of(DRIVE_READONLY)));
        String id = newSpreadsheet(world.sheets("ada"));
        GoogleJsonResponseException e = GoogleWorld.error(() -> client.spreadsheets().create(new Spreadsheet()).execute());
        assertEquals(403, e.getStatusCode());
        assertEquals("PERMISSION_DENIED", e.getDetails().get("status"));
        String body = e.getContent();
        assertTrue(body.matches("(?s).*\"reason\"\\s*:\\s*\"ACCESS_TOKEN_SCOPE_INSUFFICIENT\".*"), body);
        GoogleJsonResponseException read = GoogleWorld.error(() -> client.spreadsheets().get(id).execute());
        assertEquals("The caller does not have permission", read.getDetails().getMessage(),
                "drive.readonly lets the token read; the service account simply has no share of ada's file");
    }

    @Test
    void domainWideDelegationActsAsTheSubject() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        Credentials grace = key(world).createScoped(List.of("https://www.googleapis.com/auth/drive"))
                .createDelegated("grace.hopper@northwind.example");
        assertEquals("grace.hopper@northwind.example",
                drive(world, grace).about().get().setFields("user").execute().getUser().getEmailAddress());
        Credentials nobody = key(world).createScoped(List.of(SHEETS)).createDelegated("nobody@elsewhere.example");
        JsonNode error = tokenError(() -> ((ServiceAccountCredentials) nobody).refreshAccessToken());
        assertNotNull(error);
    }

    private static JsonNode tokenError(java.util.concurrent.Callable<?> call) {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, call::call);
        assertTrue(String.valueOf(e.getMessage()).contains("invalid_grant"), e.getMessage());
        return dev.dtu.server.http.Json.object();
    }

    @Test
    void assertionsAreCheckedAsGoogleChecksThem() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        String email = world.serviceAccountKey.path("client_email").asText();
        String tokenUri = world.serviceAccountKey.path("token_uri").asText();
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        Instant now = Instant.now();
        JsonNode forged = grant(tokenUri, sign(stranger, email, tokenUri, SHEETS, now, now.plusSeconds(3600)));
        assertEquals("invalid_grant", forged.path("error").asText());
        assertEquals("Invalid JWT Signature.", forged.path("error_description").asText());
        Http.Reply noGrant = Http.post(tokenUri, "assertion=x", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(400, noGrant.status());
        assertEquals("invalid_request", noGrant.json().path("error").asText());
        Http.Reply other = Http.post(tokenUri, "grant_type=password", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals("unsupported_grant_type", other.json().path("error").asText());
    }

    @Test
    void unknownScopesAndLongLivedAssertionsAreRefused() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        ServiceAccountCredentials sa = key(world);
        JsonNode wrongScope = grantWith(world, sa, "https://www.googleapis.com/auth/nothing", 3600);
        assertEquals("invalid_scope", wrongScope.path("error").asText());
        JsonNode tooLong = grantWith(world, sa, SHEETS, 7200);
        assertEquals("invalid_grant", tooLong.path("error").asText());
        assertTrue(tooLong.path("error_description").asText().contains("short-lived"));
    }

    private static JsonNode grantWith(GoogleWorld world, ServiceAccountCredentials sa, String scope, long seconds)
            throws Exception {
        String tokenUri = world.serviceAccountKey.path("token_uri").asText();
        RSAKey key = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) publicOf(sa))
                .privateKey(sa.getPrivateKey()).keyID(sa.getPrivateKeyId()).build();
        Instant now = Instant.now();
        return grant(tokenUri, sign(key, sa.getClientEmail(), tokenUri, scope, now, now.plusSeconds(seconds)));
    }

    private static java.security.PublicKey publicOf(ServiceAccountCredentials sa) throws Exception {
        java.security.interfaces.RSAPrivateCrtKey k = (java.security.interfaces.RSAPrivateCrtKey) sa.getPrivateKey();
        return java.security.KeyFactory.getInstance("RSA").generatePublic(
                new java.security.spec.RSAPublicKeySpec(k.getModulus(), k.getPublicExponent()));
    }

    private static String sign(RSAKey key, String email, String aud, String scope, Instant iat, Instant exp)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(email).audience(aud).claim("scope", scope)
                        .issueTime(Date.from(iat)).expirationTime(Date.from(exp)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JsonNode grant(String tokenUri, String assertion) {
        return Http.post(tokenUri, "grant_type=" + enc(OAuthApi.JWT_BEARER) + "&assertion=" + enc(assertion),
                "Content-Type", "application/x-www-form-urlencoded").json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void selfSignedJwtsAreAcceptedAsBearerTokens() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        ServiceAccountCredentials sa = key(world);
        Credentials byAudience = ServiceAccountJwtAccessCredentials.newBuilder().setClientEmail(sa.getClientEmail())
                .setPrivateKey(sa.getPrivateKey()).setPrivateKeyId(sa.getPrivateKeyId()).build();
        assertNotNull(newSpreadsheet(sheets(world, byAudience)));
        Credentials byScope = ((ServiceAccountCredentials) sa.createScoped(List.of(SHEETS))).toBuilder()
                .setUseJwtAccessWithScope(true).build();
        assertNotNull(newSpreadsheet(sheets(world, byScope)));
        Credentials readOnly = ((ServiceAccountCredentials) sa.createScoped(List.of(DRIVE_READONLY))).toBuilder()
                .setUseJwtAccessWithScope(true).build();
        assertEquals(403, GoogleWorld.error(() -> newSpreadsheet(sheets(world, readOnly))).getStatusCode());
        assertEquals(401, Http.get(world.universeUrl + "drive/v3/about?fields=user", "Authorization",
                "Bearer " + sign(new RSAKeyGenerator(2048).keyID(sa.getPrivateKeyId()).generate(), sa.getClientEmail(),
                        world.serverUrl(), DRIVE_READONLY, Instant.now(), Instant.now().plusSeconds(600))).status());
    }

    @Test
    void authorizationCodeWithPkceThenRefreshTokensWithUserCredentials() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        String clientId = world.oauthClient.path("client_id").asText();
        String secret = world.oauthClient.path("client_secret").asText();
        String verifier = "v".repeat(50);
        String challenge = OAuthApi.challenge(verifier, "S256");
        Http.Reply consent = Http.get(world.universeUrl + "o/oauth2/v2/auth?client_id=" + enc(clientId)
                + "&redirect_uri=" + enc("http://127.0.0.1:9/cb") + "&response_type=code&scope=" + enc(SHEETS)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256&state=s1"
                + "&login_hint=" + enc("grace.hopper@northwind.example"));
        assertEquals(302, consent.status());
        URI back = URI.create(consent.header("Location"));
        assertTrue(back.getQuery().contains("state=s1"));
        String code = java.net.URLDecoder.decode(back.getRawQuery().replaceAll(".*code=([^&]*).*", "$1"),
                StandardCharsets.UTF_8);
        String form = "grant_type=authorization_code&code=" + enc(code) + "&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc("http://127.0.0.1:9/cb");
        Http.Reply wrongVerifier = Http.post(world.universeUrl + "token", form + "&code_verifier=" + "w".repeat(50),
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals("invalid_grant", wrongVerifier.json().path("error").asText());
        JsonNode tokens = Http.post(world.universeUrl + "token", form + "&code_verifier=" + verifier,
                "Content-Type", "application/x-www-form-urlencoded").json();
        assertEquals(SHEETS, tokens.path("scope").asText());
        assertEquals("invalid_grant", Http.post(world.universeUrl + "token", form + "&code_verifier=" + verifier,
                "Content-Type", "application/x-www-form-urlencoded").json().path("error").asText(), "a code works once");
        UserCredentials user = UserCredentials.newBuilder().setClientId(clientId).setClientSecret(secret)
                .setRefreshToken(tokens.path("refresh_token").asText())
                .setTokenServerUri(URI.create(world.universeUrl + "token")).build();
        Sheets client = sheets(world, user);
        String id = newSpreadsheet(client);
        assertNotNull(world.drive("grace").files().get(id).execute(), "the spreadsheet is grace's");
        assertEquals(200, Http.post(world.universeUrl + "revoke?token=" + enc(tokens.path("refresh_token").asText()), "")
                .status());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(Exception.class, user::refreshAccessToken)
                .getMessage().contains("invalid_grant"));
    }

    @Test
    void theMetadataServerHandsOutTheServiceAccountsTokens() {
        GoogleWorld world = GoogleWorld.create();
        String path = world.universeUrl + "computeMetadata/v1/instance/service-accounts/default/token";
        assertEquals(403, Http.get(path).status());
        Http.Reply r = Http.get(path, "Metadata-Flavor", "Google");
        assertEquals(200, r.status());
        assertEquals("Google", r.header("Metadata-Flavor"));
        String token = r.json().path("access_token").asText();
        assertEquals(200, Http.get(world.rootUrl + "drive/v3/about?fields=user", "Authorization", "Bearer " + token)
                .status(), "an issued token finds its universe at the server root too");
    }

    @Test
    void issuedTokensExpireAndRevokedOnesStopWorking() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        String token = key(world).createScoped(List.of(SHEETS)).refreshAccessToken().getTokenValue();
        String url = world.universeUrl + "v4/spreadsheets/" + newSpreadsheet(world.sheets("ada"));
        assertEquals(403, Http.get(url, "Authorization", "Bearer " + token).status(), "valid token, file not shared");
        world.setClock(Clock.fixed(Instant.now().plusSeconds(3601), ZoneOffset.UTC));
        assertEquals(401, Http.get(url, "Authorization", "Bearer " + token).status());
        world.setClock(Clock.systemUTC());
        assertEquals(200, Http.post(world.universeUrl + "revoke?token=" + enc(token), "").status());
        assertEquals(401, Http.get(url, "Authorization", "Bearer " + token).status());
        assertEquals("invalid_token", Http.post(world.universeUrl + "revoke?token=" + enc(token), "").json()
                .path("error").asText());
    }
}

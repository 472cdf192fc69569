package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.okta.sdk.resource.api.SessionApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserFactorApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.CreateSessionRequest;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.PasswordCredential;
import com.okta.sdk.resource.model.Session;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserCredentials;
import com.okta.sdk.resource.model.UserFactor;
import com.okta.sdk.resource.model.UserFactorActivateRequest;
import com.okta.sdk.resource.model.UserFactorProvider;
import com.okta.sdk.resource.model.UserFactorPush;
import com.okta.sdk.resource.model.UserFactorPushTransaction;
import com.okta.sdk.resource.model.UserFactorSMS;
import com.okta.sdk.resource.model.UserFactorSMSProfile;
import com.okta.sdk.resource.model.UserFactorSecurityQuestion;
import com.okta.sdk.resource.model.UserFactorSecurityQuestionProfile;
import com.okta.sdk.resource.model.UserFactorTokenSoftwareTOTP;
import com.okta.sdk.resource.model.UserFactorType;
import com.okta.sdk.resource.model.UserFactorVerifyRequest;
import com.okta.sdk.resource.model.UserFactorVerifyResult;
import com.okta.sdk.resource.model.UserProfile;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import dev.dtu.twins.okta.model.Totp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Okta Java SDK drives the Factors and Sessions APIs; the Authentication API (which the
 * management SDK does not cover) and the admin API (the person's phone, inbox and push) over plain HTTP.
 */
class FactorsSdkTest {
    static final String PASSWORD = "Abcd1234#@x";
    static OktaServer server;
    static OktaServer.Universe u;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = new OktaServer();
        u = server.universe();
        client = u.sdk();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static User person(String name) throws ApiException {
        UserProfile profile = new UserProfile().firstName(name).lastName("Factor").email(name + "@example.com")
                .login(name + "@example.com");
        return new UserApi(client).createUser(new CreateUserRequest().profile(profile)
                .credentials(new UserCredentials().password(new PasswordCredential().value(PASSWORD))), true, false, null);
    }

    static JsonNode authn(String path, String json) {
        Http.Reply r = Http.post(u.orgUrl() + "/api/v1/authn" + path, json, "Content-Type", "application/json",
                "Accept", "application/json");
        return r.json();
    }

    static String lastCode(String login) {
        JsonNode messages = Http.get(server.url() + "/_dtu/universes/" + u.id() + "/okta/outbox?login=" + login)
                .json().path("messages");
        return messages.get(messages.size() - 1).path("passCode").asText();
    }

    @Test
    void aTotpFactorIsActivatedAndVerifiedWithCodesFromItsSharedSecret() throws ApiException {
        User user = person("grace");
        UserFactorApi factors = new UserFactorApi(client);
        UserFactor enrolled = factors.enrollFactor(user.getId(), new UserFactorTokenSoftwareTOTP()
                .factorType(UserFactorType.TOKEN_SOFTWARE_TOTP).provider(UserFactorProvider.GOOGLE),
                false, null, null, false, null);
        assertEquals("PENDING_ACTIVATION", enrolled.getStatus().getValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> activation = (Map<String, Object>) enrolled.getEmbedded().get("activation");
        String secret = (String) activation.get("sharedSecret");
        assertEquals("base32", activation.get("encoding"));

        ApiException wrong = assertThrows(ApiException.class, () -> factors.activateFactor(user.getId(),
                enrolled.getId(), new UserFactorActivateRequest().passCode(otherThan(secret))));
        assertEquals(403, wrong.getCode());
        assertTrue(wrong.getResponseBody().contains("\"errorCode\":\"E0000068\""), wrong.getResponseBody());

        factors.activateFactor(user.getId(), enrolled.getId(),
                new UserFactorActivateRequest().passCode(Totp.code(secret, Instant.now())));
        assertEquals("ACTIVE", factors.getFactor(user.getId(), enrolled.getId()).getStatus().getValue());
        assertEquals(UserFactorVerifyResult.SUCCESS, factors.verifyFactor(user.getId(), enrolled.getId(), null, null,
                null, null, null, new UserFactorVerifyRequest().passCode(Totp.code(secret, Instant.now())))
                .getFactorResult());

        factors.unenrollFactor(user.getId(), enrolled.getId(), false);
        assertEquals(0, factors.listFactors(user.getId()).size());
        assertEquals(404, assertThrows(ApiException.class, () -> factors.getFactor(user.getId(), enrolled.getId()))
                .getCode());
    }

    @Test
    void questionsSmsCodesAndPushesAreAnsweredAsThePerson() throws ApiException {
        User user = person("katherine");
        UserFactorApi factors = new UserFactorApi(client);
        assertTrue(factors.listSupportedSecurityQuestions(user.getId()).size() > 5);
        assertTrue(factors.listSupportedFactors(user.getId()).size() >= 6);

        UserFactor question = factors.enrollFactor(user.getId(), new UserFactorSecurityQuestion()
                .profile(new UserFactorSecurityQuestionProfile().question(UserFactorSecurityQuestionProfile.QuestionEnum.DISLIKED_FOOD).answer("okra stew"))
                .factorType(UserFactorType.QUESTION).provider(UserFactorProvider.OKTA), false, null, null, false, null);
        assertEquals("ACTIVE", question.getStatus().getValue());
        assertEquals(UserFactorVerifyResult.SUCCESS, factors.verifyFactor(user.getId(), question.getId(), null, null,
                null, null, null, new UserFactorVerifyRequest().answer("Okra Stew")).getFactorResult());
        assertEquals(403, assertThrows(ApiException.class, () -> factors.verifyFactor(user.getId(), question.getId(),
                null, null, null, null, null, new UserFactorVerifyRequest().answer("pizza"))).getCode());

        UserFactor sms = factors.enrollFactor(user.getId(), new UserFactorSMS()
                .profile(new UserFactorSMSProfile().phoneNumber("+1 415 555 0199"))
                .factorType(UserFactorType.SMS).provider(UserFactorProvider.OKTA), false, null, null, false, null);
        String first = lastCode(user.getProfile().getLogin());
        Http.Reply resent = u.send("POST", "/api/v1/users/" + user.getId() + "/factors/" + sms.getId() + "/resend",
                "{\"factorType\":\"sms\"}");
        assertEquals(200, resent.status(), resent.body());
        String second = lastCode(user.getProfile().getLogin());
        if (!first.equals(second)) {
            assertEquals(403, assertThrows(ApiException.class, () -> factors.activateFactor(user.getId(), sms.getId(),
                    new UserFactorActivateRequest().passCode(first))).getCode(), "a resent code replaces the first");
        }
        factors.activateFactor(user.getId(), sms.getId(), new UserFactorActivateRequest().passCode(second));
        assertEquals(400, u.send("POST", "/api/v1/users/" + user.getId() + "/factors/" + sms.getId() + "/resend",
                "{\"factorType\":\"sms\"}").status(), "an active factor has nothing to resend");
        assertEquals(UserFactorVerifyResult.CHALLENGE, factors.verifyFactor(user.getId(), sms.getId(), null, null,
                null, null, null, new UserFactorVerifyRequest()).getFactorResult());
        assertEquals(UserFactorVerifyResult.SUCCESS, factors.verifyFactor(user.getId(), sms.getId(), null, null, null,
                null, null, new UserFactorVerifyRequest().passCode(lastCode(user.getProfile().getLogin())))
                .getFactorResult());

        UserFactor push = factors.enrollFactor(user.getId(), new UserFactorPush().factorType(UserFactorType.PUSH)
                .provider(UserFactorProvider.OKTA), false, null, null, false, null);
        answerPush(user, "approve");
        JsonNode waiting = Http.send("POST", u.orgUrl() + "/api/v1/users/" + user.getId() + "/factors/" + push.getId()
                + "/verify", "{}", "Authorization", "SSWS " + u.apiToken(), "Content-Type", "application/json").json();
        assertEquals("WAITING", waiting.path("factorResult").asText());
        String transaction = waiting.at("/_links/poll/href").asText().replaceAll(".*/", "");
        assertEquals(UserFactorPushTransaction.FactorResultEnum.WAITING,
                factors.getFactorTransactionStatus(user.getId(), push.getId(), transaction).getFactorResult());
        answerPush(user, "reject");
        assertEquals(UserFactorPushTransaction.FactorResultEnum.REJECTED,
                factors.getFactorTransactionStatus(user.getId(), push.getId(), transaction).getFactorResult());
    }

    @Test
    void aSessionTokenFromTheAuthnApiBecomesASessionThatIsRefreshedAndClosed() throws ApiException {
        User user = person("dorothy");
        JsonNode failed = authn("", "{\"username\":\"dorothy@example.com\",\"password\":\"nope\"}");
        assertEquals("E0000004", failed.path("errorCode").asText());
        assertEquals("Authentication failed", failed.path("errorSummary").asText());
        JsonNode success = authn("", "{\"username\":\"dorothy@example.com\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals("SUCCESS", success.path("status").asText());
        assertEquals(user.getId(), success.at("/_embedded/user/id").asText());

        SessionApi sessions = new SessionApi(client);
        Session session = sessions.createSession(new CreateSessionRequest()
                .sessionToken(success.path("sessionToken").asText()));
        assertEquals(user.getId(), session.getUserId());
        assertEquals("ACTIVE", session.getStatus().getValue());
        assertEquals(session.getId(), sessions.getSession(session.getId()).getId());
        assertNotNull(sessions.refreshSession(session.getId()).getExpiresAt());
        assertEquals(401, assertThrows(ApiException.class, () -> sessions.createSession(new CreateSessionRequest()
                .sessionToken(success.path("sessionToken").asText()))).getCode(), "a session token is used once");
        sessions.revokeSession(session.getId());
        assertEquals(404, assertThrows(ApiException.class, () -> sessions.getSession(session.getId())).getCode());

        Session second = sessions.createSession(new CreateSessionRequest().sessionToken(
                authn("", "{\"username\":\"dorothy@example.com\",\"password\":\"" + PASSWORD + "\"}")
                        .path("sessionToken").asText()));
        assertEquals(204, u.send("DELETE", "/api/v1/users/" + user.getId() + "/sessions", "").status());
        assertEquals(404, assertThrows(ApiException.class, () -> sessions.getSession(second.getId())).getCode());
    }

    private static void answerPush(User user, String decision) {
        Http.Reply r = Http.post(server.url() + "/_dtu/universes/" + u.id() + "/okta/push",
                "{\"login\":\"" + user.getProfile().getLogin() + "\",\"decision\":\"" + decision + "\"}",
                "Content-Type", "application/json");
        assertEquals(200, r.status(), r.body());
    }

    private static String otherThan(String secret) {
        Instant now = Instant.now();
        for (int i = 0; ; i++) {
            String c = String.format("%06d", i);
            if (!Totp.matches(secret, c, now) && !Totp.matches(secret, c, now.plusSeconds(30))) {
                return c;
            }
        }
    }
}

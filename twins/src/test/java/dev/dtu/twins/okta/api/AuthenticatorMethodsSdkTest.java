package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.AuthenticatorApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AuthenticatorBase;
import com.okta.sdk.resource.model.AuthenticatorMethodBase;
import com.okta.sdk.resource.model.AuthenticatorMethodType;
import com.okta.sdk.resource.model.LifecycleStatus;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authenticator methods (through the Java SDK), custom AAGUIDs and createAuthenticator (raw: SDK 24 has no AAGUID API). */
class AuthenticatorMethodsSdkTest extends OneOktaUniverse {
    static AuthenticatorApi api;

    @BeforeAll
    static void sdk() {
        ApiClient client = u.sdk();
        api = new AuthenticatorApi(client);
    }

    static String idOf(String key) throws ApiException {
        return api.listAuthenticators().stream().filter(a -> key.equals(a.getKey().getValue())).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void thePhoneAuthenticatorHasSmsAndVoiceWhichToggle() throws ApiException {
        String phone = idOf("phone_number");
        List<AuthenticatorMethodBase> methods = api.listAuthenticatorMethods(phone);
        assertEquals(List.of(AuthenticatorMethodType.SMS, AuthenticatorMethodType.VOICE),
                methods.stream().map(AuthenticatorMethodBase::getType).toList());
        assertEquals(LifecycleStatus.INACTIVE, api.getAuthenticatorMethod(phone, AuthenticatorMethodType.VOICE).getStatus());
        assertEquals(LifecycleStatus.ACTIVE,
                api.activateAuthenticatorMethod(phone, AuthenticatorMethodType.VOICE).getStatus());
        // read raw: the SDK caches the GET and a lifecycle POST to another URL does not evict it
        assertEquals("ACTIVE", u.get("/api/v1/authenticators/" + phone + "/methods/voice").json().path("status").asText());
        assertEquals(LifecycleStatus.INACTIVE,
                api.deactivateAuthenticatorMethod(phone, AuthenticatorMethodType.VOICE).getStatus());
    }

    @Test
    void aMethodTheAuthenticatorDoesNotHaveIsNotFound() throws ApiException {
        String email = idOf("okta_email");
        assertEquals(404, assertThrows(ApiException.class,
                () -> api.getAuthenticatorMethod(email, AuthenticatorMethodType.PUSH)).getCode());
        assertEquals(404, u.get("/api/v1/authenticators/aut00000000000000000/methods").status());
        Http.Reply bad = u.send("POST", "/api/v1/authenticators/" + email + "/methods/no-such!/lifecycle/activate", "");
        assertEquals(404, bad.status(), bad.body());
        assertEquals("E0000007", bad.json().path("errorCode").asText());
    }

    @Test
    void replacingAMethodKeepsItsTypeAndTakesItsSettings() throws ApiException {
        String key = idOf("webauthn");
        AuthenticatorMethodBase method = api.getAuthenticatorMethod(key, AuthenticatorMethodType.WEBAUTHN);
        assertEquals(AuthenticatorMethodType.WEBAUTHN,
                api.replaceAuthenticatorMethod(key, AuthenticatorMethodType.WEBAUTHN, method).getType());
        Http.Reply settings = u.send("PUT", "/api/v1/authenticators/" + key + "/methods/webauthn",
                "{\"type\":\"webauthn\",\"settings\":{\"userVerification\":\"REQUIRED\",\"attachment\":\"ANY\"}}");
        assertEquals("REQUIRED", settings.json().at("/settings/userVerification").asText(), settings.body());
        assertEquals("REQUIRED", u.get("/api/v1/authenticators/" + key + "/methods/webauthn").json()
                .at("/settings/userVerification").asText());
        Http.Reply empty = u.send("PUT", "/api/v1/authenticators/" + key + "/methods/webauthn", "{}");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("E0000001", empty.json().path("errorCode").asText());
        assertTrue(empty.json().at("/errorCauses/0/errorSummary").asText().startsWith("type"), empty.body());
    }

    @Test
    void rpIdVerificationNeedsAConfiguredDomain() throws ApiException {
        String key = idOf("webauthn");
        String verify = "/api/v1/authenticators/" + key + "/methods/webauthn/verify-rp-id-domain";
        assertEquals(400, u.send("POST", verify, "").status());
        u.send("PUT", "/api/v1/authenticators/" + key + "/methods/webauthn",
                "{\"type\":\"webauthn\",\"settings\":{\"rpId\":{\"enabled\":true,\"domain\":{\"name\":\"example.com\"}}}}");
        assertEquals(204, u.send("POST", verify, "").status());
        assertEquals(404, u.send("POST", "/api/v1/authenticators/" + key + "/methods/invalid_method/verify-rp-id-domain",
                "").status());
    }

    @Test
    void customAaguidsOfTheSecurityKeyAuthenticator() throws ApiException {
        String key = idOf("webauthn");
        String aaguids = "/api/v1/authenticators/" + key + "/aaguids";
        String body = "{\"aaguid\":\"2FC0579F-8113-47EA-B116-BB5A8DB9202A\",\"name\":\"YubiKey 5 NFC\","
                + "\"authenticatorCharacteristics\":{\"fipsCompliant\":false,\"hardwareProtected\":true,\"platformAttached\":false}}";
        Http.Reply created = u.send("POST", aaguids, body);
        assertEquals(200, created.status(), created.body());
        String aaguid = created.json().path("aaguid").asText();
        assertEquals("2fc0579f-8113-47ea-b116-bb5a8db9202a", aaguid);
        assertTrue(created.json().at("/authenticatorCharacteristics/hardwareProtected").asBoolean());
        assertEquals(400, u.send("POST", aaguids, body).status(), "a duplicate");
        assertEquals(1, u.get(aaguids).json().size());
        Http.Reply patched = u.send("PATCH", aaguids + "/" + aaguid, "{\"name\":\"Patched\"}");
        assertEquals("Patched", patched.json().path("name").asText());
        assertTrue(patched.json().at("/authenticatorCharacteristics/hardwareProtected").asBoolean(), "patch keeps");
        Http.Reply replaced = u.send("PUT", aaguids + "/" + aaguid, "{\"name\":\"Replaced\"}");
        assertEquals("Replaced", replaced.json().path("name").asText());
        assertEquals(0, replaced.json().path("authenticatorCharacteristics").size(), "replace leaves out the rest");
        assertEquals(204, u.send("DELETE", aaguids + "/" + aaguid, "").status());
        assertEquals(404, u.get(aaguids + "/" + aaguid).status());
        assertEquals(404, u.send("PATCH", aaguids + "/" + aaguid, "{\"name\":\"x\"}").status());
    }

    @Test
    void badAaguidsAreRejected() throws ApiException {
        String key = idOf("webauthn");
        String aaguids = "/api/v1/authenticators/" + key + "/aaguids";
        assertEquals(400, u.send("POST", aaguids, "{\"aaguid\":\"invalid-aaguid-format\"}").status());
        assertEquals(400, u.send("POST", aaguids, "{\"name\":\"no aaguid\"}").status());
        assertEquals(400, u.send("POST", aaguids,
                "{\"aaguid\":\"c5ef55ff-ad9a-4b9f-b580-adebafe026d0\",\"name\":\"\"}").status());
        assertEquals(404, u.send("POST", "/api/v1/authenticators/aut00000000000000000/aaguids",
                "{\"aaguid\":\"c5ef55ff-ad9a-4b9f-b580-adebafe026d0\"}").status());
        assertEquals(404, u.get("/api/v1/authenticators/" + idOf("okta_email") + "/aaguids").status(),
                "only the security key authenticator has custom AAGUIDs");
    }

    @Test
    void createAuthenticatorTakesAKeyTheOrgDoesNotHave() throws ApiException {
        Http.Reply invalid = u.send("POST", "/api/v1/authenticators",
                "{\"key\":\"invalid_key_that_does_not_exist\",\"name\":\"x\",\"type\":\"invalid_type\"}");
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals(400, u.send("POST", "/api/v1/authenticators", "{\"name\":\"Incomplete\"}").status());
        assertEquals(400, u.send("POST", "/api/v1/authenticators",
                "{\"key\":\"okta_email\",\"name\":\"Second email\",\"type\":\"email\"}").status());
        Http.Reply created = u.send("POST", "/api/v1/authenticators?activate=false",
                "{\"key\":\"custom_app\",\"name\":\"Our push app\"}");
        assertEquals(200, created.status(), created.body());
        assertEquals("INACTIVE", created.json().path("status").asText());
        AuthenticatorBase listed = api.getAuthenticator(created.json().path("id").asText());
        assertEquals("Our push app", listed.getName());
        assertTrue(api.listAuthenticators().stream().anyMatch(a -> a.getId().equals(listed.getId())));
    }
}

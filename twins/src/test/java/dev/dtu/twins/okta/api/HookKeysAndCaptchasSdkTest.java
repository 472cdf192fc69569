package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.okta.sdk.resource.api.CaptchaApi;
import com.okta.sdk.resource.api.HookKeyApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.CAPTCHAInstance;
import com.okta.sdk.resource.model.CAPTCHAType;
import com.okta.sdk.resource.model.DetailedHookKeyInstance;
import com.okta.sdk.resource.model.KeyRequest;
import com.okta.sdk.resource.model.OrgCAPTCHASettings;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hook keys and CAPTCHA instances with the org's CAPTCHA settings, through the official SDK. */
class HookKeysAndCaptchasSdkTest extends OneOktaUniverse {
    static ApiClient client;

    @BeforeAll
    static void sdk() {
        client = u.sdk();
    }

    @Test
    void aHookKeyPublishesAnRsaPublicKeyUnderItsKeyId() throws Exception {
        HookKeyApi api = new HookKeyApi(client);
        DetailedHookKeyInstance made = api.createHookKey(new KeyRequest().name("inline hooks"));
        assertFalse(made.getIsUsed());
        assertEquals("inline hooks", made.getName());
        Http.Reply publicKey = u.get("/api/v1/hook-keys/public/" + made.getKeyId());
        RSAKey jwk = (RSAKey) JWK.parse(publicKey.body());
        assertEquals(made.getKeyId(), jwk.getKeyID());
        assertFalse(jwk.isPrivate(), "only the public part is published");
        assertEquals("RS256", api.getPublicKey(made.getKeyId()).getAlg());
        assertEquals(List.of(made.getKeyId()), api.listHookKeys().stream().map(k -> k.getKeyId()).toList());
        assertEquals("renamed", api.replaceHookKey(made.getId(), new KeyRequest().name("renamed")).getName());
        assertEquals(400, assertThrows(ApiException.class, () -> api.createHookKey(new KeyRequest().name("renamed")))
                .getCode(), "names are unique");
        assertEquals(400, assertThrows(ApiException.class, () -> api.createHookKey(new KeyRequest())).getCode());
        api.deleteHookKey(made.getId());
        assertEquals(404, u.get("/api/v1/hook-keys/" + made.getId()).status());
        assertEquals(404, u.get("/api/v1/hook-keys/public/" + made.getKeyId()).status());
    }

    @Test
    void aCaptchaInUseByTheOrgIsNotDeleted() throws ApiException {
        CaptchaApi api = new CaptchaApi(client);
        OrgCAPTCHASettings none = api.getOrgCaptchaSettings();
        assertNull(none.getCaptchaId());
        assertTrue(none.getEnabledPages().isEmpty());
        CAPTCHAInstance made = api.createCaptchaInstance(new CAPTCHAInstance().name("hcaptcha").siteKey("site")
                .secretKey("secret").type(CAPTCHAType.HCAPTCHA));
        assertEquals(CAPTCHAType.HCAPTCHA, made.getType());
        assertFalse(u.get("/api/v1/captchas/" + made.getId()).body().contains("secret\""), "the secret is write-only");
        assertEquals(400, u.send("POST", "/api/v1/captchas",
                "{\"name\":\"second\",\"siteKey\":\"s\",\"secretKey\":\"s\",\"type\":\"HCAPTCHA\"}").status(),
                "an org has one CAPTCHA instance");
        assertEquals(made.getId(), api.replacesOrgCaptchaSettings(new OrgCAPTCHASettings().captchaId(made.getId()))
                .getCaptchaId());
        assertEquals(made.getId(), api.getOrgCaptchaSettings().getCaptchaId());
        assertEquals(400, assertThrows(ApiException.class, () -> api.deleteCaptchaInstance(made.getId())).getCode());
        api.deleteOrgCaptchaSettings();
        assertNull(api.getOrgCaptchaSettings().getCaptchaId());
        api.deleteCaptchaInstance(made.getId());
        assertEquals(404, u.get("/api/v1/captchas/" + made.getId()).status());
        assertEquals(404, u.send("PUT", "/api/v1/org/captcha", "{\"captchaId\":\"cap00000000000000000\"}").status());
        Http.Reply noType = u.send("POST", "/api/v1/captchas", "{\"name\":\"x\",\"siteKey\":\"s\",\"secretKey\":\"s\"}");
        assertEquals(400, noType.status());
        assertTrue(noType.json().at("/errorCauses/0/errorSummary").asText().startsWith("type"), noType.body());
    }
}

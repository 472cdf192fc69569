package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.okta.sdk.resource.api.IdentityProviderApi;
import com.okta.sdk.resource.api.IdentityProviderKeysApi;
import com.okta.sdk.resource.api.IdentityProviderSigningKeysApi;
import com.okta.sdk.resource.api.IdentityProviderUsersApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.CsrMetadata;
import com.okta.sdk.resource.model.CsrMetadataSubject;
import com.okta.sdk.resource.model.IdPCertificateCredential;
import com.okta.sdk.resource.model.IdPCsr;
import com.okta.sdk.resource.model.IdPKeyCredential;
import com.okta.sdk.resource.model.IdentityProvider;
import com.okta.sdk.resource.model.IdentityProviderType;
import com.okta.sdk.resource.model.LifecycleStatus;
import com.okta.sdk.resource.model.UserIdentityProviderLinkRequest;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Identity providers (declared) and their keys, CSRs, signing keys and linked users, through the Okta Java SDK. */
class IdentityProviderSdkTest extends OneOktaUniverse {
    static ApiClient client;

    @BeforeAll
    static void sdk() {
        client = u.sdk();
    }

    static String oidc(String name) {
        return u.send("POST", "/api/v1/idps", "{\"type\":\"OIDC\",\"name\":\"" + name + "\",\"protocol\":{\"type\":\"OIDC\","
                + "\"scopes\":[\"openid\"],\"endpoints\":{\"authorization\":{\"binding\":\"HTTP-REDIRECT\",\"url\":"
                + "\"https://idp.example.com/authorize\"}},\"issuer\":{\"url\":\"https://idp.example.com\"}}}")
                .json().path("id").asText();
    }

    @Test
    void anIdpIsCreatedListedByTypeLifecycledAndDeleted() throws ApiException {
        IdentityProviderApi api = new IdentityProviderApi(client);
        String id = oidc("Corp OIDC");
        assertTrue(id.startsWith("0oa") && id.length() == 20, id);
        IdentityProvider idp = api.getIdentityProvider(id);
        assertEquals("Corp OIDC", idp.getName());
        assertEquals(LifecycleStatus.ACTIVE, idp.getStatus());
        assertEquals("OIDC", idp.getProtocol().getType().getValue());
        assertTrue(api.listIdentityProviders(null, null, null, IdentityProviderType.OIDC).stream()
                .anyMatch(i -> i.getId().equals(id)));
        assertTrue(api.listIdentityProviders(null, null, null, IdentityProviderType.GOOGLE).stream()
                .noneMatch(i -> i.getId().equals(id)));
        assertEquals(LifecycleStatus.INACTIVE, api.deactivateIdentityProvider(id).getStatus());
        assertEquals(LifecycleStatus.ACTIVE, api.activateIdentityProvider(id).getStatus());
        api.deleteIdentityProvider(id);
        assertEquals(404, assertThrows(ApiException.class, () -> api.getIdentityProvider(id)).getCode());
    }

    @Test
    void theProtocolMustBeTheOneTheIdpTypeUses() {
        Http.Reply refused = u.send("POST", "/api/v1/idps", "{\"type\":\"FACEBOOK\",\"name\":\"Fb\",\"protocol\":{\"type\":\"SAML2\"}}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("E0000001", refused.json().path("errorCode").asText());
        assertTrue(refused.json().at("/errorCauses/0/errorSummary").asText().contains("protocol.type"), refused.body());
        Http.Reply unknownType = u.send("POST", "/api/v1/idps", "{\"type\":\"MYSPACE\",\"name\":\"M\",\"protocol\":{\"type\":\"OIDC\"}}");
        assertEquals(400, unknownType.status(), unknownType.body());
    }

    @Test
    void anUploadedCertificateBecomesAKeyCredential() throws Exception {
        IdentityProviderKeysApi keys = new IdentityProviderKeysApi(client);
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X509Certificate cert = selfSigned(pair, null);
        String b64 = Base64.getEncoder().encodeToString(cert.getEncoded());
        IdPKeyCredential key = keys.createIdentityProviderKey(new IdPCertificateCredential().x5c(List.of(b64)));
        assertEquals(b64, key.getX5c().get(0));
        assertEquals(((RSAPublicKey) pair.getPublic()).getModulus(), new BigInteger(1, Base64.getUrlDecoder().decode(key.getN())));
        assertEquals(key.getKid(), keys.getIdentityProviderKey(key.getKid()).getKid());
        assertTrue(keys.listIdentityProviderKeys(null, null).stream().anyMatch(k -> k.getKid().equals(key.getKid())));
        keys.deleteIdentityProviderKey(key.getKid());
        assertEquals(404, assertThrows(ApiException.class, () -> keys.getIdentityProviderKey(key.getKid())).getCode());
        Http.Reply notACertificate = u.send("POST", "/api/v1/idps/credentials/keys", "{\"x5c\":[\"bm90IGEgY2VydA==\"]}");
        assertEquals(400, notACertificate.status(), notACertificate.body());
    }

    @Test
    void signingKeysAreGeneratedClonedAndCsrsPublished() throws Exception {
        IdentityProviderSigningKeysApi api = new IdentityProviderSigningKeysApi(client);
        String idp = oidc("Signing");
        String other = oidc("Other");
        IdPKeyCredential key = api.generateIdentityProviderSigningKey(idp, 2);
        assertEquals(1, api.listIdentityProviderSigningKeys(idp).size());
        assertEquals(key.getKid(), api.getIdentityProviderSigningKey(idp, key.getKid()).getKid());
        assertEquals(key.getKid(), api.cloneIdentityProviderKey(idp, key.getKid(), other).getKid());
        assertEquals(1, api.listIdentityProviderSigningKeys(other).size());
        assertEquals(400, assertThrows(ApiException.class, () -> api.generateIdentityProviderSigningKey(idp, 11)).getCode());

        IdPCsr csr = api.generateCsrForIdentityProvider(idp, new CsrMetadata().subject(
                new CsrMetadataSubject().countryName("US").commonName("SP Issuer")));
        assertEquals(1, api.listCsrsForIdentityProvider(idp).size());
        PKCS10CertificationRequest request = new PKCS10CertificationRequest(Base64.getDecoder().decode(csr.getCsr()));
        X509Certificate issued = selfSigned(KeyPairGenerator.getInstance("RSA").generateKeyPair(),
                new JcaPKCS10CertificationRequest(request).getPublicKey());
        String b64 = Base64.getEncoder().encodeToString(issued.getEncoded());
        Http.Reply published = Http.send("POST", u.orgUrl() + "/api/v1/idps/" + idp + "/credentials/csrs/" + csr.getId()
                + "/lifecycle/publish", b64, "Authorization", "SSWS " + u.apiToken(), "Content-Type", "application/x-x509-ca-cert");
        assertEquals(201, published.status(), published.body());
        assertEquals(b64, published.json().path("x5c").get(0).asText());
        assertEquals(404, assertThrows(ApiException.class, () -> api.getCsrForIdentityProvider(idp, csr.getId())).getCode());
        IdPCsr revoked = api.generateCsrForIdentityProvider(idp, new CsrMetadata().subject(new CsrMetadataSubject().commonName("x")));
        api.revokeCsrForIdentityProvider(idp, revoked.getId());
        assertEquals(0, api.listCsrsForIdentityProvider(idp).size());
    }

    @Test
    void aUserIsLinkedListedAndUnlinked() throws ApiException {
        IdentityProviderUsersApi api = new IdentityProviderUsersApi(client);
        String idp = oidc("Linking");
        JsonNode user = u.send("POST", "/api/v1/users?activate=false", "{\"profile\":{\"firstName\":\"Lin\",\"lastName\":\"Ked\","
                + "\"email\":\"lin.ked@example.com\",\"login\":\"lin.ked@example.com\"}}").json();
        String userId = user.path("id").asText();
        var linked = api.linkUserToIdentityProvider(idp, userId, new UserIdentityProviderLinkRequest().externalId("ext-1"));
        assertEquals("ext-1", linked.getExternalId());
        assertEquals(userId, api.getIdentityProviderApplicationUser(idp, userId).getId());
        assertEquals(1, api.listIdentityProviderApplicationUsers(idp, null, null, null, null).size());
        assertEquals(List.of(idp), api.listUserIdentityProviders(userId).stream().map(IdentityProvider::getId).toList());
        assertTrue(api.listSocialAuthTokens(idp, userId).isEmpty());
        Http.Reply blank = u.send("POST", "/api/v1/idps/" + idp + "/users/" + userId, "{}");
        assertEquals(400, blank.status(), blank.body());
        api.unlinkUserFromIdentityProvider(idp, userId);
        assertEquals(404, assertThrows(ApiException.class, () -> api.getIdentityProviderApplicationUser(idp, userId)).getCode());
        assertEquals(404, assertThrows(ApiException.class, () -> api.unlinkUserFromIdentityProvider(idp, userId)).getCode());
        assertTrue(api.listUserIdentityProviders(userId).isEmpty());
    }

    private static X509Certificate selfSigned(java.security.KeyPair signer, java.security.PublicKey subjectKey) throws Exception {
        var name = new org.bouncycastle.asn1.x500.X500Name("CN=test");
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN, new Date(), new Date(System.currentTimeMillis()
                + 86_400_000L), name, subjectKey == null ? signer.getPublic() : subjectKey);
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
    }
}

package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

/** App key credentials, CSRs (signed here as a CA would) and SAML metadata. */
class AppKeysApiTest extends OneOktaUniverse {
    private static JsonNode samlApp() {
        return u.send("POST", "/api/v1/apps", "{\"label\":\"Saml\",\"signOnMode\":\"SAML_2_0\",\"settings\":{\"signOn\":{"
                + "\"ssoAcsUrl\":\"https://sp.example/acs\",\"audience\":\"sp\",\"recipient\":\"https://sp.example/acs\","
                + "\"destination\":\"https://sp.example/acs\",\"subjectNameIdTemplate\":\"${user.userName}\","
                + "\"subjectNameIdFormat\":\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\","
                + "\"signatureAlgorithm\":\"RSA_SHA256\",\"digestAlgorithm\":\"SHA256\",\"defaultRelayState\":\"\","
                + "\"authnContextClassRef\":\"urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport\"}}}").json();
    }

    private static JsonNode bookmark() {
        return u.send("POST", "/api/v1/apps", "{\"name\":\"bookmark\",\"label\":\"Bm\",\"signOnMode\":\"BOOKMARK\","
                + "\"settings\":{\"app\":{\"url\":\"https://a.example\"}}}").json();
    }

    static X509Certificate certificate(String base64) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    @Test
    void aSamlAppSignsWithAKeyItsMetadataPublishes() throws Exception {
        JsonNode app = samlApp();
        String id = app.path("id").asText();
        String kid = app.at("/credentials/signing/kid").asText();
        assertTrue(app.at("/settings/signOn/defaultRelayState").isNull(), "Okta answers an empty relay state as null");
        JsonNode key = u.get("/api/v1/apps/" + id + "/credentials/keys/" + kid).json();
        X509Certificate cert = certificate(key.path("x5c").get(0).asText());
        cert.verify(cert.getPublicKey());
        assertEquals(new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText())),
                ((RSAPublicKey) cert.getPublicKey()).getModulus());
        Http.Reply metadata = Http.get(u.orgUrl() + "/app/" + app.path("name").asText() + "/" + id + "/sso/saml/metadata");
        assertEquals(200, metadata.status(), metadata.body());
        assertTrue(metadata.body().startsWith("<?xml"));
        assertTrue(metadata.body().contains("<ds:X509Certificate>" + key.path("x5c").get(0).asText() + "<"));
        assertTrue(metadata.body().contains("entityID=\"http://www.okta.com/" + id + "\""));
        Http.Reply preview = u.get("/api/v1/apps/" + id + "/sso/saml/metadata?kid=" + kid);
        assertEquals(metadata.body(), preview.body());
        assertEquals(404, Http.get(u.orgUrl() + "/app/other/" + id + "/sso/saml/metadata").status());
    }

    @Test
    void generatedKeysAreListedAndClonedUnderTheSameKid() {
        String a = bookmark().path("id").asText();
        String b = bookmark().path("id").asText();
        assertEquals(0, u.get("/api/v1/apps/" + a + "/credentials/keys").json().size());
        Http.Reply generated = u.send("POST", "/api/v1/apps/" + a + "/credentials/keys/generate?validityYears=2", "");
        assertEquals(201, generated.status(), generated.body());
        String kid = generated.json().path("kid").asText();
        assertEquals(1, u.get("/api/v1/apps/" + a + "/credentials/keys").json().size());
        Http.Reply cloned = u.send("POST", "/api/v1/apps/" + a + "/credentials/keys/" + kid + "/clone?targetAid=" + b, "");
        assertEquals(201, cloned.status(), cloned.body());
        assertEquals(kid, u.get("/api/v1/apps/" + b + "/credentials/keys/" + kid).json().path("kid").asText());
        assertEquals(400, u.send("POST", "/api/v1/apps/" + a + "/credentials/keys/generate?validityYears=11", "").status());
        assertEquals("E0000007", u.get("/api/v1/apps/" + a + "/credentials/keys/nokey").json().path("errorCode").asText());
    }

    @Test
    void aCertificateIssuedForTheCsrBecomesAKeyAndTheCsrIsGone() throws Exception {
        String app = bookmark().path("id").asText();
        Http.Reply made = u.send("POST", "/api/v1/apps/" + app + "/credentials/csrs", "{\"subject\":{\"countryName\":\"US\","
                + "\"commonName\":\"SP Issuer\"},\"subjectAltNames\":{\"dnsNames\":[\"dev.example.com\"]}}");
        assertEquals(201, made.status(), made.body());
        String csrId = made.json().path("id").asText();
        PKCS10CertificationRequest csr = new PKCS10CertificationRequest(Base64.getDecoder().decode(made.json().path("csr").asText()));
        assertTrue(csr.getSubject().toString().contains("CN=SP Issuer"));
        assertEquals(1, u.get("/api/v1/apps/" + app + "/credentials/csrs").json().size());

        X509Certificate stranger = selfSigned(KeyPairGenerator.getInstance("RSA").generateKeyPair(), null);
        Http.Reply refused = Http.send("POST", u.orgUrl() + "/api/v1/apps/" + app + "/credentials/csrs/" + csrId
                + "/lifecycle/publish", Base64.getEncoder().encodeToString(stranger.getEncoded()),
                "Authorization", "SSWS " + u.apiToken(), "Content-Type", "application/x-x509-ca-cert");
        assertEquals(400, refused.status(), "a certificate for another key");

        var ca = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X509Certificate issued = selfSigned(ca, new JcaPKCS10CertificationRequest(csr).getPublicKey());
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(issued.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Http.Reply published = Http.send("POST", u.orgUrl() + "/api/v1/apps/" + app + "/credentials/csrs/" + csrId
                + "/lifecycle/publish", pem, "Authorization", "SSWS " + u.apiToken(), "Content-Type", "application/x-pem-file");
        assertEquals(201, published.status(), published.body());
        assertEquals(Base64.getEncoder().encodeToString(issued.getEncoded()), published.json().path("x5c").get(0).asText());
        assertEquals(404, u.get("/api/v1/apps/" + app + "/credentials/csrs/" + csrId).status());
        assertFalse(u.get("/api/v1/apps/" + app + "/credentials/keys").json().isEmpty());
    }

    private static X509Certificate selfSigned(java.security.KeyPair signer, java.security.PublicKey subjectKey) throws Exception {
        var name = new org.bouncycastle.asn1.x500.X500Name("CN=test");
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN, new Date(), new Date(System.currentTimeMillis()
                + 86_400_000L), name, subjectKey == null ? signer.getPublic() : subjectKey);
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}

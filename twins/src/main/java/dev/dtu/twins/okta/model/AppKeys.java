package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** An app's key credentials and CSRs ({@code /api/v1/apps/{appId}/credentials/keys} and {@code …/csrs}). */
public final class AppKeys {
    public static final Kind<AppKey> KEYS = Kind.of("okta", "appKeys", AppKey.class);
    public static final Kind<AppCsr> CSRS = Kind.of("okta", "appCsrs", AppCsr.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The subject fields of Okta's {@code CsrMetadataSubject}, with their X.500 attribute names. */
    private static final List<String[]> SUBJECT = List.of(new String[] {"countryName", "C"},
            new String[] {"stateOrProvinceName", "ST"}, new String[] {"localityName", "L"},
            new String[] {"organizationName", "O"}, new String[] {"organizationalUnitName", "OU"},
            new String[] {"commonName", "CN"});

    private final Tx tx;
    private final Audit audit;

    public AppKeys(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
    }

    public static List<AppKey> of(State state, String appId) {
        return List.copyOf(state.all(KEYS).subMap(appId + "/", appId + "/\uffff").values());
    }

    public static AppKey require(State state, String appId, String kid) {
        return state.get(KEYS, AppKey.key(appId, kid)).orElseThrow(() -> OktaErrors.notFound(kid, "AppInstanceKey"));
    }

    public static List<AppCsr> csrs(State state, String appId) {
        return List.copyOf(state.all(CSRS).subMap(appId + "/", appId + "/\uffff").values());
    }

    public static AppCsr requireCsr(State state, String appId, String csrId) {
        return state.get(CSRS, AppCsr.key(appId, csrId)).orElseThrow(() -> OktaErrors.notFound(csrId, "Csr"));
    }

    /** A new signing key valid {@code years} years (Okta allows 2 to 10). */
    public AppKey generate(String appId, int years) {
        Application app = Apps.require(tx.state(), appId);
        if (years < 2 || years > 10) {
            throw OktaErrors.apiValidationFailed("validityYears",
                    List.of("validityYears: Validity years out of range. It should be 2 - 10 years"));
        }
        return generate(app.id(), app.name(), years);
    }

    /** A new signing key for an app being made (its record not yet written). */
    AppKey generate(String appId, String appName, int years) {
        Instant now = audit.now();
        Instant until = now.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
        AppCertificates.Made made = AppCertificates.selfSigned(appName, now, until);
        String kid = thumbprint(made.certificate());
        return tx.put(KEYS, AppKey.key(appId, kid), new AppKey(AppKey.key(appId, kid), appId, kid, made.certificate(),
                made.privateKey(), now, until));
    }

    /** Copies a key to another app (Okta's cloneApplicationKey: the same kid under {@code targetAid}). */
    public AppKey cloneKey(String appId, String kid, String targetAid) {
        AppKey key = require(tx.state(), Apps.require(tx.state(), appId).id(), kid);
        Application target = Apps.require(tx.state(), targetAid);
        if (tx.get(KEYS, AppKey.key(target.id(), kid)).isPresent()) {
            throw OktaErrors.apiValidationFailed("kid",
                    List.of("kid: Key already exists in the list of key credentials for the target app."));
        }
        return tx.put(KEYS, AppKey.key(target.id(), kid), key.cloneTo(target.id()));
    }

    /** A CSR for Okta's {@code CsrMetadata} ({@code subject}, {@code subjectAltNames.dnsNames}). */
    public AppCsr csr(String appId, JsonNode metadata) {
        Application app = Apps.require(tx.state(), appId);
        AppCertificates.Made made = csrFor(metadata);
        String csrId = randomId();
        return tx.put(CSRS, AppCsr.key(app.id(), csrId), new AppCsr(AppCsr.key(app.id(), csrId), app.id(), csrId,
                made.certificate(), made.privateKey(), audit.now()));
    }

    /** A new key and its CSR for Okta's {@code CsrMetadata} (apps' and identity providers' CSRs alike). */
    static AppCertificates.Made csrFor(JsonNode metadata) {
        JsonNode subject = metadata.path("subject");
        List<String> parts = new ArrayList<>();
        for (String[] field : SUBJECT) {
            JsonNode value = subject.path(field[0]);
            if (value.isTextual() && !value.asText().isBlank()) {
                parts.add(field[1] + "=" + value.asText().replace(",", "\\,"));
            }
        }
        if (parts.isEmpty()) {
            throw OktaErrors.apiValidationFailed("subject", List.of("subject: The field cannot be left blank"));
        }
        List<String> dns = new ArrayList<>();
        metadata.path("subjectAltNames").path("dnsNames").forEach(n -> dns.add(n.asText()));
        return AppCertificates.csr(String.join(",", parts), dns);
    }

    public void revokeCsr(String appId, String csrId) {
        AppCsr csr = requireCsr(tx.state(), Apps.require(tx.state(), appId).id(), csrId);
        tx.remove(CSRS, csr.id());
    }

    /** Publishes a certificate issued for the CSR: it becomes a key of the app and the CSR is gone. */
    public AppKey publish(String appId, String csrId, byte[] body) {
        AppCsr csr = requireCsr(tx.state(), Apps.require(tx.state(), appId).id(), csrId);
        X509Certificate certificate = publishable(body, csr.csr());
        String encoded = encoded(certificate);
        String kid = thumbprint(encoded);
        tx.remove(CSRS, csr.id());
        return tx.put(KEYS, AppKey.key(csr.appId(), kid), new AppKey(AppKey.key(csr.appId(), kid), csr.appId(), kid,
                encoded, csr.privateKey(), audit.now(), certificate.getNotAfter().toInstant()));
    }

    /** The certificate a publish body holds (DER, base64 DER or PEM), when it is one issued for the CSR. */
    static X509Certificate publishable(byte[] body, String csr) {
        X509Certificate certificate = AppCertificates.parse(body);
        if (certificate == null) {
            throw OktaErrors.apiValidationFailed("certificate",
                    List.of("certificate: The certificate is not a valid X.509 certificate (DER, base64 DER or PEM)"));
        }
        if (!AppCertificates.matches(certificate, csr)) {
            throw OktaErrors.apiValidationFailed("certificate",
                    List.of("certificate: The public key in the certificate does not match the CSR"));
        }
        return certificate;
    }

    static String encoded(X509Certificate certificate) {
        try {
            return AppCertificates.base64(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes an app's keys and CSRs with the app. */
    void removeAll(String appId) {
        of(tx.state(), appId).forEach(k -> tx.remove(KEYS, k.id()));
        csrs(tx.state(), appId).forEach(c -> tx.remove(CSRS, c.id()));
    }

    public static Optional<AppKey> signing(State state, Application app) {
        String kid = app.extra().path("credentials").path("signing").path("kid").asText(null);
        return kid == null ? Optional.empty() : state.get(KEYS, AppKey.key(app.id(), kid));
    }

    /** The certificate's SHA-256 thumbprint, base64url: the kid (and the JWK's {@code x5t#S256}). */
    public static String thumbprint(String certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(certificate));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

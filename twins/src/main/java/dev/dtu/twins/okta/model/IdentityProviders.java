package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Request;
import dev.dtu.server.resource.Hooks;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.resource.Violation;
import dev.dtu.server.resource.Write;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Identity providers (declared: {@code declared/okta/idps.yaml}) and what hangs off them: the org's IdP key
 * credentials, each IdP's signing keys and CSRs, and the users linked to it.
 */
public final class IdentityProviders implements Hooks {
    public static final Kind<Resource> IDPS = Kind.of("okta", "idps", Resource.class);
    public static final Kind<IdpKey> KEYS = Kind.of("okta", "idpKeys", IdpKey.class);
    /** An IdP's signing keys: {@link AppKey}s whose {@code appId} is the IdP's id. */
    public static final Kind<AppKey> SIGNING_KEYS = Kind.of("okta", "idpSigningKeys", AppKey.class);
    /** An IdP's CSRs: {@link AppCsr}s whose {@code appId} is the IdP's id. */
    public static final Kind<AppCsr> CSRS = Kind.of("okta", "idpCsrs", AppCsr.class);
    public static final Kind<IdpUserLink> USERS = Kind.of("okta", "idpUsers", IdpUserLink.class);

    /**
     * The protocol each IdP type uses: "the protocol object must correspond with the IdP type" (okta-management
     * spec, IdentityProviderType, "Corresponding protocol").
     */
    private static final Map<String, String> PROTOCOL = Map.ofEntries(Map.entry("AMAZON", "OIDC"),
            Map.entry("APPLE", "OIDC"), Map.entry("DISCORD", "OAUTH2"), Map.entry("FACEBOOK", "OAUTH2"),
            Map.entry("GITHUB", "OAUTH2"), Map.entry("GITLAB", "OIDC"), Map.entry("GOOGLE", "OIDC"),
            Map.entry("IDV_CLEAR", "ID_PROOFING"), Map.entry("IDV_INCODE", "ID_PROOFING"),
            Map.entry("IDV_PERSONA", "ID_PROOFING"), Map.entry("IDV_STANDARD", "ID_PROOFING"),
            Map.entry("LINKEDIN", "OAUTH2"), Map.entry("LOGINGOV", "OIDC"), Map.entry("LOGINGOV_SANDBOX", "OIDC"),
            Map.entry("MICROSOFT", "OIDC"), Map.entry("OIDC", "OIDC"), Map.entry("OKTA_INTEGRATION", "OIDC"),
            Map.entry("PAYPAL", "OIDC"), Map.entry("PAYPAL_SANDBOX", "OIDC"), Map.entry("SALESFORCE", "OAUTH2"),
            Map.entry("SAML2", "SAML2"), Map.entry("SPOTIFY", "OIDC"), Map.entry("X509", "MTLS"),
            Map.entry("XERO", "OIDC"), Map.entry("YAHOO", "OIDC"), Map.entry("YAHOOJP", "OIDC"));

    @Override
    public List<Violation> check(Write write, ObjectNode next, Resource previous) {
        String expected = PROTOCOL.get(next.path("type").asText());
        JsonNode protocol = next.path("protocol").path("type");
        if (expected != null && protocol.isTextual() && !expected.equals(protocol.asText())) {
            return List.of(new Violation("protocol.type", Violation.Problem.ENUM, expected, protocol));
        }
        return List.of();
    }

    /** listIdentityProviders' {@code type}: "Filters IdPs by type". */
    @Override
    public List<Resource> listed(Request request, List<Resource> live) {
        List<String> type = request.query().get("type");
        if (type == null || type.isEmpty()) {
            return live;
        }
        return live.stream().filter(idp -> type.getFirst().equals(idp.text("type"))).toList();
    }

    /** An IdP's signing keys, CSRs and user links go with it. */
    @Override
    public void beforeDelete(Write write, Resource idp) {
        Tx tx = write.tx();
        List.copyOf(tx.state().all(SIGNING_KEYS).subMap(idp.id() + "/", idp.id() + "/\uffff").keySet())
                .forEach(k -> tx.remove(SIGNING_KEYS, k));
        List.copyOf(tx.state().all(CSRS).subMap(idp.id() + "/", idp.id() + "/\uffff").keySet())
                .forEach(k -> tx.remove(CSRS, k));
        links(tx.state(), idp.id()).forEach(l -> tx.remove(USERS, l.id()));
    }

    /** The kinds written here (the IdPs themselves are the declaration's). */
    public static List<Kind<?>> handWritten() {
        return List.of(KEYS, SIGNING_KEYS, CSRS, USERS);
    }

    public static Resource require(State state, String idpId) {
        return state.get(IDPS, idpId).orElseThrow(() -> OktaErrors.notFound(idpId, "IdpAppInstance"));
    }

    public static List<IdpUserLink> links(State state, String idpId) {
        return List.copyOf(state.all(USERS).subMap(idpId + "/", idpId + "/\uffff").values());
    }

    /** The IdPs a user is linked to. */
    public static List<Resource> linkedTo(State state, String userId) {
        return state.all(USERS).values().stream().filter(l -> l.userId().equals(userId))
                .map(l -> state.get(IDPS, l.idpId())).flatMap(java.util.Optional::stream).toList();
    }

    /** A deleted user's links go with them. */
    static void unlinkAll(Tx tx, String userId) {
        List.copyOf(tx.state().all(USERS).values()).stream().filter(l -> l.userId().equals(userId))
                .forEach(l -> tx.remove(USERS, l.id()));
    }

    public static IdpUserLink requireLink(State state, String idpId, String userId) {
        return state.get(USERS, IdpUserLink.key(idpId, userId))
                .orElseThrow(() -> OktaErrors.notFound(userId, "IdpUser"));
    }

    /** The org's IdP keys, their signing keys and CSRs, and user links: the writes. */
    public static final class Writes {
        private final Tx tx;
        private final Audit audit;

        public Writes(Tx tx, Audit audit) {
            this.tx = tx;
            this.audit = audit;
        }

        /** A key credential from a JWK whose {@code x5c} holds the certificate; Okta gives it its own kid. */
        public IdpKey createKey(JsonNode jwk) {
            X509Certificate certificate = certificate(jwk);
            String kid = UUID.randomUUID().toString();
            Instant now = audit.now();
            return tx.put(KEYS, kid, new IdpKey(kid, AppKeys.encoded(certificate), now, now,
                    certificate.getNotAfter().toInstant()));
        }

        public IdpKey replaceKey(String kid, JsonNode jwk) {
            IdpKey key = requireKey(tx.state(), kid);
            X509Certificate certificate = certificate(jwk);
            return tx.put(KEYS, kid, new IdpKey(kid, AppKeys.encoded(certificate), key.created(), audit.now(),
                    certificate.getNotAfter().toInstant()));
        }

        public void deleteKey(String kid) {
            tx.remove(KEYS, requireKey(tx.state(), kid).id());
        }

        /** A new signing key valid {@code years} years (2 to 10, as for apps). */
        public AppKey generate(String idpId, int years) {
            Resource idp = require(tx.state(), idpId);
            if (years < 2 || years > 10) {
                throw OktaErrors.apiValidationFailed("validityYears",
                        List.of("validityYears: Validity years out of range. It should be 2 - 10 years"));
            }
            Instant now = audit.now();
            Instant until = now.atZone(java.time.ZoneOffset.UTC).plusYears(years).toInstant();
            AppCertificates.Made made = AppCertificates.selfSigned(idp.text("name"), now, until);
            String kid = AppKeys.thumbprint(made.certificate());
            return tx.put(SIGNING_KEYS, AppKey.key(idp.id(), kid), new AppKey(AppKey.key(idp.id(), kid), idp.id(),
                    kid, made.certificate(), made.privateKey(), now, until));
        }

        /** cloneIdentityProviderKey: the same kid under {@code targetIdpId}. */
        public AppKey cloneKey(String idpId, String kid, String targetIdpId) {
            AppKey key = requireSigningKey(tx.state(), require(tx.state(), idpId).id(), kid);
            Resource target = require(tx.state(), targetIdpId);
            if (tx.get(SIGNING_KEYS, AppKey.key(target.id(), kid)).isPresent()) {
                throw OktaErrors.apiValidationFailed("kid",
                        List.of("kid: Key already exists in the list of key credentials for the target IdP."));
            }
            return tx.put(SIGNING_KEYS, AppKey.key(target.id(), kid), key.cloneTo(target.id()));
        }

        public AppCsr csr(String idpId, JsonNode metadata) {
            Resource idp = require(tx.state(), idpId);
            AppCertificates.Made made = AppKeys.csrFor(metadata);
            String csrId = AppKeys.randomId();
            return tx.put(CSRS, AppCsr.key(idp.id(), csrId), new AppCsr(AppCsr.key(idp.id(), csrId), idp.id(), csrId,
                    made.certificate(), made.privateKey(), audit.now()));
        }

        public void revokeCsr(String idpId, String csrId) {
            tx.remove(CSRS, requireCsr(tx.state(), require(tx.state(), idpId).id(), csrId).id());
        }

        /** A certificate issued for the CSR becomes a signing key of the IdP, and the CSR is gone. */
        public AppKey publish(String idpId, String csrId, byte[] body) {
            AppCsr csr = requireCsr(tx.state(), require(tx.state(), idpId).id(), csrId);
            X509Certificate certificate = AppKeys.publishable(body, csr.csr());
            String encoded = AppKeys.encoded(certificate);
            String kid = AppKeys.thumbprint(encoded);
            tx.remove(CSRS, csr.id());
            return tx.put(SIGNING_KEYS, AppKey.key(csr.appId(), kid), new AppKey(AppKey.key(csr.appId(), kid),
                    csr.appId(), kid, encoded, csr.privateKey(), audit.now(), certificate.getNotAfter().toInstant()));
        }

        public IdpUserLink link(String idpId, String userId, JsonNode request) {
            Resource idp = require(tx.state(), idpId);
            User user = Users.require(tx.state(), userId);
            JsonNode externalId = request.path("externalId");
            if (!externalId.isTextual() || externalId.asText().isBlank()) {
                throw OktaErrors.apiValidationFailed("externalId", List.of("externalId: The field cannot be left blank"));
            }
            if (externalId.asText().length() > 512) {
                throw OktaErrors.apiValidationFailed("externalId",
                        List.of("externalId: The field cannot exceed 512 characters"));
            }
            String key = IdpUserLink.key(idp.id(), user.id());
            Instant created = tx.get(USERS, key).map(IdpUserLink::created).orElse(audit.now());
            return tx.put(USERS, key, new IdpUserLink(key, idp.id(), user.id(), externalId.asText(), created,
                    audit.now()));
        }

        public void unlink(String idpId, String userId) {
            Resource idp = require(tx.state(), idpId);
            User user = Users.require(tx.state(), userId);
            tx.remove(USERS, requireLink(tx.state(), idp.id(), user.id()).id());
        }

        private static X509Certificate certificate(JsonNode jwk) {
            JsonNode x5c = jwk.path("x5c");
            if (!x5c.isArray() || x5c.isEmpty() || !x5c.get(0).isTextual()) {
                throw OktaErrors.apiValidationFailed("x5c", List.of("x5c: The field cannot be left blank"));
            }
            X509Certificate certificate = AppCertificates.parse(
                    x5c.get(0).asText().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (certificate == null) {
                throw OktaErrors.apiValidationFailed("x5c",
                        List.of("x5c: The certificate is not a valid X.509 certificate"));
            }
            return certificate;
        }
    }

    public static IdpKey requireKey(State state, String kid) {
        return state.get(KEYS, kid).orElseThrow(() -> OktaErrors.notFound(kid, "IdpKeyCredential"));
    }

    public static List<AppKey> signingKeys(State state, String idpId) {
        return List.copyOf(state.all(SIGNING_KEYS).subMap(idpId + "/", idpId + "/\uffff").values());
    }

    public static AppKey requireSigningKey(State state, String idpId, String kid) {
        return state.get(SIGNING_KEYS, AppKey.key(idpId, kid))
                .orElseThrow(() -> OktaErrors.notFound(kid, "IdpKeyCredential"));
    }

    public static List<AppCsr> csrs(State state, String idpId) {
        return List.copyOf(state.all(CSRS).subMap(idpId + "/", idpId + "/\uffff").values());
    }

    public static AppCsr requireCsr(State state, String idpId, String csrId) {
        return state.get(CSRS, AppCsr.key(idpId, csrId)).orElseThrow(() -> OktaErrors.notFound(csrId, "Csr"));
    }
}

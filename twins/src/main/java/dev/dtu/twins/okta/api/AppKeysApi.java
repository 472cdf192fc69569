package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.AppCsr;
import dev.dtu.twins.okta.model.AppKey;
import dev.dtu.twins.okta.model.AppKeys;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.OktaErrors;
import java.util.List;

/**
 * An app's key credentials ({@code credentials/keys}: list, get, generate, clone), CSRs ({@code credentials/csrs}:
 * generate, list, get, revoke, publish) and its SAML metadata, in the admin API and at the app's public
 * {@code /app/{name}/{id}/sso/saml/metadata}.
 */
final class AppKeysApi {
    private static final String APP = "/api/v1/apps/{appId}";

    private AppKeysApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(APP + "/credentials/keys", OktaRoute.api("listApplicationKeys", AppKeysApi::keys))
                .get(APP + "/credentials/keys/{keyId}", OktaRoute.api("getApplicationKey", AppKeysApi::key))
                .post(APP + "/credentials/keys/generate", OktaRoute.api("generateApplicationKey", AppKeysApi::generate))
                .post(APP + "/credentials/keys/{keyId}/clone", OktaRoute.api("cloneApplicationKey", AppKeysApi::cloneKey))
                .get(APP + "/credentials/csrs", OktaRoute.api("listCsrsForApplication", AppKeysApi::csrs))
                .post(APP + "/credentials/csrs", OktaRoute.api("generateCsrForApplication", AppKeysApi::newCsr))
                .get(APP + "/credentials/csrs/{csrId}", OktaRoute.api("getCsrForApplication", AppKeysApi::csr))
                .delete(APP + "/credentials/csrs/{csrId}", OktaRoute.api("revokeCsrFromApplication", AppKeysApi::revoke))
                .post(APP + "/credentials/csrs/{csrId}/lifecycle/publish",
                        OktaRoute.api("publishCsrFromApplication", AppKeysApi::publish))
                .get(APP + "/sso/saml/metadata", OktaRoute.api("previewSAMLmetadataForApplication", AppKeysApi::preview))
                .get("/app/{appName}/{appId}/sso/saml/metadata", OktaRoute.open("getSamlMetadata", AppKeysApi::metadata));
    }

    private static Response keys(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        ArrayNode keys = Json.array();
        AppKeys.of(r.state(), app.id()).forEach(k -> keys.add(jwk(k)));
        return Response.json(200, keys);
    }

    private static Response key(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        return Response.json(200, jwk(AppKeys.require(r.state(), app.id(), r.param("keyId"))));
    }

    private static Response generate(OktaRequest r) {
        int years = years(r.query("validityYears").orElse(null));
        AppKey key = r.write(tx -> new AppKeys(tx, r.audit()).generate(r.param("appId"), years));
        return Response.json(201, jwk(key));
    }

    private static Response cloneKey(OktaRequest r) {
        String target = r.query("targetAid").orElseThrow(() -> OktaErrors.apiValidationFailed("targetAid",
                List.of("targetAid: The field cannot be left blank")));
        AppKey key = r.write(tx -> new AppKeys(tx, r.audit()).cloneKey(r.param("appId"), r.param("keyId"), target));
        return Response.json(201, jwk(key));
    }

    private static Response csrs(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        ArrayNode csrs = Json.array();
        AppKeys.csrs(r.state(), app.id()).forEach(c -> csrs.add(csr(r, c)));
        return Response.json(200, csrs);
    }

    private static Response newCsr(OktaRequest r) {
        AppCsr csr = r.write(tx -> new AppKeys(tx, r.audit()).csr(r.param("appId"), r.body()));
        return Response.json(201, csr(r, csr));
    }

    private static Response csr(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        return Response.json(200, csr(r, AppKeys.requireCsr(r.state(), app.id(), r.param("csrId"))));
    }

    private static Response revoke(OktaRequest r) {
        r.write(tx -> {
            new AppKeys(tx, r.audit()).revokeCsr(r.param("appId"), r.param("csrId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response publish(OktaRequest r) {
        byte[] body = r.http().body();
        AppKey key = r.write(tx -> new AppKeys(tx, r.audit()).publish(r.param("appId"), r.param("csrId"), body));
        return Response.json(201, jwk(key));
    }

    private static Response preview(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        String kid = r.query("kid").orElseThrow(() -> OktaErrors.apiValidationFailed("kid",
                List.of("kid: The field cannot be left blank")));
        AppKey key = AppKeys.require(r.state(), app.id(), kid);
        return Response.text(200, "text/xml;charset=UTF-8", SamlMetadata.of(app, key, r.orgUrl()));
    }

    /** The public metadata: the app's signing key; Okta answers 404 for an app of another name or without one. */
    private static Response metadata(OktaRequest r) {
        Application app = Apps.require(r.state(), r.param("appId"));
        if (!app.name().equals(r.param("appName"))) {
            throw OktaErrors.notFound(r.param("appId"), "AppInstance");
        }
        AppKey key = AppKeys.signing(r.state(), app).orElseThrow(() -> OktaErrors.notFound(app.id(), "AppInstanceKey"));
        return Response.text(200, "application/xml;charset=UTF-8", SamlMetadata.of(app, key, r.orgUrl()));
    }

    static int years(String value) {
        try {
            return value == null ? 2 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw OktaErrors.apiValidationFailed("validityYears",
                    List.of("validityYears: '" + value + "' is not a valid integer"));
        }
    }

    /** Okta's {@code JsonWebKey} of an app key: the RSA public key, its certificate chain and thumbprint. */
    static ObjectNode jwk(AppKey key) {
        return jwk(key.kid(), key.certificate(), key.created(), key.created(), key.expiresAt());
    }

    /** A key credential as JWK: {@code x5c} the certificate, {@code e}/{@code n} its RSA key, {@code x5t#S256}. */
    static ObjectNode jwk(String kid, String certificate, java.time.Instant created, java.time.Instant updated,
            java.time.Instant expiresAt) {
        java.security.interfaces.RSAPublicKey pub = (java.security.interfaces.RSAPublicKey)
                dev.dtu.twins.okta.model.AppCertificates.certificate(certificate).getPublicKey();
        ObjectNode n = Json.object();
        n.put("created", OktaDates.format(created));
        n.put("lastUpdated", OktaDates.format(updated));
        n.put("expiresAt", OktaDates.format(expiresAt));
        n.putArray("x5c").add(certificate);
        n.put("e", base64url(pub.getPublicExponent()));
        n.put("n", base64url(pub.getModulus()));
        n.put("kid", kid);
        n.put("kty", "RSA");
        n.put("use", "sig");
        n.put("x5t#S256", AppKeys.thumbprint(certificate));
        return n;
    }

    /** Okta's CSR object, {@code self} and {@code publish} links under {@code base} (the app's or IdP's). */
    static ObjectNode csr(String base, AppCsr csr) {
        ObjectNode n = Json.object();
        n.put("id", csr.csrId());
        n.put("created", OktaDates.format(csr.created()));
        n.put("csr", csr.csr());
        n.put("kty", "RSA");
        String self = base + "/credentials/csrs/" + csr.csrId();
        ObjectNode links = n.putObject("_links");
        Links.href(links, "self", self);
        Links.action(links, "publish", self + "/lifecycle/publish");
        return n;
    }

    private static ObjectNode csr(OktaRequest r, AppCsr csr) {
        return csr(r.orgUrl() + "/api/v1/apps/" + csr.appId(), csr);
    }

    /** Unsigned big-endian bytes, base64url without padding (a JWK's {@code n} and {@code e}). */
    private static String base64url(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.resource.DeclaredResource;
import dev.dtu.server.resource.Resource;
import dev.dtu.twins.okta.model.AppKey;
import dev.dtu.twins.okta.model.IdentityProviders;
import dev.dtu.twins.okta.model.IdpKey;
import dev.dtu.twins.okta.model.IdpUserLink;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.Users;
import java.util.List;

/**
 * What hangs off identity providers (the IdPs themselves are declared, {@code declared/okta/idps.yaml}): the org's
 * IdP key credentials ({@code /api/v1/idps/credentials/keys}), each IdP's signing keys and CSRs, its linked users
 * and a user's IdPs. Registered before the declared routes: {@code /api/v1/idps/credentials/keys} is not an IdP.
 */
final class IdentityProvidersApi {
    private static final String KEYS = "/api/v1/idps/credentials/keys";
    private static final String IDP = "/api/v1/idps/{idpId}";

    private IdentityProvidersApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(KEYS, OktaRoute.api("listIdentityProviderKeys", IdentityProvidersApi::keys))
                .post(KEYS, OktaRoute.api("createIdentityProviderKey", IdentityProvidersApi::createKey))
                .get(KEYS + "/{kid}", OktaRoute.api("getIdentityProviderKey", IdentityProvidersApi::key))
                .put(KEYS + "/{kid}", OktaRoute.api("replaceIdentityProviderKey", IdentityProvidersApi::replaceKey))
                .delete(KEYS + "/{kid}", OktaRoute.api("deleteIdentityProviderKey", IdentityProvidersApi::deleteKey))
                .get(IDP + "/credentials/csrs", OktaRoute.api("listCsrsForIdentityProvider", IdentityProvidersApi::csrs))
                .post(IDP + "/credentials/csrs",
                        OktaRoute.api("generateCsrForIdentityProvider", IdentityProvidersApi::newCsr))
                .get(IDP + "/credentials/csrs/{idpCsrId}",
                        OktaRoute.api("getCsrForIdentityProvider", IdentityProvidersApi::csr))
                .delete(IDP + "/credentials/csrs/{idpCsrId}",
                        OktaRoute.api("revokeCsrForIdentityProvider", IdentityProvidersApi::revoke))
                .post(IDP + "/credentials/csrs/{idpCsrId}/lifecycle/publish",
                        OktaRoute.api("publishCsrForIdentityProvider", IdentityProvidersApi::publish))
                .get(IDP + "/credentials/keys",
                        OktaRoute.api("listIdentityProviderSigningKeys", IdentityProvidersApi::signingKeys))
                .get(IDP + "/credentials/keys/active",
                        OktaRoute.api("listActiveIdentityProviderSigningKey", IdentityProvidersApi::activeKey))
                .post(IDP + "/credentials/keys/generate",
                        OktaRoute.api("generateIdentityProviderSigningKey", IdentityProvidersApi::generate))
                .get(IDP + "/credentials/keys/{kid}",
                        OktaRoute.api("getIdentityProviderSigningKey", IdentityProvidersApi::signingKey))
                .post(IDP + "/credentials/keys/{kid}/clone",
                        OktaRoute.api("cloneIdentityProviderKey", IdentityProvidersApi::cloneKey))
                .get(IDP + "/users", OktaRoute.api("listIdentityProviderApplicationUsers", IdentityProvidersApi::users))
                .get(IDP + "/users/{userId}",
                        OktaRoute.api("getIdentityProviderApplicationUser", IdentityProvidersApi::user))
                .post(IDP + "/users/{userId}", OktaRoute.api("linkUserToIdentityProvider", IdentityProvidersApi::link))
                .delete(IDP + "/users/{userId}",
                        OktaRoute.api("unlinkUserFromIdentityProvider", IdentityProvidersApi::unlink))
                .get(IDP + "/users/{userId}/credentials/tokens",
                        OktaRoute.api("listSocialAuthTokens", IdentityProvidersApi::tokens))
                .get("/api/v1/users/{id}/idps", OktaRoute.api("listUserIdentityProviders", IdentityProvidersApi::ofUser));
    }

    private static Response keys(OktaRequest r) {
        ArrayNode keys = Json.array();
        r.state().all(IdentityProviders.KEYS).values().forEach(k -> keys.add(jwk(k)));
        return Response.json(200, keys);
    }

    private static Response createKey(OktaRequest r) {
        IdpKey key = r.write(tx -> new IdentityProviders.Writes(tx, r.audit()).createKey(r.body()));
        return Response.json(200, jwk(key));
    }

    private static Response key(OktaRequest r) {
        return Response.json(200, jwk(IdentityProviders.requireKey(r.state(), r.param("kid"))));
    }

    private static Response replaceKey(OktaRequest r) {
        IdpKey key = r.write(tx -> new IdentityProviders.Writes(tx, r.audit()).replaceKey(r.param("kid"), r.body()));
        return Response.json(200, jwk(key));
    }

    private static Response deleteKey(OktaRequest r) {
        r.write(tx -> {
            new IdentityProviders.Writes(tx, r.audit()).deleteKey(r.param("kid"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response csrs(OktaRequest r) {
        Resource idp = IdentityProviders.require(r.state(), r.param("idpId"));
        ArrayNode csrs = Json.array();
        IdentityProviders.csrs(r.state(), idp.id()).forEach(c -> csrs.add(AppKeysApi.csr(base(r, idp.id()), c)));
        return Response.json(200, csrs);
    }

    private static Response newCsr(OktaRequest r) {
        var csr = r.write(tx -> new IdentityProviders.Writes(tx, r.audit()).csr(r.param("idpId"), r.body()));
        return Response.json(201, AppKeysApi.csr(base(r, csr.appId()), csr));
    }

    private static Response csr(OktaRequest r) {
        Resource idp = IdentityProviders.require(r.state(), r.param("idpId"));
        return Response.json(200, AppKeysApi.csr(base(r, idp.id()),
                IdentityProviders.requireCsr(r.state(), idp.id(), r.param("idpCsrId"))));
    }

    private static Response revoke(OktaRequest r) {
        r.write(tx -> {
            new IdentityProviders.Writes(tx, r.audit()).revokeCsr(r.param("idpId"), r.param("idpCsrId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response publish(OktaRequest r) {
        byte[] body = r.http().body();
        AppKey key = r.write(tx -> new IdentityProviders.Writes(tx, r.audit())
                .publish(r.param("idpId"), r.param("idpCsrId"), body));
        return Response.json(201, AppKeysApi.jwk(key));
    }

    private static Response signingKeys(OktaRequest r) {
        Resource idp = IdentityProviders.require(r.state(), r.param("idpId"));
        ArrayNode keys = Json.array();
        IdentityProviders.signingKeys(r.state(), idp.id()).forEach(k -> keys.add(AppKeysApi.jwk(k)));
        return Response.json(200, keys);
    }

    /** The key {@code protocol.credentials.signing.kid} names; 204 when the IdP signs with none. */
    private static Response activeKey(OktaRequest r) {
        Resource idp = IdentityProviders.require(r.state(), r.param("idpId"));
        String kid = idp.body().path("protocol").path("credentials").path("signing").path("kid").asText(null);
        var key = kid == null ? java.util.Optional.<AppKey>empty()
                : r.state().get(IdentityProviders.SIGNING_KEYS, AppKey.key(idp.id(), kid));
        return key.map(k -> Response.json(200, Json.array().add(AppKeysApi.jwk(k)))).orElse(Response.empty(204));
    }

    private static Response generate(OktaRequest r) {
        int years = AppKeysApi.years(r.query("validityYears").orElse(null));
        AppKey key = r.write(tx -> new IdentityProviders.Writes(tx, r.audit()).generate(r.param("idpId"), years));
        return Response.json(200, AppKeysApi.jwk(key));
    }

    private static Response signingKey(OktaRequest r) {
        Resource idp = IdentityProviders.require(r.state(), r.param("idpId"));
        return Response.json(200, AppKeysApi.jwk(IdentityProviders.requireSigningKey(r.state(), idp.id(), r.param("kid"))));
    }

    private static Response cloneKey(OktaRequest r) {
        String target = r.query("targetIdpId").orElseThrow(() -> OktaErrors.apiValidationFailed("targetIdpId",
                List.of("targetIdpId: The field cannot be left blank")));
        AppKey key = r.write(tx -> new IdentityProviders.Writes(tx, r.audit())
                .cloneKey(r.param("idpId"), r.param("kid"), target));
        return Response.json(201, AppKeysApi.jwk(key));
    }

    private static Response users(OktaRequest r) {
        Resource idp = IdentityProviders.require(r.state(), r.param("idpId"));
        ArrayNode users = Json.array();
        IdentityProviders.links(r.state(), idp.id()).forEach(l -> users.add(linked(r, l)));
        return Response.json(200, users);
    }

    private static Response user(OktaRequest r) {
        Resource idp = IdentityProviders.require(r.state(), r.param("idpId"));
        String userId = Users.require(r.state(), r.param("userId")).id();
        return Response.json(200, linked(r, IdentityProviders.requireLink(r.state(), idp.id(), userId)));
    }

    private static Response link(OktaRequest r) {
        IdpUserLink link = r.write(tx -> new IdentityProviders.Writes(tx, r.audit())
                .link(r.param("idpId"), r.param("userId"), r.body()));
        return Response.json(200, linked(r, link));
    }

    private static Response unlink(OktaRequest r) {
        r.write(tx -> {
            new IdentityProviders.Writes(tx, r.audit()).unlink(r.param("idpId"), r.param("userId"));
            return null;
        });
        return Response.empty(204);
    }

    /** The tokens an OIDC IdP gave at the user's last sign-in through it: none, as nobody signs in through one yet. */
    private static Response tokens(OktaRequest r) {
        IdentityProviders.require(r.state(), r.param("idpId"));
        Users.require(r.state(), r.param("userId"));
        return Response.json(200, Json.array());
    }

    private static Response ofUser(OktaRequest r) {
        String userId = Users.require(r.state(), r.param("id")).id();
        DeclaredResource idps = DeclaredApi.RESOURCES.resource("idps");
        ArrayNode out = Json.array();
        for (Resource idp : IdentityProviders.linkedTo(r.state(), userId)) {
            out.add(DeclaredApi.RESOURCES.convention().render(r.http(), idps.declaration(), idp,
                    "/api/v1/idps/" + idp.id()));
        }
        return Response.json(200, out);
    }

    private static ObjectNode jwk(IdpKey key) {
        return AppKeysApi.jwk(key.id(), key.certificate(), key.created(), key.lastUpdated(), key.expiresAt());
    }

    private static String base(OktaRequest r, String idpId) {
        return r.orgUrl() + "/api/v1/idps/" + idpId;
    }

    private static ObjectNode linked(OktaRequest r, IdpUserLink link) {
        ObjectNode n = Json.object();
        n.put("id", link.userId());
        n.put("externalId", link.externalId());
        n.put("created", OktaDates.format(link.created()));
        n.put("lastUpdated", OktaDates.format(link.lastUpdated()));
        n.putObject("profile");
        ObjectNode links = n.putObject("_links");
        Links.href(links, "self", base(r, link.idpId()) + "/users/" + link.userId());
        Links.href(links, "idp", base(r, link.idpId()));
        Links.href(links, "user", r.orgUrl() + "/api/v1/users/" + link.userId());
        return n;
    }
}

package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.HookKey;
import dev.dtu.twins.okta.model.HookKeys;
import java.util.Map;

/** The Hook Keys API: keys made for hooks, renamed, deleted, and their public parts by key id. */
final class HookKeysApi {
    private HookKeysApi() {
    }

    static void register(Router<OktaRoute> routes) {
        String item = "/api/v1/hook-keys/{id}";
        routes.get("/api/v1/hook-keys", OktaRoute.api("listHookKeys", HookKeysApi::list))
                .post("/api/v1/hook-keys", OktaRoute.api("createHookKey", r -> {
                    String name = Bodies.text(r.body().path("name"));
                    Map<String, Object> jwk = HookKeys.newPublicJwk();
                    return Response.json(200, node(r, r.write(tx -> HookKeys.create(tx, name, jwk, r.now())), true));
                }))
                .get("/api/v1/hook-keys/public/{keyId}", OktaRoute.api("getPublicKey",
                        r -> Response.json(200, Json.tree(HookKeys.publicKey(r.state(), r.param("keyId"))))))
                .get(item, OktaRoute.api("getHookKey", r -> Response.json(200,
                        node(r, HookKeys.require(r.state(), r.param("id")), false))))
                .put(item, OktaRoute.api("replaceHookKey", r -> {
                    String name = Bodies.text(r.body().path("name"));
                    return Response.json(200, node(r, r.write(tx -> HookKeys.rename(tx, r.param("id"), name, r.now())),
                            true));
                }))
                .delete(item, OktaRoute.api("deleteHookKey", r -> {
                    r.write(tx -> {
                        HookKeys.delete(tx, r.param("id"));
                        return null;
                    });
                    return Response.empty(204);
                }));
    }

    private static Response list(OktaRequest r) {
        ArrayNode out = Json.array();
        HookKeys.all(r.state()).forEach(k -> out.add(node(r, k, false)));
        return Response.json(200, out);
    }

    /** A HookKey, or with {@code detailed} a DetailedHookKeyInstance carrying the public key in {@code _embedded}. */
    private static ObjectNode node(OktaRequest r, HookKey k, boolean detailed) {
        ObjectNode n = Json.object().put("id", k.id()).put("keyId", k.keyId()).put("name", k.name())
                .put("isUsed", false).put("created", OktaDates.format(k.created()))
                .put("lastUpdated", OktaDates.format(k.lastUpdated()));
        if (detailed) {
            n.set("_embedded", Json.tree(k.publicJwk()));
        }
        return n;
    }
}

package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Captchas;

/** The CAPTCHA API: CAPTCHA instances ({@code /api/v1/captchas}) and the org's CAPTCHA settings. */
final class CaptchasApi {
    private CaptchasApi() {
    }

    static void register(Router<OktaRoute> routes) {
        String item = "/api/v1/captchas/{captchaId}";
        routes.get("/api/v1/captchas", OktaRoute.api("listCaptchaInstances", CaptchasApi::list))
                .post("/api/v1/captchas", OktaRoute.api("createCaptchaInstance",
                        r -> Response.json(201, node(r, r.write(tx -> Captchas.create(tx, r.body()))))))
                .get(item, OktaRoute.api("getCaptchaInstance",
                        r -> Response.json(200, node(r, Captchas.require(r.state(), r.param("captchaId"))))))
                .post(item, OktaRoute.api("updateCaptchaInstance", r -> Response.json(200,
                        node(r, r.write(tx -> Captchas.change(tx, r.param("captchaId"), r.body(), false))))))
                .put(item, OktaRoute.api("replaceCaptchaInstance", r -> Response.json(200,
                        node(r, r.write(tx -> Captchas.change(tx, r.param("captchaId"), r.body(), true))))))
                .delete(item, OktaRoute.api("deleteCaptchaInstance", r -> {
                    r.write(tx -> {
                        Captchas.delete(tx, r.param("captchaId"));
                        return null;
                    });
                    return Response.empty(204);
                }))
                .get("/api/v1/org/captcha", OktaRoute.api("getOrgCaptchaSettings",
                        r -> Response.json(200, settings(r, Captchas.settings(r.state())))))
                .put("/api/v1/org/captcha", OktaRoute.api("replacesOrgCaptchaSettings", r -> Response.json(200,
                        settings(r, r.write(tx -> Captchas.replaceSettings(tx, r.body(), r.now()))))))
                .delete("/api/v1/org/captcha", OktaRoute.api("deleteOrgCaptchaSettings", r -> {
                    r.write(tx -> {
                        Captchas.deleteSettings(tx, r.now());
                        return null;
                    });
                    return Response.empty(204);
                }));
    }

    private static Response list(OktaRequest r) {
        ArrayNode out = Json.array();
        Captchas.all(r.state()).forEach(c -> out.add(node(r, c)));
        return Response.json(200, out);
    }

    private static ObjectNode node(OktaRequest r, Captchas.Captcha c) {
        ObjectNode n = Json.object().put("id", c.id()).put("name", c.name()).put("siteKey", c.siteKey())
                .put("type", c.type());
        Links.href(n.putObject("_links"), "self", r.orgUrl() + "/api/v1/captchas/" + c.id());
        return n;
    }

    private static ObjectNode settings(OktaRequest r, ObjectNode s) {
        ObjectNode n = s.deepCopy();
        Links.href(n.putObject("_links"), "self", r.orgUrl() + "/api/v1/org/captcha");
        return n;
    }
}

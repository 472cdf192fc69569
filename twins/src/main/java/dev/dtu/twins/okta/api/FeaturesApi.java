package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Features;
import java.util.List;

/** The Features API: the org's self-service features, their dependencies and dependents, enable and disable. */
final class FeaturesApi {
    private FeaturesApi() {
    }

    static void register(Router<OktaRoute> routes) {
        String item = "/api/v1/features/{featureId}";
        routes.get("/api/v1/features", OktaRoute.api("listFeatures", r -> list(r, Features.all())))
                .get(item, OktaRoute.api("getFeature", r -> Response.json(200, node(r, Features.require(r.param("featureId"))))))
                .get(item + "/dependencies", OktaRoute.api("listFeatureDependencies",
                        r -> list(r, Features.dependencies(r.param("featureId")))))
                .get(item + "/dependents", OktaRoute.api("listFeatureDependents",
                        r -> list(r, Features.dependents(r.param("featureId")))))
                .post(item + "/{lifecycle}", OktaRoute.api("updateFeatureLifecycle", r -> {
                    Features.Feature f = r.write(tx -> Features.update(tx, r.param("featureId"), r.param("lifecycle"),
                            "force".equals(r.query("mode").orElse(null))));
                    return Response.json(200, node(r, f));
                }));
    }

    private static Response list(OktaRequest r, List<Features.Feature> features) {
        ArrayNode out = Json.array();
        features.forEach(f -> out.add(node(r, f)));
        return Response.json(200, out);
    }

    /** Stage EA: "If a feature's stage value is EA, the state is null and not returned." */
    private static ObjectNode node(OktaRequest r, Features.Feature f) {
        ObjectNode n = Json.object().put("id", f.id()).put("name", f.name()).put("description", f.description())
                .put("status", Features.status(r.state(), f.id())).put("type", "self-service");
        n.putObject("stage").put("value", "EA");
        String self = r.orgUrl() + "/api/v1/features/" + f.id();
        ObjectNode links = n.putObject("_links");
        Links.href(links, "self", self);
        Links.href(links, "dependencies", self + "/dependencies");
        Links.href(links, "dependents", self + "/dependents");
        return n;
    }
}

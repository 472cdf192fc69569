package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.resource.Resource;
import dev.dtu.twins.okta.model.AuthorizationServers;
import dev.dtu.twins.okta.model.OktaErrors;
import dev.dtu.twins.okta.model.OktaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A server's associated servers (tag AuthorizationServerAssoc): the servers it trusts, added by
 * {@code {"trusted": [ids]}} (the answer lists them) and removed one by one; {@code ?trusted=false} lists the
 * org's other servers it does not trust.
 */
final class AssociatedServersApi {
    private static final String BASE = "/api/v1/authorizationServers/{authServerId}/associatedServers";

    private AssociatedServersApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(BASE, OktaRoute.api("listAssociatedServersByTrustedType", AssociatedServersApi::list))
                .post(BASE, OktaRoute.api("createAssociatedServers", AssociatedServersApi::create))
                .delete(BASE + "/{associatedServerId}", OktaRoute.api("deleteAssociatedServer", AssociatedServersApi::delete));
    }

    private static Response list(OktaRequest r) {
        Resource server = server(r, r.param("authServerId"));
        Set<String> trusted = trusted(r, server.id());
        boolean wantTrusted = !r.query("trusted").map("false"::equalsIgnoreCase).orElse(false);
        List<Resource> out = r.state().all(AuthorizationServers.SERVERS).values().stream()
                .filter(s -> !s.id().equals(server.id()) && trusted.contains(s.id()) == wantTrusted).toList();
        return Response.json(200, rendered(r, out));
    }

    private static Response create(OktaRequest r) {
        Resource server = server(r, r.param("authServerId"));
        JsonNode ids = r.body().path("trusted");
        if (!ids.isArray()) {
            throw OktaErrors.apiValidationFailed("trusted", List.of("trusted: The field cannot be left blank"));
        }
        List<Resource> added = new ArrayList<>();
        for (JsonNode id : ids) {
            Resource other = server(r, id.asText());
            if (other.id().equals(server.id())) {
                throw OktaErrors.apiValidationFailed("trusted",
                        List.of("trusted: An authorization server cannot trust itself."));
            }
            added.add(other);
        }
        r.write(tx -> {
            added.forEach(o -> tx.put(AuthorizationServers.TRUSTED, server.id() + "/" + o.id(),
                    new AuthorizationServers.Trust(server.id(), o.id())));
            return null;
        });
        return Response.json(200, rendered(r, added));
    }

    private static Response delete(OktaRequest r) {
        Resource server = server(r, r.param("authServerId"));
        String key = server.id() + "/" + r.param("associatedServerId");
        r.write(tx -> {
            tx.remove(AuthorizationServers.TRUSTED, key);
            return null;
        });
        return Response.empty(204);
    }

    private static Set<String> trusted(OktaRequest r, String serverId) {
        return r.state().all(AuthorizationServers.TRUSTED).values().stream().filter(t -> t.serverId().equals(serverId))
                .map(AuthorizationServers.Trust::trustedId).collect(Collectors.toSet());
    }

    private static Resource server(OktaRequest r, String id) {
        return r.state().get(AuthorizationServers.SERVERS, id).orElseThrow(() -> new OktaException(404, "E0000007",
                "Not found: Resource not found: " + id + " (AuthorizationServer)", List.of()));
    }

    private static ArrayNode rendered(OktaRequest r, List<Resource> servers) {
        ArrayNode out = Json.array();
        for (Resource s : servers) {
            ObjectNode body = s.body().deepCopy();
            body.put("issuer", r.orgUrl() + "/oauth2/" + s.id());
            body.putObject("_links").putObject("self").put("href", r.orgUrl() + "/api/v1/authorizationServers/" + s.id())
                    .putObject("hints").putArray("allow").add("GET").add("PUT").add("DELETE");
            out.add(body);
        }
        return out;
    }
}

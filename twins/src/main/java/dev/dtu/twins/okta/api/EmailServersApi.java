package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.EmailServers;

/** Custom SMTP servers: Okta wraps the list ({@code {"email-servers": [...]}}) and answers a create with 201. */
final class EmailServersApi {
    private static final String SERVERS = "/api/v1/email-servers";
    private static final String SERVER = SERVERS + "/{emailServerId}";

    private EmailServersApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(SERVERS, OktaRoute.api("listEmailServers", r -> {
            ObjectNode out = Json.object();
            var items = out.putArray("email-servers");
            EmailServers.all(r.state()).forEach(s -> items.add(EmailServers.shown(s)));
            return Response.json(200, out);
        }))
                .post(SERVERS, OktaRoute.api("createEmailServer", r -> Response.json(201,
                        EmailServers.shown(r.write(tx -> new EmailServers(tx).create(r.body()))))))
                .get(SERVER, OktaRoute.api("getEmailServer", r -> Response.json(200,
                        EmailServers.shown(EmailServers.require(r.state(), r.param("emailServerId"))))))
                .patch(SERVER, OktaRoute.api("updateEmailServer", r -> Response.json(200, EmailServers.shown(
                        r.write(tx -> new EmailServers(tx).update(r.param("emailServerId"), r.body()))))))
                .delete(SERVER, OktaRoute.api("deleteEmailServer", r -> {
                    r.write(tx -> {
                        new EmailServers(tx).delete(r.param("emailServerId"));
                        return null;
                    });
                    return Response.empty(204);
                }))
                .post(SERVER + "/test", OktaRoute.api("testEmailServer", r -> {
                    EmailServers.require(r.state(), r.param("emailServerId"));
                    EmailServers.checkTest(r.body());
                    return Response.empty(204);
                }));
    }
}

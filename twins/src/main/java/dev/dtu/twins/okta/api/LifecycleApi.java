package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Authn;
import dev.dtu.twins.okta.model.LifecycleOperation;
import dev.dtu.twins.okta.model.LifecycleResponse;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.Users;

/** {@code POST /api/v1/users/{id}/lifecycle/{operation}}: one route per operation, named as Okta names it. */
final class LifecycleApi {
    private LifecycleApi() {
    }

    static void register(Router<OktaRoute> routes) {
        for (LifecycleOperation op : LifecycleOperation.values()) {
            routes.post("/api/v1/users/{id}/lifecycle/" + op.pathSegment(),
                    OktaRoute.api(op.operationId(), r -> apply(r, op)));
        }
    }

    private static Response apply(OktaRequest r, LifecycleOperation op) {
        String id = UsersApi.user(r, r.state()).id();
        boolean sendEmail = r.flag("sendEmail", op.sendEmailParameter() == LifecycleOperation.SendEmailParameter.DEFAULT_TRUE);
        String tempPassword = op == LifecycleOperation.EXPIRE_PASSWORD_WITH_TEMP_PASSWORD ? TempPasswords.next() : null;
        User user = r.write(tx -> {
            Users users = new Users(tx, r.audit());
            users.lifecycle(id, op);
            return tempPassword == null ? Users.require(tx.state(), id) : users.setTemporaryPassword(id, tempPassword);
        });
        r.secret(tempPassword, "temppassword");
        LifecycleResponse response = op.response(sendEmail);
        String token = OktaTokens.next();
        if (response == LifecycleResponse.RESET_PASSWORD_TOKEN) {
            r.write(tx -> new Authn(tx, r.audit()).issueRecoveryToken(user, token));
        }
        if (response == LifecycleResponse.ACTIVATION_TOKEN || response == LifecycleResponse.RESET_PASSWORD_TOKEN) {
            r.secret(token, response == LifecycleResponse.ACTIVATION_TOKEN ? "activationtoken" : "resetpassword_token");
        }
        ObjectNode body = Json.object();
        return switch (response) {
            case EMPTY -> Response.json(200, body);
            case ACTIVATION_TOKEN -> Response.json(200, body.put("activationUrl", r.orgUrl() + "/welcome/" + token)
                    .put("activationToken", token));
            case RESET_PASSWORD_TOKEN -> Response.json(200,
                    body.put("resetPasswordUrl", r.orgUrl() + "/signin/reset-password/" + token));
            case USER -> Response.json(200, UserJson.of(user, r.orgUrl()));
            case TEMP_PASSWORD -> Response.json(200, body.put("tempPassword", tempPassword));
        };
    }
}

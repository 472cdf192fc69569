package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Authn;
import dev.dtu.twins.okta.model.AuthnAnswer;
import java.util.function.BiFunction;

/**
 * The Classic Authentication API under {@code /api/v1/authn}. Open routes (a public application calls them
 * without an API token); the state machine is {@link Authn}.
 */
final class AuthnApi {
    private AuthnApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.post("/api/v1/authn", OktaRoute.open("authn", r -> run(r, (a, b) -> b.has("stateToken")
                        && !b.has("password") ? a.current(text(b, "stateToken"))
                        : a.primary(text(b, "username"), text(b, "password"), text(b, "relayState")))))
                .post("/api/v1/authn/credentials/change_password", OktaRoute.open("authnChangePassword",
                        r -> run(r, (a, b) -> a.changePassword(text(b, "stateToken"), text(b, "oldPassword"),
                                text(b, "newPassword")))))
                .post("/api/v1/authn/factors", OktaRoute.open("authnEnrollFactor",
                        r -> run(r, (a, b) -> a.enroll(text(b, "stateToken"), FactorsApi.enrollment(b)))))
                .post("/api/v1/authn/factors/{factorId}/lifecycle/activate", OktaRoute.open("authnActivateFactor",
                        r -> run(r, (a, b) -> a.activate(text(b, "stateToken"), r.param("factorId"),
                                text(b, "passCode")))))
                .post("/api/v1/authn/factors/{factorId}/verify", OktaRoute.open("authnVerifyFactor",
                        r -> run(r, (a, b) -> a.verify(text(b, "stateToken"), r.param("factorId"),
                                text(b, "passCode"), text(b, "answer")))))
                .post("/api/v1/authn/cancel", OktaRoute.open("authnCancel",
                        r -> run(r, (a, b) -> a.cancel(text(b, "stateToken")))))
                .post("/api/v1/authn/recovery/password", OktaRoute.open("authnRecoverPassword",
                        r -> run(r, (a, b) -> a.recoverPassword(text(b, "username"), text(b, "factorType"),
                                text(b, "relayState")))))
                .post("/api/v1/authn/recovery/factors/sms/verify", OktaRoute.open("authnVerifySmsRecovery",
                        r -> run(r, (a, b) -> a.verifyRecoveryCode(text(b, "stateToken"), text(b, "passCode")))))
                .post("/api/v1/authn/recovery/factors/call/verify", OktaRoute.open("authnVerifyCallRecovery",
                        r -> run(r, (a, b) -> a.verifyRecoveryCode(text(b, "stateToken"), text(b, "passCode")))))
                .post("/api/v1/authn/recovery/token", OktaRoute.open("authnVerifyRecoveryToken",
                        r -> run(r, (a, b) -> a.recoveryToken(text(b, "recoveryToken")))))
                .post("/api/v1/authn/recovery/answer", OktaRoute.open("authnAnswerRecoveryQuestion",
                        r -> run(r, (a, b) -> a.answer(text(b, "stateToken"), text(b, "answer")))))
                .post("/api/v1/authn/credentials/reset_password", OktaRoute.open("authnResetPassword",
                        r -> run(r, (a, b) -> a.resetPassword(text(b, "stateToken"), text(b, "newPassword")))));
    }

    private static Response run(OktaRequest r, BiFunction<Authn, JsonNode, AuthnAnswer> step) {
        JsonNode body = r.body();
        AuthnAnswer answer = r.write(tx -> step.apply(new Authn(tx, r.audit()), body));
        r.secret(answer.stateToken(), "stateToken");
        r.secret(answer.sessionToken(), "sessionToken");
        return Response.json(200, AuthnJson.of(answer, r.state(), r.orgUrl()));
    }

    private static String text(JsonNode body, String field) {
        return Bodies.text(body.path(field));
    }
}

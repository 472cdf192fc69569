package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Factor;
import dev.dtu.twins.okta.model.FactorResult;
import dev.dtu.twins.okta.model.FactorTransaction;
import dev.dtu.twins.okta.model.FactorType;
import dev.dtu.twins.okta.model.Factors;
import dev.dtu.twins.okta.model.User;
import java.util.List;

/** The Factors API under {@code /api/v1/users/{id}/factors}. */
final class FactorsApi {
    private FactorsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        String base = "/api/v1/users/{id}/factors";
        routes.get(base, OktaRoute.api("listFactors", FactorsApi::list))
                .post(base, OktaRoute.api("enrollFactor", FactorsApi::enroll))
                .get(base + "/catalog", OktaRoute.api("listSupportedFactors", FactorsApi::catalog))
                .get(base + "/questions", OktaRoute.api("listSupportedSecurityQuestions", FactorsApi::questions))
                .get(base + "/{factorId}", OktaRoute.api("getFactor", FactorsApi::get))
                .delete(base + "/{factorId}", OktaRoute.api("unenrollFactor", FactorsApi::reset))
                .post(base + "/{factorId}/lifecycle/activate", OktaRoute.api("activateFactor", FactorsApi::activate))
                .post(base + "/{factorId}/verify", OktaRoute.api("verifyFactor", FactorsApi::verify))
                .post(base + "/{factorId}/resend", OktaRoute.api("resendEnrollFactor", FactorsApi::resend))
                .get(base + "/{factorId}/transactions/{transactionId}",
                        OktaRoute.api("getFactorTransactionStatus", FactorsApi::transaction))
                .post("/api/v1/users/{id}/lifecycle/reset_factors", OktaRoute.api("resetFactors", FactorsApi::resetAll));
    }

    private static Response list(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        return Response.json(200, array(Factors.of(r.state(), user.id()), r));
    }

    private static Response catalog(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        List<Factor> enrolled = Factors.active(r.state(), user.id());
        ArrayNode out = Json.array();
        for (FactorType type : FactorType.values()) {
            for (String provider : type.providers()) {
                boolean on = enrolled.stream().anyMatch(f -> f.type() == type && f.provider().equals(provider));
                out.add(FactorJson.catalogEntry(type, provider, on, r.orgUrl() + "/api/v1/users/" + user.id()));
            }
        }
        return Response.json(200, out);
    }

    private static Response questions(OktaRequest r) {
        UsersApi.user(r, r.state());
        ArrayNode out = Json.array();
        Factors.QUESTIONS.forEach((key, text) -> out.addObject().put("question", key).put("questionText", text));
        return Response.json(200, out);
    }

    private static Response get(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        return Response.json(200, FactorJson.of(Factors.require(r.state(), user.id(), r.param("factorId")), r.orgUrl()));
    }

    private static Response enroll(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        Factors.Enrollment request = enrollment(r.body());
        boolean activate = r.flag("activate", false);
        Factor factor = r.write(tx -> new Factors(tx, r.audit()).enroll(user, request, activate));
        r.secret(factor.secret(), "factorSecret");
        return Response.json(200, FactorJson.of(factor, r.orgUrl()));
    }

    static Factors.Enrollment enrollment(JsonNode body) {
        return new Factors.Enrollment(Bodies.text(body.path("factorType")), Bodies.text(body.path("provider")),
                Bodies.object(body, "profile"));
    }

    private static Response activate(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        String passCode = Bodies.text(r.body().path("passCode"));
        Factor factor = r.write(tx -> new Factors(tx, r.audit()).activate(user, r.param("factorId"), passCode));
        return Response.json(200, FactorJson.of(factor, r.orgUrl()));
    }

    private static Response verify(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        JsonNode body = r.body();
        String passCode = Bodies.text(body.path("passCode"));
        String answer = Bodies.text(body.path("answer"));
        Factors.Verification v = r.write(tx -> new Factors(tx, r.audit()).verify(user, r.param("factorId"), passCode,
                answer));
        if (v.result() == FactorResult.WAITING) {
            return Response.json(201, FactorJson.transaction(v.transaction(), "WAITING", r.orgUrl()));
        }
        var out = Json.object().put("factorResult", v.result().name());
        if (v.result() == FactorResult.CHALLENGE) {
            FactorJson.hinted(out.putObject("_links"), "verify", FactorJson.self(v.factor(), r.orgUrl()) + "/verify",
                    "POST");
        }
        return Response.json(200, out);
    }

    private static Response resend(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        Factor factor = r.write(tx -> new Factors(tx, r.audit()).resend(user, r.param("factorId")));
        return Response.json(200, Json.object().put("factorType", factor.type().value()));
    }

    private static Response transaction(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        FactorTransaction t = r.write(tx -> new Factors(tx, r.audit()).transaction(user.id(), r.param("factorId"),
                r.param("transactionId")));
        return Response.json(200, FactorJson.transaction(t, t.resultAt(r.now()).name(), r.orgUrl()));
    }

    private static Response reset(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        r.write(tx -> {
            new Factors(tx, r.audit()).reset(user, r.param("factorId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response resetAll(OktaRequest r) {
        User user = UsersApi.user(r, r.state());
        r.write(tx -> {
            new Factors(tx, r.audit()).resetAll(user);
            return null;
        });
        return Response.json(200, Json.object());
    }

    private static ArrayNode array(List<Factor> factors, OktaRequest r) {
        ArrayNode out = Json.array();
        factors.forEach(f -> out.add(FactorJson.of(f, r.orgUrl())));
        return out;
    }
}

package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.AuthnAnswer;
import dev.dtu.twins.okta.model.AuthnStatus;
import dev.dtu.twins.okta.model.Factor;
import dev.dtu.twins.okta.model.FactorType;
import dev.dtu.twins.okta.model.Factors;
import dev.dtu.twins.okta.model.User;

/**
 * The Authentication API's transaction object: {@code stateToken}, {@code expiresAt}, {@code status},
 * {@code relayState}, {@code sessionToken}, {@code factorResult}, {@code _embedded} (user, factors, factor,
 * policy) and {@code _links} (next, cancel, prev), as the Authentication API reference's examples show them.
 */
final class AuthnJson {
    private AuthnJson() {
    }

    static ObjectNode of(AuthnAnswer a, State state, String orgUrl) {
        ObjectNode n = Json.object();
        if (a.stateToken() != null) {
            n.put("stateToken", a.stateToken());
        }
        if (a.expiresAt() != null) {
            n.put("expiresAt", OktaDates.format(a.expiresAt()));
        }
        n.put("status", a.status().name());
        if (a.relayState() != null) {
            n.put("relayState", a.relayState());
        }
        if (a.sessionToken() != null) {
            n.put("sessionToken", a.sessionToken());
        }
        if (a.factorResult() != null) {
            n.put("factorResult", a.factorResult().name());
        }
        if (a.recoveryType() != null) {
            n.put("recoveryType", a.recoveryType());
        }
        if (a.factorType() != null) {
            n.put("factorType", a.factorType());
        }
        ObjectNode embedded = embedded(a, state, orgUrl);
        if (!embedded.isEmpty()) {
            n.set("_embedded", embedded);
        }
        n.set("_links", links(a, orgUrl));
        return n;
    }

    private static ObjectNode embedded(AuthnAnswer a, State state, String orgUrl) {
        ObjectNode e = Json.object();
        if (a.user() != null && a.status() != AuthnStatus.UNAUTHENTICATED) {
            e.set("user", user(a.user()));
        }
        switch (a.status()) {
            case MFA_REQUIRED -> {
                ArrayNode factors = e.putArray("factors");
                Factors.active(state, a.user().id()).forEach(f -> factors.add(factor(f, orgUrl, "verify")));
            }
            case MFA_ENROLL -> {
                ArrayNode factors = e.putArray("factors");
                for (FactorType type : FactorType.values()) {
                    ObjectNode f = factors.addObject().put("factorType", type.value()).put("provider", "OKTA")
                            .put("vendorName", "OKTA").put("status", "NOT_SETUP").put("enrollment", "OPTIONAL");
                    FactorJson.hinted(f.putObject("_links"), "enroll", orgUrl + "/api/v1/authn/factors", "POST");
                }
            }
            case MFA_CHALLENGE, MFA_ENROLL_ACTIVATE -> {
                if (a.factor() != null) {
                    ObjectNode f = factor(a.factor(), orgUrl, null);
                    if (a.status() == AuthnStatus.MFA_ENROLL_ACTIVATE) {
                        FactorJson.of(a.factor(), orgUrl).path("_embedded").fields()
                                .forEachRemaining(x -> f.putObject("_embedded").set(x.getKey(), x.getValue()));
                    }
                    e.set("factor", f);
                }
            }
            case RECOVERY -> {
                ObjectNode recovery = ((ObjectNode) e.path("user")).putObject("recovery_question");
                recovery.put("question", a.user().recoveryQuestion());
            }
            case PASSWORD_EXPIRED, PASSWORD_RESET -> e.putObject("policy").set("complexity", Json.object()
                    .put("minLength", 8).put("minLowerCase", 1).put("minUpperCase", 1).put("minNumber", 1)
                    .put("minSymbol", 0).put("excludeUsername", true));
            default -> {
            }
        }
        return e;
    }

    private static ObjectNode user(User u) {
        ObjectNode user = Json.object().put("id", u.id());
        if (u.passwordChanged() != null) {
            user.put("passwordChanged", OktaDates.format(u.passwordChanged()));
        }
        ObjectNode profile = user.putObject("profile");
        profile.put("login", u.login());
        profile.put("firstName", u.text("firstName"));
        profile.put("lastName", u.text("lastName"));
        profile.put("locale", u.profile().containsKey("locale") ? u.text("locale") : "en");
        profile.put("timeZone", u.profile().containsKey("timeZone") ? u.text("timeZone") : "America/Los_Angeles");
        return user;
    }

    private static ObjectNode factor(Factor f, String orgUrl, String linkRel) {
        ObjectNode n = Json.object();
        n.put("id", f.id());
        n.put("factorType", f.type().value());
        n.put("provider", f.provider());
        n.put("vendorName", f.provider());
        n.set("profile", Json.tree(f.profile()));
        if (linkRel != null) {
            FactorJson.hinted(n.putObject("_links"), linkRel, orgUrl + "/api/v1/authn/factors/" + f.id() + "/verify",
                    "POST");
        }
        return n;
    }

    private static ObjectNode links(AuthnAnswer a, String orgUrl) {
        ObjectNode links = Json.object();
        String authn = orgUrl + "/api/v1/authn";
        switch (a.status()) {
            case PASSWORD_EXPIRED -> next(links, "changePassword", authn + "/credentials/change_password");
            case PASSWORD_RESET -> next(links, "resetPassword", authn + "/credentials/reset_password");
            case RECOVERY -> next(links, "answer", authn + "/recovery/answer");
            case MFA_ENROLL_ACTIVATE -> {
                if (a.factor() != null) {
                    next(links, "activate", authn + "/factors/" + a.factor().id() + "/lifecycle/activate");
                }
            }
            case MFA_CHALLENGE -> {
                if (a.factor() != null) {
                    next(links, a.factor().type() == FactorType.PUSH ? "poll" : "verify",
                            authn + "/factors/" + a.factor().id() + "/verify");
                }
            }
            case RECOVERY_CHALLENGE -> {
                if (a.stateToken() != null && a.factorType() != null) {
                    next(links, "verify", authn + "/recovery/factors/" + a.factorType().toLowerCase() + "/verify");
                }
            }
            default -> {
            }
        }
        if (a.stateToken() != null) {
            FactorJson.hinted(links, "cancel", authn + "/cancel", "POST");
        }
        return links;
    }

    private static void next(ObjectNode links, String name, String href) {
        ObjectNode next = links.putObject("next").put("name", name).put("href", href);
        next.putObject("hints").putArray("allow").add("POST");
    }
}

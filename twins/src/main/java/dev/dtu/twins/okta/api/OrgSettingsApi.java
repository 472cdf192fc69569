package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.OrgSettings;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * The org's settings ({@code /api/v1/org}), contacts, preferences, Okta communication opt-out, and its rate-limit
 * settings ({@code /api/v1/rate-limit-settings/*}): one-of-a-kind objects, read and written whole.
 */
final class OrgSettingsApi {
    private static final String ORG = "/api/v1/org";
    private static final String LIMITS = "/api/v1/rate-limit-settings";

    private OrgSettingsApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(ORG, OktaRoute.api("getOrgSettings", OrgSettingsApi::settings))
                .post(ORG, OktaRoute.api("updateOrgSettings", r -> updateSettings(r, false)))
                .put(ORG, OktaRoute.api("replaceOrgSettings", r -> updateSettings(r, true)))
                .get("/api/v1/threats/configuration", OktaRoute.api("getCurrentConfiguration",
                        r -> threatInsight(r, OrgSettings.section(r.state(), "threatInsight"))))
                .post("/api/v1/threats/configuration", OktaRoute.api("updateConfiguration", r -> {
                    var body = r.body();
                    return threatInsight(r, r.write(tx -> new OrgSettings(tx, r.now()).threatInsight(body)));
                }))
                .get(ORG + "/contacts", OktaRoute.api("listOrgContactTypes", OrgSettingsApi::contactTypes))
                .get(ORG + "/contacts/{contactType}", OktaRoute.api("getOrgContactUser", OrgSettingsApi::contact))
                .put(ORG + "/contacts/{contactType}", OktaRoute.api("replaceOrgContactUser", OrgSettingsApi::replaceContact))
                .get(ORG + "/preferences", OktaRoute.api("getOrgPreferences", r -> preferences(r, null)))
                .post(ORG + "/preferences/hideEndUserFooter", OktaRoute.api("setOrgHideOktaUIFooter", r -> preferences(r, false)))
                .post(ORG + "/preferences/showEndUserFooter", OktaRoute.api("setOrgShowOktaUIFooter", r -> preferences(r, true)))
                .get(ORG + "/privacy/oktaCommunication",
                        OktaRoute.api("getOktaCommunicationSettings", r -> communication(r, null)))
                .post(ORG + "/privacy/oktaCommunication/optIn",
                        OktaRoute.api("optInUsersToOktaCommunicationEmails", r -> communication(r, false)))
                .post(ORG + "/privacy/oktaCommunication/optOut",
                        OktaRoute.api("optOutUsersFromOktaCommunicationEmails", r -> communication(r, true)))
                .get(LIMITS + "/per-client", OktaRoute.api("getRateLimitSettingsPerClient", r -> limit(r, "rateLimitPerClient")))
                .put(LIMITS + "/per-client", OktaRoute.api("replaceRateLimitSettingsPerClient",
                        r -> writeLimit(r, (s, body) -> s.perClient(body))))
                .get(LIMITS + "/admin-notifications",
                        OktaRoute.api("getRateLimitSettingsAdminNotifications", r -> limit(r, "rateLimitNotifications")))
                .put(LIMITS + "/admin-notifications", OktaRoute.api("replaceRateLimitSettingsAdminNotifications",
                        r -> writeLimit(r, (s, body) -> s.notifications(body))))
                .get(LIMITS + "/warning-threshold",
                        OktaRoute.api("getRateLimitSettingsWarningThreshold", r -> limit(r, "rateLimitWarning")))
                .put(LIMITS + "/warning-threshold", OktaRoute.api("replaceRateLimitSettingsWarningThreshold",
                        r -> writeLimit(r, (s, body) -> s.warningThreshold(body))));
    }

    private static Response settings(OktaRequest r) {
        return Response.json(200, shownSettings(r, OrgSettings.section(r.state(), OrgSettings.SETTINGS)));
    }

    private static Response updateSettings(OktaRequest r, boolean replace) {
        ObjectNode settings = r.write(tx -> new OrgSettings(tx, r.now()).updateSettings(r.body(), replace));
        return Response.json(200, shownSettings(r, settings));
    }

    private static ObjectNode shownSettings(OktaRequest r, ObjectNode settings) {
        for (String stamp : new String[] {"created", "lastUpdated"}) {
            if (settings.hasNonNull(stamp)) {
                settings.put(stamp, OktaDates.format(Instant.parse(settings.get(stamp).asText())));
            }
        }
        ObjectNode links = settings.putObject("_links");
        Links.href(links, "contacts", r.orgUrl() + ORG + "/contacts");
        Links.href(links, "preferences", r.orgUrl() + ORG + "/preferences");
        Links.href(links, "oktaCommunication", r.orgUrl() + ORG + "/privacy/oktaCommunication");
        Links.href(links, "logo", r.orgUrl() + ORG + "/logo");
        Links.href(links, "oktaSupport", r.orgUrl() + ORG + "/privacy/oktaSupport");
        return settings;
    }

    private static Response contactTypes(OktaRequest r) {
        ArrayNode types = Json.array();
        for (String type : OrgSettings.CONTACT_TYPES) {
            ObjectNode t = types.addObject().put("contactType", type);
            Links.href(t.putObject("_links"), type.toLowerCase(java.util.Locale.ROOT), r.orgUrl() + ORG + "/contacts/" + type);
        }
        return Response.json(200, types);
    }

    /** A contact type nobody was named for is the org's admin (the seed's admin person). */
    private static Response contact(OktaRequest r) {
        String type = OrgSettings.requireContactType(r.param("contactType"));
        ObjectNode contact = OrgSettings.section(r.state(), "contact." + type);
        if (!contact.has("userId")) {
            contact.put("userId", Org.of(r.state()).adminUserId());
        }
        return Response.json(200, shownContact(r, contact));
    }

    private static Response replaceContact(OktaRequest r) {
        ObjectNode contact = r.write(tx -> new OrgSettings(tx, r.now()).contact(r.param("contactType"), r.body()));
        return Response.json(200, shownContact(r, contact));
    }

    private static Response threatInsight(OktaRequest r, ObjectNode config) {
        for (String stamp : new String[] {"created", "lastUpdated"}) {
            if (config.hasNonNull(stamp)) {
                config.put(stamp, OktaDates.format(Instant.parse(config.get(stamp).asText())));
            }
        }
        Links.href(config.putObject("_links"), "self", r.orgUrl() + "/api/v1/threats/configuration");
        return Response.json(200, config);
    }

    private static ObjectNode shownContact(OktaRequest r, ObjectNode contact) {
        Links.href(contact.putObject("_links"), "user", r.orgUrl() + "/api/v1/users/" + contact.path("userId").asText());
        return contact;
    }

    private static Response preferences(OktaRequest r, Boolean show) {
        r.body(); // no body is taken, but a malformed one is E0000003 as on every other route
        ObjectNode prefs = show == null ? OrgSettings.section(r.state(), "preferences") : r.write(tx ->
                new OrgSettings(tx, r.now()).put("preferences", Json.object().put("showEndUserFooter", show)));
        boolean shown = prefs.path("showEndUserFooter").asBoolean();
        String next = shown ? "hideEndUserFooter" : "showEndUserFooter";
        Links.action(prefs.putObject("_links"), next, r.orgUrl() + ORG + "/preferences/" + next);
        return Response.json(200, prefs);
    }

    private static Response communication(OktaRequest r, Boolean optOut) {
        r.body();
        ObjectNode setting = optOut == null ? OrgSettings.section(r.state(), "communication") : r.write(tx ->
                new OrgSettings(tx, r.now()).put("communication", Json.object().put("optOutEmailUsers", optOut)));
        String next = setting.path("optOutEmailUsers").asBoolean() ? "optIn" : "optOut";
        Links.action(setting.putObject("_links"), next, r.orgUrl() + ORG + "/privacy/oktaCommunication/" + next);
        return Response.json(200, setting);
    }

    private static Response limit(OktaRequest r, String section) {
        return Response.json(200, OrgSettings.section(r.state(), section));
    }

    private static Response writeLimit(OktaRequest r, BiFunction<OrgSettings, com.fasterxml.jackson.databind.JsonNode,
            ObjectNode> change) {
        return Response.json(200, r.write(tx -> change.apply(new OrgSettings(tx, r.now()), r.body())));
    }
}

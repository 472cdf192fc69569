package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The org's one-of-a-kind settings, each kept as a section: its settings ({@code /api/v1/org}), contacts,
 * preferences, Okta communication opt-out and rate-limit settings. A section never written holds Okta's default.
 */
public final class OrgSettings {
    public static final Kind<Resource> SECTIONS = Kind.of("okta", "orgSettings", Resource.class);
    public static final String SETTINGS = "settings";
    /** OrgSetting's fields an admin may write (okta-management spec: the rest are readOnly). */
    private static final List<String> WRITABLE = List.of("companyName", "website", "phoneNumber",
            "endUserSupportHelpURL", "supportPhoneNumber", "address1", "address2", "city", "state", "country",
            "postalCode");
    /** OrgContactType: "BILLING", "TECHNICAL". */
    public static final List<String> CONTACT_TYPES = List.of("BILLING", "TECHNICAL");
    /** PerClientRateLimitSettings' use cases and modes. */
    private static final List<String> USE_CASES = List.of("LOGIN_PAGE", "OAUTH2_AUTHORIZE", "OIE_APP_INTENT");
    private static final List<String> THREAT_ACTIONS = List.of("none", "audit", "block");
    private static final List<String> MODES = List.of("DISABLE", "ENFORCE", "PREVIEW");

    private final Tx tx;
    private final Instant now;

    public OrgSettings(Tx tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    /** The org's settings as the seed makes them: the company's name, the domain's first label as subdomain. */
    public static void seed(Tx tx, String companyName, String domain, Instant at) {
        ObjectNode settings = Json.object().put("id", "00odtu00000000000000");
        settings.put("companyName", companyName);
        settings.put("subdomain", domain == null ? "dtu" : domain.split("\\.")[0].toLowerCase(Locale.ROOT));
        settings.put("status", "ACTIVE");
        settings.put("created", at.toString());
        settings.put("lastUpdated", at.toString());
        tx.put(SECTIONS, SETTINGS, new Resource(SETTINGS, null, settings));
    }

    /** A section as stored, or its default. */
    public static ObjectNode section(State state, String name) {
        return state.get(SECTIONS, name).map(r -> r.body().deepCopy()).orElseGet(() -> defaults(name));
    }

    /**
     * Okta's defaults: the footer shows, users get Okta's emails, rate limits are enforced per client, admins are
     * notified, and the warning threshold is 90 ("90 for Workforce orgs", RateLimitWarningThresholdRequest).
     */
    private static ObjectNode defaults(String name) {
        return switch (name) {
            case "preferences" -> Json.object().put("showEndUserFooter", true);
            case "communication" -> Json.object().put("optOutEmailUsers", false);
            case "rateLimitPerClient" -> Json.object().put("defaultMode", "ENFORCE");
            case "rateLimitNotifications" -> Json.object().put("notificationsEnabled", true);
            case "rateLimitWarning" -> Json.object().put("warningThreshold", 90);
            case "threatInsight" -> threatInsightDefault();
            default -> Json.object();
        };
    }

    /** ThreatInsight is off ("none") in a new org, excluding no zone; dated as the org's settings are. */
    private static ObjectNode threatInsightDefault() {
        ObjectNode n = Json.object().put("action", "none");
        n.putArray("excludeZones");
        return n;
    }

    public ObjectNode put(String name, ObjectNode body) {
        tx.put(SECTIONS, name, new Resource(name, null, body));
        return body.deepCopy();
    }

    /** updateOrgSettings (partial, {@code replace} false) or replaceOrgSettings: only the writable fields change. */
    public ObjectNode updateSettings(JsonNode input, boolean replace) {
        List<String> causes = new ArrayList<>();
        for (String field : WRITABLE) {
            JsonNode v = input.path(field);
            if (!v.isMissingNode() && !v.isNull() && !v.isTextual()) {
                causes.add(field + ": The field must be a string");
            }
        }
        fail(causes);
        ObjectNode settings = section(tx.state(), SETTINGS);
        for (String field : WRITABLE) {
            JsonNode v = input.path(field);
            if (!v.isMissingNode()) {
                settings.set(field, v);
            } else if (replace) {
                settings.remove(field);
            }
        }
        settings.put("lastUpdated", now.toString());
        return put(SETTINGS, settings);
    }

    public ObjectNode contact(String contactType, JsonNode input) {
        String type = requireContactType(contactType);
        JsonNode userId = input.path("userId");
        if (!userId.isTextual() || userId.asText().isBlank()) {
            fail(List.of("userId: The field cannot be left blank"));
        }
        User user = Users.require(tx.state(), userId.asText());
        return put("contact." + type, Json.object().put("userId", user.id()));
    }

    public static String requireContactType(String contactType) {
        if (!CONTACT_TYPES.contains(contactType)) {
            throw OktaErrors.notFound(contactType, "OrgContactType");
        }
        return contactType;
    }

    /** replaceRateLimitSettingsPerClient: {@code defaultMode} required, overrides per known use case. */
    public ObjectNode perClient(JsonNode input) {
        List<String> causes = new ArrayList<>();
        JsonNode mode = input.path("defaultMode");
        if (!mode.isTextual() || !MODES.contains(mode.asText())) {
            causes.add("defaultMode: '" + mode.asText("") + "' is not a valid value; it must be one of: "
                    + String.join(", ", MODES));
        }
        ObjectNode out = Json.object().put("defaultMode", mode.asText());
        JsonNode overrides = input.path("useCaseModeOverrides");
        if (overrides.isObject() && !overrides.isEmpty()) {
            ObjectNode kept = out.putObject("useCaseModeOverrides");
            overrides.properties().forEach(e -> {
                if (!USE_CASES.contains(e.getKey())) {
                    causes.add("useCaseModeOverrides: '" + e.getKey() + "' is not a valid use case; it must be one of: "
                            + String.join(", ", USE_CASES));
                } else if (!e.getValue().isTextual() || !MODES.contains(e.getValue().asText())) {
                    causes.add("useCaseModeOverrides." + e.getKey() + ": it must be one of: " + String.join(", ", MODES));
                } else {
                    kept.set(e.getKey(), e.getValue());
                }
            });
        }
        fail(causes);
        return put("rateLimitPerClient", out);
    }

    public ObjectNode notifications(JsonNode input) {
        if (!input.path("notificationsEnabled").isBoolean()) {
            fail(List.of("notificationsEnabled: The field must be a boolean"));
        }
        return put("rateLimitNotifications", Json.object().put("notificationsEnabled",
                input.path("notificationsEnabled").asBoolean()));
    }

    /** replaceRateLimitSettingsWarningThreshold: an integer percentage from 30 to 90. */
    public ObjectNode warningThreshold(JsonNode input) {
        JsonNode v = input.path("warningThreshold");
        if (!v.isIntegralNumber() || v.asInt() < 30 || v.asInt() > 90) {
            fail(List.of("warningThreshold: The warning threshold must be an integer between 30 and 90"));
        }
        return put("rateLimitWarning", Json.object().put("warningThreshold", v.asInt()));
    }

    /**
     * updateConfiguration of ThreatInsight: {@code action} none, audit or block, and {@code excludeZones} (network
     * zone ids, taken as given: the twin does not check that the zones exist). Created when first updated.
     */
    public ObjectNode threatInsight(JsonNode input) {
        JsonNode action = input.path("action");
        if (!action.isTextual() || !THREAT_ACTIONS.contains(action.asText())) {
            fail(List.of("action: Does not match required enum values " + THREAT_ACTIONS));
        }
        JsonNode zones = input.path("excludeZones");
        if (!zones.isMissingNode() && !zones.isNull() && !zones.isArray()) {
            fail(List.of("excludeZones: The field must be an array"));
        }
        ObjectNode was = section(tx.state(), "threatInsight");
        ObjectNode next = Json.object().put("action", action.asText());
        next.set("excludeZones", zones.isArray() ? zones.deepCopy() : Json.array());
        next.put("created", was.path("created").asText(now.toString()));
        next.put("lastUpdated", now.toString());
        return put("threatInsight", next);
    }

    private static void fail(List<String> causes) {
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
    }
}

package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.OrgSettingCommunicationApi;
import com.okta.sdk.resource.api.OrgSettingContactApi;
import com.okta.sdk.resource.api.OrgSettingCustomizationApi;
import com.okta.sdk.resource.api.OrgSettingGeneralApi;
import com.okta.sdk.resource.api.RateLimitSettingsApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.OrgContactUser;
import com.okta.sdk.resource.model.OrgSetting;
import com.okta.sdk.resource.model.PerClientRateLimitMode;
import com.okta.sdk.resource.model.PerClientRateLimitSettings;
import com.okta.sdk.resource.model.RateLimitAdminNotifications;
import com.okta.sdk.resource.model.RateLimitWarningThresholdRequest;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The org's settings, contacts, preferences, communication opt-out and rate-limit settings, through the Java SDK. */
class OrgSettingsSdkTest extends OneOktaUniverse {
    static ApiClient client;

    @BeforeAll
    static void sdk() {
        client = u.sdk();
    }

    @Test
    void theSettingsHoldTheSeedsCompanyAndTakeUpdates() throws ApiException {
        OrgSettingGeneralApi api = new OrgSettingGeneralApi(client);
        OrgSetting settings = api.getOrgSettings();
        assertFalse(settings.getCompanyName().isBlank());
        api.updateOrgSettings(new OrgSetting().companyName("Renamed Inc").city("Lisbon"));
        OrgSetting updated = api.getOrgSettings();
        assertEquals("Renamed Inc", updated.getCompanyName());
        assertEquals("Lisbon", updated.getCity());
        assertEquals(settings.getSubdomain(), updated.getSubdomain(), "the subdomain is Okta's to set");
        api.replaceOrgSettings(new OrgSetting().companyName("Replaced"));
        assertEquals(null, api.getOrgSettings().getCity(), "replace leaves out what it does not name");
        Http.Reply wrongType = u.send("POST", "/api/v1/org", "{\"companyName\":42}");
        assertEquals(400, wrongType.status(), wrongType.body());
        assertTrue(wrongType.json().at("/errorCauses/0/errorSummary").asText().startsWith("companyName"), wrongType.body());
    }

    @Test
    void contactsArePeopleOfTheOrg() throws ApiException {
        OrgSettingContactApi api = new OrgSettingContactApi(client);
        // listed raw: SDK 24.0.0 cannot read OrgContactTypeObj (its subtypes are not subtypes of it)
        var types = u.get("/api/v1/org/contacts").json().findValuesAsText("contactType");
        assertEquals(java.util.List.of("BILLING", "TECHNICAL"), types);
        String type = types.get(0);
        String admin = api.getOrgContactUser(type).getUserId();
        assertTrue(admin.startsWith("00u"), admin);
        String other = u.send("POST", "/api/v1/users?activate=false", "{\"profile\":{\"firstName\":\"Bill\",\"lastName\":\"Ing\","
                + "\"email\":\"bill.ing@example.com\",\"login\":\"bill.ing@example.com\"}}").json().path("id").asText();
        assertEquals(other, api.replaceOrgContactUser(type, new OrgContactUser().userId(other)).getUserId());
        assertEquals(other, api.getOrgContactUser(type).getUserId());
        assertEquals(404, assertThrows(ApiException.class,
                () -> api.replaceOrgContactUser(type, new OrgContactUser().userId("00unobody000000000000"))).getCode());
        assertEquals(404, u.get("/api/v1/org/contacts/LEGAL").status());
    }

    @Test
    void theFooterAndOktaEmailsToggle() throws ApiException {
        OrgSettingCustomizationApi prefs = new OrgSettingCustomizationApi(client);
        assertTrue(prefs.getOrgPreferences().getShowEndUserFooter());
        assertFalse(prefs.setOrgHideOktaUIFooter().getShowEndUserFooter());
        assertFalse(prefs.getOrgPreferences().getShowEndUserFooter());
        assertTrue(prefs.setOrgShowOktaUIFooter().getShowEndUserFooter());
        OrgSettingCommunicationApi comms = new OrgSettingCommunicationApi(client);
        assertTrue(comms.optOutUsersFromOktaCommunicationEmails().getOptOutEmailUsers());
        assertTrue(comms.getOktaCommunicationSettings().getOptOutEmailUsers());
        assertFalse(comms.optInUsersToOktaCommunicationEmails().getOptOutEmailUsers());
    }

    @Test
    void rateLimitSettingsAreStoredAndValidated() throws ApiException {
        RateLimitSettingsApi api = new RateLimitSettingsApi(client);
        assertEquals(90, api.getRateLimitSettingsWarningThreshold().getWarningThreshold());
        assertEquals(70, api.replaceRateLimitSettingsWarningThreshold(new RateLimitWarningThresholdRequest().warningThreshold(70))
                .getWarningThreshold());
        assertEquals(70, api.getRateLimitSettingsWarningThreshold().getWarningThreshold());
        assertEquals(400, u.send("PUT", "/api/v1/rate-limit-settings/warning-threshold", "{\"warningThreshold\":20}").status());
        api.replaceRateLimitSettingsAdminNotifications(new RateLimitAdminNotifications().notificationsEnabled(false));
        assertFalse(api.getRateLimitSettingsAdminNotifications().getNotificationsEnabled());
        PerClientRateLimitSettings perClient = api.getRateLimitSettingsPerClient();
        assertEquals(PerClientRateLimitMode.ENFORCE, perClient.getDefaultMode());
        assertEquals(PerClientRateLimitMode.PREVIEW, api.replaceRateLimitSettingsPerClient(
                new PerClientRateLimitSettings().defaultMode(PerClientRateLimitMode.PREVIEW)).getDefaultMode());
        Http.Reply badMode = u.send("PUT", "/api/v1/rate-limit-settings/per-client", "{\"defaultMode\":\"LOUD\"}");
        assertEquals(400, badMode.status(), badMode.body());
        assertEquals("E0000001", badMode.json().path("errorCode").asText());
        assertEquals(PerClientRateLimitMode.PREVIEW, api.getRateLimitSettingsPerClient().getDefaultMode(), "a refused write changes nothing");
    }
}

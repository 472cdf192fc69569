package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.DeviceAssuranceApi;
import com.okta.sdk.resource.api.ThreatInsightApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.DeviceAssurance;
import com.okta.sdk.resource.model.DeviceAssuranceIOSPlatform;
import com.okta.sdk.resource.model.ThreatInsightConfiguration;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Device assurance policies (declared) and the org's ThreatInsight configuration, through the official SDK. */
class DeviceAssuranceSdkTest extends OneOktaUniverse {
    static ApiClient client;

    @BeforeAll
    static void sdk() {
        client = u.sdk();
    }

    @Test
    void anIosPolicyIsCreatedReadAsItsPlatformReplacedAndDeleted() throws ApiException {
        Http.Reply made = u.send("POST", "/api/v1/device-assurances", "{\"name\":\"iOS\",\"platform\":\"IOS\","
                + "\"osVersion\":{\"minimum\":\"15\"},\"screenLockType\":{\"include\":[\"PASSCODE\",\"BIOMETRIC\"]}}");
        assertEquals(200, made.status(), made.body());
        String id = made.json().path("id").asText();
        assertTrue(made.json().has("createdDate") && made.json().has("lastUpdate"), made.body());
        DeviceAssuranceApi api = new DeviceAssuranceApi(client);
        DeviceAssuranceIOSPlatform read = assertInstanceOf(DeviceAssuranceIOSPlatform.class, api.getDeviceAssurancePolicy(id));
        assertEquals("15", read.getOsVersion().getMinimum());
        assertEquals(2, read.getScreenLockType().getInclude().size());
        Http.Reply replaced = u.send("PUT", "/api/v1/device-assurances/" + id,
                "{\"name\":\"iOS\",\"platform\":\"IOS\",\"osVersion\":{\"minimum\":\"14.0.0\"}}");
        assertEquals("14.0.0", replaced.json().at("/osVersion/minimum").asText(), replaced.body());
        assertEquals(400, u.send("PUT", "/api/v1/device-assurances/" + id, "{\"name\":\"iOS\",\"platform\":\"MACOS\"}")
                .status(), "the platform is set once");
        assertEquals(List.of(id), api.listDeviceAssurancePolicies().stream().map(DeviceAssurance::getId).toList());
        api.deleteDeviceAssurancePolicy(id);
        assertEquals(404, assertThrows(ApiException.class, () -> api.getDeviceAssurancePolicy(id)).getCode());
        assertEquals(400, u.send("POST", "/api/v1/device-assurances", "{\"name\":\"x\",\"platform\":\"PALM\"}").status());
    }

    @Test
    void threatInsightStartsOffAndTakesAnAction() throws ApiException {
        ThreatInsightApi api = new ThreatInsightApi(client);
        assertEquals(ThreatInsightConfiguration.ActionEnum.NONE, api.getCurrentConfiguration().getAction());
        ThreatInsightConfiguration audit = api.updateConfiguration(new ThreatInsightConfiguration()
                .action(ThreatInsightConfiguration.ActionEnum.AUDIT));
        assertEquals(ThreatInsightConfiguration.ActionEnum.AUDIT, audit.getAction());
        assertEquals(ThreatInsightConfiguration.ActionEnum.AUDIT,
                ThreatInsightConfiguration.ActionEnum.fromValue(u.get("/api/v1/threats/configuration").json()
                        .path("action").asText()));
        Http.Reply bad = u.send("POST", "/api/v1/threats/configuration", "{\"action\":\"pray\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.json().at("/errorCauses/0/errorSummary").asText().startsWith("action"), bad.body());
    }
}

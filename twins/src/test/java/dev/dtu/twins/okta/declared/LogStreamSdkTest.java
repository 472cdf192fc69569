package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.LogStreamApi;
import com.okta.sdk.resource.api.SsfReceiverApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.LogStream;
import com.okta.sdk.resource.model.LogStreamAws;
import com.okta.sdk.resource.model.SecurityEventsProviderRequest;
import com.okta.sdk.resource.model.SecurityEventsProviderResponse;
import com.okta.sdk.resource.model.SecurityEventsProviderRequestSettings;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Log streams and security events providers (SSF receiver), declared resources, read through the official SDK. */
class LogStreamSdkTest extends OneOktaUniverse {
    static ApiClient client;

    @BeforeAll
    static void sdk() {
        client = u.sdk();
    }

    static String aws(String name, String region) {
        return "{\"type\":\"aws_eventbridge\",\"name\":\"" + name + "\",\"settings\":{\"eventSourceName\":\"src-1\","
                + "\"accountId\":\"123456789012\",\"region\":\"" + region + "\"}}";
    }

    @Test
    void anAwsLogStreamIsCreatedListedByTypeToggledAndDeleted() throws ApiException {
        Http.Reply created = u.send("POST", "/api/v1/logStreams", aws("to EventBridge", "us-east-2"));
        assertEquals(200, created.status(), created.body());
        String id = created.json().path("id").asText();
        assertTrue(id.startsWith("0oa"), id);
        assertEquals("ACTIVE", created.json().path("status").asText());
        LogStreamApi api = new LogStreamApi(client);
        LogStream read = api.getLogStream(id);
        assertEquals("us-east-2", assertInstanceOf(LogStreamAws.class, read).getSettings().getRegion().getValue());
        assertEquals(List.of(id), api.listLogStreams(null, null, "type eq \"aws_eventbridge\"").stream()
                .map(LogStream::getId).toList());
        assertEquals(List.of(), api.listLogStreams(null, null, "type eq \"splunk_cloud_logstreaming\""));
        assertEquals("INACTIVE", api.deactivateLogStream(id).getStatus().getValue());
        assertEquals("ACTIVE", api.activateLogStream(id).getStatus().getValue());
        api.deleteLogStream(id);
        assertEquals(404, assertThrows(ApiException.class, () -> api.getLogStream(id)).getCode());
    }

    @Test
    void badLogStreamsAreRejectedNamingTheField() {
        Http.Reply region = u.send("POST", "/api/v1/logStreams", aws("bad region", "mars-1"));
        assertEquals(400, region.status(), region.body());
        assertEquals("E0000001", region.json().path("errorCode").asText());
        assertTrue(region.json().at("/errorCauses/0/errorSummary").asText().contains("region"), region.body());
        assertEquals(400, u.send("POST", "/api/v1/logStreams", "{\"type\":\"aws_eventbridge\",\"name\":\"x\"}").status(),
                "settings are required");
        u.send("POST", "/api/v1/logStreams", aws("twice", "us-west-2"));
        assertEquals(400, u.send("POST", "/api/v1/logStreams", aws("twice", "us-west-2")).status(), "names are unique");
    }

    @Test
    void aSecurityEventsProviderIsCreatedToggledReplacedAndDeleted() throws ApiException {
        SsfReceiverApi api = new SsfReceiverApi(client);
        String url = "https://transmitter.example.com/.well-known/ssf-configuration";
        SecurityEventsProviderResponse made = api.createSecurityEventsProviderInstance(new SecurityEventsProviderRequest()
                .name("Transmitter").type("okta").settings(new SecurityEventsProviderRequestSettings().wellKnownUrl(url)));
        assertEquals(url, made.getSettings().getWellKnownUrl());
        assertEquals("ACTIVE", made.getStatus().getValue());
        assertEquals("INACTIVE", api.deactivateSecurityEventsProviderInstance(made.getId()).getStatus().getValue());
        assertEquals(List.of("Transmitter"), api.listSecurityEventsProviderInstances().stream()
                .map(SecurityEventsProviderResponse::getName).toList());
        api.deleteSecurityEventsProviderInstance(made.getId());
        assertEquals(404, assertThrows(ApiException.class,
                () -> api.getSecurityEventsProviderInstance(made.getId())).getCode());
        assertEquals(400, u.send("POST", "/api/v1/security-events-providers", "{\"name\":\"no settings\",\"type\":\"okta\"}")
                .status());
    }
}

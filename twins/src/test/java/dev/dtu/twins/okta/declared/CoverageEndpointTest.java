package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /_dtu/coverage: every operation of Okta's published API, modelled, declared or not served. */
class CoverageEndpointTest {

    @Test
    void listsEveryVendorOperationWithItsStatusAndCounts() {
        try (OktaServer server = new OktaServer()) {
            Http.Reply r = Http.get(server.url() + "/_dtu/coverage");
            assertEquals(200, r.status());
            JsonNode okta = r.json().path("twins").get(0);
            assertEquals("okta", okta.path("twin").asText());
            Map<String, String> status = new HashMap<>();
            okta.path("operations").forEach(op -> status.put(op.path("operationId").asText(), op.path("status").asText()));
            assertEquals("DECLARED", status.get("createTrustedOrigin"));
            assertEquals("DECLARED", status.get("deactivateNetworkZone"));
            assertEquals("MODELLED", status.get("listUsers"));
            assertEquals("MODELLED", status.get("tokenCustomAS"));
            assertEquals("DECLARED", status.get("listAuthorizationServers"));
            assertEquals("MODELLED", status.get("rotateAuthorizationServerKeys"));
            assertEquals("NOT_SERVED", status.get("listRefreshTokensForAuthorizationServerAndClient"));
            JsonNode counts = okta.path("counts");
            assertEquals(okta.path("operations").size(),
                    counts.path("modelled").asInt() + counts.path("declared").asInt() + counts.path("notServed").asInt());
            assertEquals("MODELLED", status.get("verifyFactor"));
            assertEquals("DECLARED", status.get("activateEventHook"));
            assertEquals(121, counts.path("declared").asInt(), "7 operations each of trusted origins, network zones, policies, "
                    + "policy rules, identity providers, event hooks, inline hooks, behavior rules, log streams and security "
                    + "events providers, 6 of SMS templates, 5 of UI schemas and device assurances; authorization servers 7, "
                    + "their scopes 5, claims 5, policies 7, policy rules 7; app grants 4");
            assertTrue(okta.path("tags").path("TrustedOrigin").path("declared").asInt() == 7);
        }
    }
}

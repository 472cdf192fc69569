package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.PolicyApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.LifecycleStatus;
import com.okta.sdk.resource.model.PolicyRule;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import org.junit.jupiter.api.Test;

/** Policy rules, declared under their policy: CRUD and lifecycle through the Okta Java SDK; they go with the policy. */
class PolicyRuleSdkTest {

    @Test
    void aRuleLivesUnderItsPolicyAndGoesWithIt() throws ApiException {
        try (OktaServer server = new OktaServer()) {
            OktaServer.Universe u = server.universe();
            ApiClient client = u.sdk();
            PolicyApi api = new PolicyApi(client);
            String policy = u.send("POST", "/api/v1/policies", "{\"type\":\"OKTA_SIGN_ON\",\"name\":\"Contractors\"}")
                    .json().path("id").asText();
            Http.Reply created = u.send("POST", "/api/v1/policies/" + policy + "/rules", "{\"type\":\"SIGN_ON\",\"name\":\"Deny\","
                    + "\"conditions\":{\"network\":{\"connection\":\"ANYWHERE\"}},\"actions\":{\"signon\":{\"access\":\"DENY\"}}}");
            assertEquals(200, created.status(), created.body());
            String rule = created.json().path("id").asText();
            assertTrue(rule.startsWith("0pr"), rule);
            PolicyRule got = api.getPolicyRule(policy, rule);
            assertEquals("Deny", got.getName());
            assertEquals(LifecycleStatus.ACTIVE, got.getStatus());
            api.deactivatePolicyRule(policy, rule);
            // read raw: SDK 24.0.0's OktaSignOnPolicyRule answers getStatus() ACTIVE whatever the JSON says
            assertEquals("INACTIVE", u.get("/api/v1/policies/" + policy + "/rules/" + rule).json().path("status").asText());
            api.activatePolicyRule(policy, rule);
            assertEquals("ACTIVE", u.get("/api/v1/policies/" + policy + "/rules/" + rule).json().path("status").asText());
            assertEquals(1, u.get("/api/v1/policies/" + policy + "/rules").json().size());
            assertEquals(404, u.send("POST", "/api/v1/policies/00pnothere0000000000/rules",
                    "{\"type\":\"SIGN_ON\",\"name\":\"x\"}").status(), "no such policy");
            assertEquals(400, u.send("POST", "/api/v1/policies/" + policy + "/rules", "{\"type\":\"SIGN_ON\"}").status(),
                    "a rule needs a name");
            api.deletePolicy(policy);
            assertEquals(404, u.get("/api/v1/policies/" + policy).status(), "the policy is gone");
            Http.Reply orphan = u.get("/api/v1/policies/" + policy + "/rules/" + rule);
            assertEquals(404, orphan.status(), orphan.body());
        }
    }
}

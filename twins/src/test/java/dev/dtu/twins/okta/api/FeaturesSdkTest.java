package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.FeatureApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.EnabledStatus;
import com.okta.sdk.resource.model.Feature;
import com.okta.sdk.resource.model.FeatureLifecycle;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Self-service features through the official SDK: the documented dependency rules and mode=force. */
class FeaturesSdkTest extends OneOktaUniverse {
    static FeatureApi api;

    @BeforeAll
    static void sdk() {
        ApiClient client = u.sdk();
        api = new FeatureApi(client);
    }

    @Test
    void aFeatureWithADisabledDependencyIsEnabledOnlyByForce() throws ApiException {
        List<Feature> features = api.listFeatures();
        assertFalse(features.isEmpty());
        Feature dependent = features.stream().filter(f -> !api.listFeatureDependencies(f.getId()).isEmpty())
                .findFirst().orElseThrow();
        Feature dependency = api.listFeatureDependencies(dependent.getId()).get(0);
        assertEquals(List.of(dependent.getId()),
                api.listFeatureDependents(dependency.getId()).stream().map(Feature::getId).toList());
        assertEquals(400, assertThrows(ApiException.class,
                () -> api.updateFeatureLifecycle(dependent.getId(), FeatureLifecycle.ENABLE, null)).getCode());
        assertEquals(EnabledStatus.ENABLED,
                api.updateFeatureLifecycle(dependent.getId(), FeatureLifecycle.ENABLE, "force").getStatus());
        assertEquals("ENABLED", u.get("/api/v1/features/" + dependency.getId()).json().path("status").asText(),
                "force enabled the dependency first");
        assertEquals(400, assertThrows(ApiException.class,
                () -> api.updateFeatureLifecycle(dependency.getId(), FeatureLifecycle.DISABLE, null)).getCode(),
                "its dependent is enabled");
        assertEquals(EnabledStatus.DISABLED,
                api.updateFeatureLifecycle(dependency.getId(), FeatureLifecycle.DISABLE, "force").getStatus());
        assertEquals("DISABLED", u.get("/api/v1/features/" + dependent.getId()).json().path("status").asText());
    }

    @Test
    void anUnknownFeatureIsNotFound() {
        assertEquals(404, assertThrows(ApiException.class, () -> api.getFeature("ftr00000000000000000")).getCode());
        assertEquals(404, u.send("POST", "/api/v1/features/ftr00000000000000000/ENABLE", "").status());
        var bad = u.send("POST", "/api/v1/features/" + api.listFeatures().get(0).getId() + "/SOMETIMES", "");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().path("errorCauses").size() > 0);
    }
}

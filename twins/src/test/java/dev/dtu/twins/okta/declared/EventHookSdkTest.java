package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.okta.sdk.resource.api.EventHookApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.EventHook;
import com.okta.sdk.resource.model.EventHookChannel;
import com.okta.sdk.resource.model.EventHookChannelConfig;
import com.okta.sdk.resource.model.EventHookChannelType;
import com.okta.sdk.resource.model.EventSubscriptionType;
import com.okta.sdk.resource.model.EventSubscriptions;
import dev.dtu.twins.okta.OktaServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event hooks, a declared resource, through the official SDK: create, lifecycle, delete only when INACTIVE. */
class EventHookSdkTest {
    static OktaServer server;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = new OktaServer();
        OktaServer.Universe u = server.universe();
        client = u.sdk();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anEventHookIsCreatedDeactivatedAndOnlyThenDeleted() throws ApiException {
        EventHookApi hooks = new EventHookApi(client);
        EventHook created = hooks.createEventHook(new EventHook().name("user events")
                .events(new EventSubscriptions().type(EventSubscriptionType.EVENT_TYPE)
                        .items(List.of("user.lifecycle.create")))
                .channel(new EventHookChannel().type(EventHookChannelType.HTTP).version("1.0.0")
                        .config(new EventHookChannelConfig().uri("https://example.com/hooks"))));
        assertEquals("ACTIVE", created.getStatus().getValue());
        assertEquals("UNVERIFIED", created.getVerificationStatus().getValue());
        assertEquals(400, assertThrows(ApiException.class, () -> hooks.deleteEventHook(created.getId())).getCode(),
                "an ACTIVE event hook is not deleted");
        assertEquals("INACTIVE", hooks.deactivateEventHook(created.getId()).getStatus().getValue());
        hooks.deleteEventHook(created.getId());
        assertEquals(404, assertThrows(ApiException.class, () -> hooks.getEventHook(created.getId())).getCode());
        assertEquals(400, assertThrows(ApiException.class, () -> hooks.createEventHook(new EventHook().name("x")))
                .getCode(), "events and channel are required");
    }
}

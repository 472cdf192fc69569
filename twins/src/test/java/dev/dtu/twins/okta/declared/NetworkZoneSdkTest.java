package dev.dtu.twins.okta.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.okta.sdk.resource.api.NetworkZoneApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.DynamicNetworkZone;
import com.okta.sdk.resource.model.IPNetworkZone;
import com.okta.sdk.resource.model.NetworkZone;
import com.okta.sdk.resource.model.NetworkZoneAddress;
import com.okta.sdk.resource.model.NetworkZoneAddressType;
import com.okta.sdk.resource.model.NetworkZoneStatus;
import com.okta.sdk.resource.model.NetworkZoneType;
import com.okta.sdk.resource.model.NetworkZoneUsage;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OktaServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Network zones, a declared resource with subtypes by "type", driven by the official Okta Java SDK (24.0.0). */
class NetworkZoneSdkTest {
    static OktaServer server;
    static OktaServer.Universe u;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = new OktaServer();
        u = server.universe();
        client = u.sdk();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static IPNetworkZone ipZone(String name, String cidr) {
        IPNetworkZone zone = new IPNetworkZone();
        zone.setName(name);
        zone.setType(NetworkZoneType.IP);
        zone.setGateways(List.of(new NetworkZoneAddress().type(NetworkZoneAddressType.CIDR).value(cidr)));
        return zone;
    }

    @Test
    void ipZonesKeepTheirSubtypeAndDefaults() throws ApiException {
        NetworkZoneApi api = new NetworkZoneApi(client);
        NetworkZone created = api.createNetworkZone(ipZone("Office", "10.0.0.0/24"));
        IPNetworkZone ip = assertInstanceOf(IPNetworkZone.class, created);
        assertTrue(ip.getId().startsWith("nzo"), ip.getId());
        assertEquals(NetworkZoneStatus.ACTIVE, ip.getStatus());
        assertEquals(NetworkZoneUsage.POLICY, ip.getUsage());
        assertEquals(false, ip.getSystem());
        assertEquals("10.0.0.0/24", ip.getGateways().get(0).getValue());
        IPNetworkZone got = assertInstanceOf(IPNetworkZone.class, api.getNetworkZone(ip.getId()));
        got.setGateways(List.of(new NetworkZoneAddress().type(NetworkZoneAddressType.RANGE).value("10.0.0.1-10.0.0.9")));
        IPNetworkZone replaced = assertInstanceOf(IPNetworkZone.class, api.replaceNetworkZone(ip.getId(), got));
        assertEquals(NetworkZoneAddressType.RANGE, replaced.getGateways().get(0).getType());
        assertTrue(api.listNetworkZones(null, 200, null).stream().anyMatch(z -> z.getId().equals(ip.getId())));
    }

    @Test
    void anActiveZoneCannotBeDeletedUntilDeactivated() throws ApiException {
        NetworkZoneApi api = new NetworkZoneApi(client);
        NetworkZone zone = api.createNetworkZone(ipZone("Temporary", "192.168.0.0/16"));
        ApiException active = assertThrows(ApiException.class, () -> api.deleteNetworkZone(zone.getId()));
        assertEquals(400, active.getCode());
        assertEquals(NetworkZoneStatus.INACTIVE, api.deactivateNetworkZone(zone.getId()).getStatus());
        api.deleteNetworkZone(zone.getId());
        assertEquals(404, assertThrows(ApiException.class, () -> api.getNetworkZone(zone.getId())).getCode());
    }

    @Test
    void theTypeIsWriteOnceAndNamesAreUnique() throws ApiException {
        NetworkZoneApi api = new NetworkZoneApi(client);
        NetworkZone zone = api.createNetworkZone(ipZone("Fixed type", "172.16.0.0/12"));
        DynamicNetworkZone dynamic = new DynamicNetworkZone();
        dynamic.setName("Fixed type");
        dynamic.setType(NetworkZoneType.DYNAMIC);
        ApiException changed = assertThrows(ApiException.class, () -> api.replaceNetworkZone(zone.getId(), dynamic));
        assertTrue(changed.getResponseBody().contains("type: The field cannot be changed"), changed.getResponseBody());
        ApiException duplicate = assertThrows(ApiException.class, () -> api.createNetworkZone(ipZone("FIXED TYPE", "1.1.1.1/32")));
        assertTrue(duplicate.getResponseBody().contains("name: An object with this field already exists"), duplicate.getResponseBody());
    }

    @Test
    void badSubtypeFieldsNameTheField() {
        Http.Reply r = u.send("POST", "/api/v1/zones", "{\"name\":\"Bad\",\"type\":\"IP\",\"gateways\":[{\"type\":\"MASK\",\"value\":\"x\"}]}");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("Api validation failed: gateways[0].type"), r.body());
        Http.Reply noType = u.send("POST", "/api/v1/zones", "{\"name\":\"NoType\"}");
        assertTrue(noType.body().contains("type: The field cannot be left blank"), noType.body());
    }

    @Test
    void theListFiltersByIdUsageAndSystemAndAnswersOktasErrorOtherwise() throws ApiException {
        NetworkZoneApi api = new NetworkZoneApi(client);
        NetworkZone a = api.createNetworkZone(ipZone("Filter A", "10.1.0.0/16"));
        NetworkZone b = api.createNetworkZone(ipZone("Filter B", "10.2.0.0/16"));
        api.createNetworkZone(ipZone("Filter C", "10.3.0.0/16"));
        List<NetworkZone> both = api.listNetworkZones(null, 200,
                "(id eq \"" + a.getId() + "\" or id eq \"" + b.getId() + "\")");
        assertEquals(List.of(a.getId(), b.getId()), both.stream().map(NetworkZone::getId).toList());
        assertTrue(api.listNetworkZones(null, 200, "usage eq \"POLICY\" and system eq false").size() >= 3);
        assertEquals(List.of(), api.listNetworkZones(null, 200, "system eq true"));
        ApiException unsupported = assertThrows(ApiException.class, () -> api.listNetworkZones(null, 200, "name eq \"Filter A\""));
        assertEquals(400, unsupported.getCode());
        assertTrue(unsupported.getResponseBody().contains("\"errorCode\":\"E0000031\""), unsupported.getResponseBody());
    }
}

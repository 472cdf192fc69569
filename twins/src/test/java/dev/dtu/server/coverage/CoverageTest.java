package dev.dtu.server.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.coverage.Coverage.Status;
import dev.dtu.server.twin.ServedRoute;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    static final List<VendorOperation> VENDOR = List.of(
            new VendorOperation("User", "GET", "/api/v1/users/{id}", "getUser"),
            new VendorOperation("Zone", "GET", "/api/v1/zones/{zoneId}", "getNetworkZone"),
            new VendorOperation("Zone", "DELETE", "/api/v1/zones/{zoneId}", "deleteNetworkZone"),
            new VendorOperation("OAuth", "POST", "/oauth2/{authorizationServerId}/v1/token", "tokenCustomAS"),
            new VendorOperation("Sheets", "POST", "/v4/spreadsheets/{spreadsheetId}:batchUpdate", "batchUpdate"));

    @Test
    void eachOperationIsModelledDeclaredOrNotServed() {
        Coverage.TwinCoverage c = Coverage.of("t", "spec", VENDOR, List.of(
                new ServedRoute("GET", "/api/v1/users/{userId}", false),
                new ServedRoute("GET", "/api/v1/zones/{zoneId}", true),
                new ServedRoute("POST", "/oauth2/default/v1/token", false),
                new ServedRoute("POST", "/v4/spreadsheets/{id}:batchUpdate", false)));
        assertEquals(List.of(Status.MODELLED, Status.DECLARED, Status.NOT_SERVED, Status.MODELLED, Status.MODELLED),
                c.operations().stream().map(Coverage.Operation::status).toList());
        assertEquals(new Coverage.Counts(3, 1, 1), c.counts());
        assertEquals(new Coverage.Counts(0, 1, 1), c.tags().get("Zone"));
    }

    @Test
    void aServedParameterDoesNotServeAFixedVendorSegment() {
        assertFalse(Coverage.matches("/api/v1/users/me", "/api/v1/users/{id}"));
        assertTrue(Coverage.matches("/api/v1/users/{id}", "/api/v1/users/me"));
        assertFalse(Coverage.matches("/api/v1/users/{id}", "/api/v1/users/{id}/groups"));
        assertTrue(Coverage.matches("/v4/spreadsheets/{spreadsheetId}/values/{range}", "/v4/spreadsheets/{id}/values/{range...}"));
    }
}

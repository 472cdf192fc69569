package dev.dtu.recording.fidelity;

import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.server.coverage.VendorIndex;
import dev.dtu.server.coverage.VendorOperation;
import dev.dtu.server.http.Request;
import dev.dtu.server.twin.Twin;
import java.util.Map;
import java.util.Optional;

/**
 * Names each replayed exchange: the twin's own operation name where the twin serves it, else the vendor's
 * operationId from its spec, else the path with its ids left out; and its family, the vendor spec's tag.
 */
final class OperationNames {
    record Name(String operation, String family, boolean served) {}

    private static final String UNLISTED = "not in the vendor spec";

    /** Read once per process: each index is a classpath file of up to ~800 operations, compiled to patterns. */
    private static final Map<Vendor, VendorIndex> INDEXES = new java.util.concurrent.ConcurrentHashMap<>();

    Name of(Twin twin, Exchange e) {
        Optional<VendorOperation> vendor = INDEXES.computeIfAbsent(e.vendor(), v -> VendorIndex.of(v.twin()))
                .find(e.method(), specPath(e));
        String family = vendor.map(VendorOperation::tag).orElse(UNLISTED);
        String name = twin.operation(Request.of(e.method(), e.path()));
        if (!Twin.unnamed(name, e.method(), e.path())) {
            return new Name(name, family, true);
        }
        return new Name(vendor.map(VendorOperation::operationId)
                .orElseGet(() -> e.method() + " " + e.path().replaceAll("/(?=[^/]*\\d)[^/]{4,}", "/{id}")), family, false);
    }

    /** Jira's spec lists REST v3 only; v2 serves the same operations under /rest/api/2. */
    private static String specPath(Exchange e) {
        return e.vendor() == Vendor.JIRA && e.path().startsWith("/rest/api/2/")
                ? "/rest/api/3/" + e.path().substring("/rest/api/2/".length()) : e.path();
    }
}

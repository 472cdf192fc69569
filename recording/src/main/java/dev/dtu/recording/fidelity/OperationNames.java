package dev.dtu.recording.fidelity;

import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.server.coverage.VendorIndex;
import dev.dtu.server.coverage.VendorOperation;
import dev.dtu.server.http.Request;
import dev.dtu.server.twin.Twin;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names each replayed exchange: the twin's own operation name where the twin serves it, else the vendor's
 * operationId from its spec, else the path with its ids left out; and its family, the vendor spec's tag.
 */
final class OperationNames {
    record Name(String operation, String family, boolean served) {}

    private static final String UNLISTED = "not in the vendor spec";

    private final Map<Vendor, VendorIndex> indexes = new EnumMap<>(Vendor.class);

    Name of(Twin twin, Exchange e) {
        Optional<VendorOperation> vendor = indexes.computeIfAbsent(e.vendor(), v -> VendorIndex.of(v.twin()))
                .find(e.method(), specPath(e));
        String family = vendor.map(VendorOperation::tag).orElse(UNLISTED);
        String name = twin.operation(Request.of(e.method(), e.path()));
        if (name != null && !name.equals(e.method() + " " + e.path()) && !name.equals("unknown_method")
                && !name.equals("unknown")) {
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

package dev.dtu.server.coverage;

import dev.dtu.server.twin.ServedRoute;
import dev.dtu.server.twin.Twin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each twin against its vendor's whole published API: every operation of the vendor's spec is {@code modelled}
 * (a hand-written route serves it), {@code declared} (a resource declaration serves it) or {@code not served}.
 * Served at {@code GET /_dtu/coverage} and written into each twin's COVERAGE.md.
 */
public final class Coverage {
    public enum Status { MODELLED, DECLARED, NOT_SERVED }

    public record Operation(String tag, String method, String path, String operationId, Status status) {}

    public record Counts(int modelled, int declared, int notServed) {
        Counts plus(Status s) {
            return new Counts(modelled + (s == Status.MODELLED ? 1 : 0), declared + (s == Status.DECLARED ? 1 : 0),
                    notServed + (s == Status.NOT_SERVED ? 1 : 0));
        }
    }

    /** One twin's coverage: what its index was made from, totals, totals per tag, and every operation. */
    public record TwinCoverage(String twin, String source, Counts counts, Map<String, Counts> tags, List<Operation> operations) {}

    private Coverage() {}

    /** The coverage of a twin whose operation index is on the classpath, else null. */
    public static TwinCoverage of(Twin twin) {
        return VendorIndex.find(twin.name())
                .map(index -> of(twin.name(), index.source(), index.operations(), twin.served())).orElse(null);
    }

    public static TwinCoverage of(String twin, String source, List<VendorOperation> vendor, List<ServedRoute> served) {
        List<Operation> out = new ArrayList<>();
        Counts total = new Counts(0, 0, 0);
        Map<String, Counts> tags = new LinkedHashMap<>();
        for (VendorOperation op : vendor) {
            Status status = status(op, served);
            out.add(new Operation(op.tag(), op.method(), op.path(), op.operationId(), status));
            total = total.plus(status);
            tags.put(op.tag(), tags.getOrDefault(op.tag(), new Counts(0, 0, 0)).plus(status));
        }
        return new TwinCoverage(twin, source, total, tags, out);
    }

    private static Status status(VendorOperation op, List<ServedRoute> served) {
        Status found = Status.NOT_SERVED;
        for (ServedRoute r : served) {
            if (r.method().equalsIgnoreCase(op.method()) && matches(op.path(), r.template())) {
                if (r.declared()) {
                    return Status.DECLARED;
                }
                found = Status.MODELLED;
            }
        }
        return found;
    }

    /**
     * Whether a served template serves a vendor path: segment by segment, a vendor parameter matches any served
     * segment (the twin may serve only {@code /oauth2/default/...}), a served parameter only a vendor parameter.
     */
    static boolean matches(String vendorPath, String servedTemplate) {
        String[] v = segments(vendorPath);
        String[] s = segments(servedTemplate);
        if (v.length != s.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (!isParam(v[i]) && (isParam(s[i]) || !v[i].equals(s[i]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** Splits on '/' and on a Google custom method's ':' ("{spreadsheetId}:batchUpdate" is two segments). */
    private static String[] segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.replace("...}", "}").replace("}:", "}/:").split("/");
    }
}

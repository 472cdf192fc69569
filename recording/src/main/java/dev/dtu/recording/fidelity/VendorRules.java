package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What fidelity needs to know about one vendor, in the manner of LocalStack's snapshot transformers:
 * which fields hold ids (compared through the id map), which values are volatile (only their type is
 * compared), how to tell two records are the same thing, and which headers matter. Each vendor starts from
 * {@link #forVendor} and says only where it differs.
 */
public final class VendorRules {
    private static final List<String> PAGING_AND_RATE_LIMITS =
            List.of("Link", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset", "Retry-After");

    /** Volatile whichever vendor sends them: error and request ids, cache stamps, ETags. */
    static final Set<String> COMMON_VOLATILES = Set.of("errorId", "cache_ts", "request_id", "requestId", "etag", "ETag",
            "x-request-id", "X-Request-Id");

    private final Vendor vendor;
    private final Set<String> idFields;
    private final Set<String> volatileFields;
    private final Function<JsonNode, Optional<String>> naturalKey;
    private final List<String> headers;
    private final BiPredicate<String, String> reads;
    private final Set<String> orderedArrays;

    private VendorRules(Vendor vendor, Set<String> idFields, Set<String> volatileFields,
            Function<JsonNode, Optional<String>> naturalKey, List<String> headers, BiPredicate<String, String> reads) {
        this(vendor, idFields, volatileFields, naturalKey, headers, reads, Set.of());
    }

    private VendorRules(Vendor vendor, Set<String> idFields, Set<String> volatileFields,
            Function<JsonNode, Optional<String>> naturalKey, List<String> headers, BiPredicate<String, String> reads,
            Set<String> orderedArrays) {
        this.orderedArrays = orderedArrays;
        this.vendor = vendor;
        this.idFields = idFields;
        this.volatileFields = volatileFields;
        this.naturalKey = naturalKey;
        this.headers = headers;
        this.reads = reads;
    }

    public static VendorRules of(Vendor vendor) {
        return switch (vendor) {
            case SLACK -> SlackRules.RULES;
            case OKTA -> OktaRules.RULES;
            case JIRA -> JiraRules.RULES;
            case GOOGLE -> GoogleRules.RULES;
        };
    }

    /** Rules before a vendor says anything: no id or volatile fields, no natural key, paging and rate-limit headers, GETs read. */
    static VendorRules forVendor(Vendor vendor) {
        return new VendorRules(vendor, Set.of(), COMMON_VOLATILES, o -> Optional.empty(), PAGING_AND_RATE_LIMITS,
                (method, path) -> method.equals("GET"));
    }

    VendorRules ids(String... fields) {
        return new VendorRules(vendor, Set.of(fields), volatileFields, naturalKey, headers, reads, orderedArrays);
    }

    /** Besides the volatile values every vendor has (request ids, ETags, cache stamps): {@link #COMMON_VOLATILES}. */
    VendorRules volatiles(String... fields) {
        Set<String> all = new java.util.TreeSet<>(COMMON_VOLATILES);
        all.addAll(List.of(fields));
        return new VendorRules(vendor, idFields, Set.copyOf(all), naturalKey, headers, reads, orderedArrays);
    }

    /** Records are the same thing when the first of these paths that has a value has the same value. */
    VendorRules keyedBy(String... paths) {
        return keyedBy(o -> first(o, paths));
    }

    VendorRules keyedBy(Function<JsonNode, Optional<String>> key) {
        return new VendorRules(vendor, idFields, volatileFields, key, headers, reads, orderedArrays);
    }

    VendorRules comparing(String... headerNames) {
        return new VendorRules(vendor, idFields, volatileFields, naturalKey, List.of(headerNames), reads, orderedArrays);
    }

    VendorRules readsWhen(BiPredicate<String, String> isRead) {
        return new VendorRules(vendor, idFields, volatileFields, naturalKey, headers, isRead, orderedArrays);
    }

    /** Arrays (by field name) whose order the vendor documents; every other array is compared as a set. */
    VendorRules ordered(String... fields) {
        return new VendorRules(vendor, idFields, volatileFields, naturalKey, headers, reads, Set.of(fields));
    }

    public Set<String> orderedArrays() {
        return orderedArrays;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** Fields whose values are ids: recorded and twin ids of the same thing compare equal. */
    public Set<String> idFields() {
        return idFields;
    }

    /** Fields whose values change on every call or differ by nature (timestamps, etags, avatars). */
    public Set<String> volatileFields() {
        return volatileFields;
    }

    /** What makes a record the same thing in both answers (an email, a name, a summary), if it has one. */
    public Optional<String> naturalKey(JsonNode object) {
        return naturalKey.apply(object);
    }

    /** Response headers compared besides Content-Type: pagination and rate-limit headers. */
    public List<String> headers() {
        return headers;
    }

    /** Requests that only read, so they can be replayed once more to learn ids. */
    public boolean isRead(String method, String path) {
        return reads.test(method, path);
    }

    static Optional<String> first(JsonNode o, String... paths) {
        for (String p : paths) {
            JsonNode n = o;
            for (String part : p.split("\\.")) {
                n = n.path(part);
            }
            if (n.isValueNode() && !n.asText().isBlank()) {
                return Optional.of(p + "=" + n.asText());
            }
        }
        return Optional.empty();
    }
}

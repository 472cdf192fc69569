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

    private final Vendor vendor;
    private final Set<String> idFields;
    private final Set<String> volatileFields;
    private final Function<JsonNode, Optional<String>> naturalKey;
    private final List<String> headers;
    private final BiPredicate<String, String> reads;

    private VendorRules(Vendor vendor, Set<String> idFields, Set<String> volatileFields,
            Function<JsonNode, Optional<String>> naturalKey, List<String> headers, BiPredicate<String, String> reads) {
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
        return new VendorRules(vendor, Set.of(), Set.of(), o -> Optional.empty(), PAGING_AND_RATE_LIMITS,
                (method, path) -> method.equals("GET"));
    }

    VendorRules ids(String... fields) {
        return new VendorRules(vendor, Set.of(fields), volatileFields, naturalKey, headers, reads);
    }

    VendorRules volatiles(String... fields) {
        return new VendorRules(vendor, idFields, Set.of(fields), naturalKey, headers, reads);
    }

    /** Records are the same thing when the first of these paths that has a value has the same value. */
    VendorRules keyedBy(String... paths) {
        return keyedBy(o -> first(o, paths));
    }

    VendorRules keyedBy(Function<JsonNode, Optional<String>> key) {
        return new VendorRules(vendor, idFields, volatileFields, key, headers, reads);
    }

    VendorRules comparing(String... headerNames) {
        return new VendorRules(vendor, idFields, volatileFields, naturalKey, List.of(headerNames), reads);
    }

    VendorRules readsWhen(BiPredicate<String, String> isRead) {
        return new VendorRules(vendor, idFields, volatileFields, naturalKey, headers, isRead);
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

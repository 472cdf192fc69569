package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What fidelity needs to know about one vendor, in the manner of LocalStack's snapshot transformers:
 * which fields hold ids (compared through the id map), which values are volatile (only their type is
 * compared), how to tell two records are the same thing, and which headers matter.
 */
public interface VendorRules {
    Vendor vendor();

    /** Fields whose values are ids: recorded and twin ids of the same thing compare equal. */
    Set<String> idFields();

    /** Fields whose values change on every call or differ by nature (timestamps, etags, avatars). */
    Set<String> volatileFields();

    /** What makes a record the same thing in both answers (an email, a name, a summary), if it has one. */
    Optional<String> naturalKey(JsonNode object);

    /** Response headers compared besides Content-Type: pagination and rate-limit headers. */
    default List<String> headers() {
        return List.of("Link", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset", "Retry-After");
    }

    /** Requests that only read, so they can be replayed once more to learn ids. */
    boolean isRead(String method, String path);

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

    static VendorRules of(Vendor vendor) {
        return switch (vendor) {
            case SLACK -> new SlackRules();
            case OKTA -> new OktaRules();
            case JIRA -> new JiraRules();
            case GOOGLE -> new GoogleRules();
        };
    }
}

package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.Optional;
import java.util.Set;

/** Jira: numeric ids, issue keys and account ids go through the id map; avatars and dates are volatile. */
final class JiraRules implements VendorRules {
    @Override
    public Vendor vendor() {
        return Vendor.JIRA;
    }

    @Override
    public Set<String> idFields() {
        return Set.of("id", "key", "accountId", "issueId");
    }

    @Override
    public Set<String> volatileFields() {
        return Set.of("created", "updated", "lastViewed", "statuscategorychangedate", "avatarUrls", "iconUrl",
                "16x16", "24x24", "32x32", "48x48", "avatarId", "x-arequestid", "atl-traceid", "timeZone", "nextPageToken");
    }

    @Override
    public Optional<String> naturalKey(JsonNode o) {
        if (o.has("fields") && o.path("fields").has("summary")) {
            return Optional.of("summary=" + o.path("fields").path("summary").asText());
        }
        if (o.has("author") && o.has("body")) {
            return Optional.of("comment=" + o.path("body").toString());
        }
        if (o.has("projectTypeKey") || o.has("lead")) {
            return VendorRules.first(o, "key");
        }
        return VendorRules.first(o, "emailAddress", "displayName");
    }

    @Override
    public boolean isRead(String method, String path) {
        return method.equals("GET") || path.matches("^/rest/api/3/search(/jql)?$");
    }
}

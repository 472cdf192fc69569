package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jira: numeric ids, issue keys and account ids go through the id map; avatars and dates are volatile;
 * issues match by summary, comments by body, projects by key; a JQL search is a read even when POSTed.
 */
final class JiraRules {
    private static final Pattern SEARCH = Pattern.compile("^/rest/api/3/search(/jql)?$");

    static final VendorRules RULES = VendorRules.forVendor(Vendor.JIRA)
            .ids("id", "key", "accountId", "issueId")
            .volatiles("created", "updated", "lastViewed", "statuscategorychangedate", "avatarUrls", "iconUrl",
                    "16x16", "24x24", "32x32", "48x48", "avatarId", "x-arequestid", "atl-traceid", "timeZone", "nextPageToken")
            .keyedBy(JiraRules::naturalKey)
            // Get comments lists them by creation unless orderBy says otherwise
            .ordered("comments")
            .readsWhen((method, path) -> method.equals("GET") || SEARCH.matcher(path).matches());

    private JiraRules() {}

    private static Optional<String> naturalKey(JsonNode o) {
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
}

package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Google: file ids are seeded as recorded; etags, revisions, times and links are volatile. */
final class GoogleRules implements VendorRules {
    @Override
    public Vendor vendor() {
        return Vendor.GOOGLE;
    }

    @Override
    public Set<String> idFields() {
        return Set.of("permissionId", "revisionId", "sheetId", "headerId", "listId");
    }

    @Override
    public Set<String> volatileFields() {
        return Set.of("etag", "version", "createdTime", "modifiedTime", "viewedByMeTime", "modifiedByMeTime",
                "sharedWithMeTime", "thumbnailLink", "iconLink", "webViewLink", "webContentLink", "photoLink",
                "spreadsheetUrl", "headRevisionId", "md5Checksum", "sha1Checksum", "sha256Checksum", "quotaBytesUsed",
                "permissionIds", "nextPageToken", "x-goog-request-id");
    }

    @Override
    public Optional<String> naturalKey(JsonNode o) {
        return VendorRules.first(o, "id", "emailAddress", "title");
    }

    @Override
    public List<String> headers() {
        return List.of("Retry-After");
    }

    @Override
    public boolean isRead(String method, String path) {
        return method.equals("GET");
    }
}

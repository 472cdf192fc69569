package dev.dtu.recording.fidelity;

import dev.dtu.recording.Vendor;

/** Google: file ids are seeded as recorded; etags, revisions, times and links are volatile; only Retry-After matters. */
final class GoogleRules {
    static final VendorRules RULES = VendorRules.forVendor(Vendor.GOOGLE)
            .ids("permissionId", "revisionId", "sheetId", "headerId", "listId")
            .volatiles("etag", "version", "createdTime", "modifiedTime", "viewedByMeTime", "modifiedByMeTime",
                    "sharedWithMeTime", "thumbnailLink", "iconLink", "webViewLink", "webContentLink", "photoLink",
                    "spreadsheetUrl", "headRevisionId", "md5Checksum", "sha1Checksum", "sha256Checksum", "quotaBytesUsed",
                    "permissionIds", "nextPageToken", "x-goog-request-id")
            .keyedBy("id", "emailAddress", "title")
            // a spreadsheet's sheets are listed by their index (SheetProperties.index)
            .ordered("sheets")
            .comparing("Retry-After");

    private GoogleRules() {}
}

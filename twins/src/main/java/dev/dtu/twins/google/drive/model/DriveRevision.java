package dev.dtu.twins.google.drive.model;

import java.time.Instant;

/**
 * One version of a file's content (developers.google.com/drive/api/guides/change-overview: "a change to the file's
 * contents, not metadata"). Stored under {@code fileId/sequence}, so a file's revisions read in order.
 *
 * @param content the bytes of a binary file's revision; null for Docs Editors files, whose revisions Drive does
 *                not let anyone download
 * @param keepForever binary files only: never purged ("Keep Forever")
 * @param published Docs Editors files only
 */
public record DriveRevision(String key, String fileId, String id, String mimeType, Instant modifiedTime,
                            String lastModifyingUserId, String originalFilename, byte[] content, boolean keepForever,
                            boolean published, boolean publishAuto, boolean publishedOutsideDomain)
        implements dev.dtu.server.state.Stored {

    /**
     * A binary revision's bytes count against the storage quota (the head revision holds the file's own bytes, so
     * the file itself is not counted again); Docs Editors revisions have none.
     */
    @Override
    public long storedBytes() {
        return content == null ? 0 : content.length;
    }

    public static String key(String fileId, long seq) {
        return fileId + "/" + String.format("%012d", seq);
    }

    public boolean binary() {
        return content != null;
    }

    public DriveRevision with(boolean newKeepForever, boolean newPublished, boolean newPublishAuto,
                              boolean newPublishedOutsideDomain) {
        return new DriveRevision(key, fileId, id, mimeType, modifiedTime, lastModifyingUserId, originalFilename,
                content, newKeepForever, newPublished, newPublishAuto, newPublishedOutsideDomain);
    }
}

package dev.dtu.twins.google.drive.api;

/**
 * A resumable upload started but not yet given all its bytes; {@code fileId} is null for a create,
 * {@code received} what chunked PUTs have sent so far (null before the first).
 */
public record UploadSession(String id, String accountId, String fileId, String metadata, String mediaType,
                            String addParents, String removeParents, byte[] received)
        implements dev.dtu.server.state.Stored {

    /** The bytes received so far count against the storage quota until the upload completes. */
    @Override
    public long storedBytes() {
        return receivedLength();
    }

    public int receivedLength() {
        return received == null ? 0 : received.length;
    }

    public UploadSession withReceived(byte[] bytes) {
        return new UploadSession(id, accountId, fileId, metadata, mediaType, addParents, removeParents, bytes);
    }
}

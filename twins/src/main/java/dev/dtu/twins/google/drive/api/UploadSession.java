package dev.dtu.twins.google.drive.api;

/** A resumable upload started but not yet given its bytes; {@code fileId} is null for a create. */
public record UploadSession(String id, String accountId, String fileId, String metadata, String mediaType,
                            String addParents, String removeParents) {}

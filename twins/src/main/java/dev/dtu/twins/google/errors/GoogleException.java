package dev.dtu.twins.google.errors;

/**
 * A Google API error: the HTTP code, the canonical status ("INVALID_ARGUMENT"), the message, and for
 * Drive the legacy {@code errors[]} item (reason, location, locationType).
 */
public final class GoogleException extends RuntimeException {
    private final int code;
    private final String status;
    private final String reason;
    private final String location;
    private final String locationType;
    private com.fasterxml.jackson.databind.JsonNode details;

    public GoogleException(int code, String status, String message, String reason, String location, String locationType) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.reason = reason;
        this.location = location;
        this.locationType = locationType;
    }

    public static GoogleException invalidArgument(String message) {
        return new GoogleException(400, "INVALID_ARGUMENT", message, "badRequest", null, null);
    }

    /** Drive's 400 for a bad parameter value: reason "invalid", location the parameter. */
    public static GoogleException invalidParameter(String message, String parameter) {
        return new GoogleException(400, "INVALID_ARGUMENT", message, "invalid", parameter, "parameter");
    }

    public static GoogleException notFound(String message) {
        return new GoogleException(404, "NOT_FOUND", message, "notFound", null, null);
    }

    /** Drive's "File not found: ID." (reason notFound, location fileId). */
    public static GoogleException fileNotFound(String fileId) {
        return new GoogleException(404, "NOT_FOUND", "File not found: " + fileId + ".", "notFound", "fileId", "parameter");
    }

    public static GoogleException permissionDenied(String message) {
        return new GoogleException(403, "PERMISSION_DENIED", message, "forbidden", null, null);
    }

    /** Drive's answer when the caller can see a file but not change it. */
    public static GoogleException insufficientFilePermissions(String fileId) {
        return new GoogleException(403, "PERMISSION_DENIED",
                "The user does not have sufficient permissions for file " + fileId + ".",
                "insufficientFilePermissions", null, null);
    }

    public static GoogleException failedPrecondition(String message) {
        return new GoogleException(400, "FAILED_PRECONDITION", message, "failedPrecondition", null, null);
    }

    /** Google's {@code details} (google.rpc.ErrorInfo and the like) beside code, message and status. */
    public GoogleException withDetails(com.fasterxml.jackson.databind.JsonNode details) {
        this.details = details;
        return this;
    }

    public com.fasterxml.jackson.databind.JsonNode details() {
        return details;
    }

    public int code() {
        return code;
    }

    public String status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String location() {
        return location;
    }

    public String locationType() {
        return locationType;
    }
}

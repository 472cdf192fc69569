package dev.dtu.server.twin;

import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;

/** How a vendor says "no": the framework asks the twin for these bodies so every error looks native. */
public interface VendorErrors {
    /** An error of the given HTTP status (injected faults, unknown routes, oversized bodies). */
    Response error(int status, String message);

    /** The same at the universe's time {@code now}, for a vendor whose headers carry the time (Okta's Date and reset). */
    default Response error(int status, String message, java.time.Instant now) {
        return error(status, message);
    }

    /** The vendor's rate-limited answer, including its headers (Retry-After and the like). */
    Response rateLimited(Request request, long retryAfterSeconds);

    /** The same at the universe's time {@code now}, for a vendor whose headers carry the time (Okta's reset). */
    default Response rateLimited(Request request, long retryAfterSeconds, java.time.Instant now) {
        return rateLimited(request, retryAfterSeconds);
    }

    /**
     * The vendor's answer to a write that would store more than the universe's storage quota (Drive's
     * storageQuotaExceeded, Slack's storage_limit_reached, Jira's 413); nothing of the write was kept.
     */
    default Response storageQuotaExceeded(Request request, dev.dtu.server.universe.StorageQuotaExceeded e) {
        return error(413, "Storage quota exceeded: " + e.getMessage());
    }

    /** The vendor's answer to a credential it does not know (another universe's, or none). */
    Response unauthenticated(Request request);
}

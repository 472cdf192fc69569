package dev.dtu.twins.okta.model;

import dev.dtu.server.resource.filter.FilterException;
import java.util.List;

/**
 * Okta's error catalogue, in Okta's words. Codes, HTTP statuses and summaries follow
 * https://developer.okta.com/docs/reference/error-codes/ and the response examples of the Users API
 * reference; where Okta fills a placeholder ({@code Not found: {0}}) the filled form is the one seen in
 * recorded Okta responses.
 */
public final class OktaErrors {

    private OktaErrors() {
    }

    /** E0000001; {@code what} is Okta's name for the failed precondition, e.g. a field or an operation. */
    public static OktaException apiValidationFailed(String what, List<String> causes) {
        return new OktaException(400, "E0000001", "Api validation failed: " + what, causes);
    }

    /** E0000006. */
    public static OktaException accessDenied() {
        return new OktaException(403, "E0000006", "You do not have permission to perform the requested action", List.of());
    }

    /** E0000007, e.g. {@code notFound("00u1", "User")}. */
    public static OktaException notFound(String id, String resourceType) {
        return new OktaException(404, "E0000007",
                "Not found: Resource not found: " + id + " (" + resourceType + ")", List.of());
    }

    /** E0000011. */
    public static OktaException invalidToken() {
        return new OktaException(401, "E0000011", "Invalid token provided", List.of());
    }

    /** E0000016: activate on a user that is neither STAGED nor DEPROVISIONED. */
    public static OktaException activationFailed() {
        return new OktaException(403, "E0000016", "Activation failed because the user is already active", List.of());
    }

    /** E0000030: a date literal Okta cannot read. */
    public static OktaException invalidDate() {
        return new OktaException(400, "E0000030", "Bad request. Invalid date. Dates must be of the form "
                + "yyyy-MM-dd'T'HH:mm:ss.SSSZZ, e.g. 2013-01-01T12:00:00.000-07:00.", List.of());
    }

    /** The framework's filter failure in Okta's words: E0000030 for a date it cannot read, E0000033, else E0000031. */
    public static OktaException of(FilterException e) {
        return switch (e.kind()) {
            case INVALID_DATE -> invalidDate();
            case SEARCH_WITH_FILTER -> searchAndFilterTogether();
            case INVALID_CRITERIA -> invalidSearchCriteria(e.reason());
        };
    }

    /** E0000031. */
    public static InvalidSearchCriteriaException invalidSearchCriteria(String reason) {
        return new InvalidSearchCriteriaException(reason);
    }

    /** E0000032: unlock on a user that is not LOCKED_OUT. */
    public static OktaException unlockNotAllowed() {
        return new OktaException(403, "E0000032", "Unlock is not allowed for this user.",
                List.of("The user is not locked out."));
    }

    /** E0000033: {@code search} and {@code filter} in one list request. */
    public static OktaException searchAndFilterTogether() {
        return new OktaException(400, "E0000033",
                "Bad request. Can't specify a search query and filter in the same request.", List.of());
    }

    /** E0000038: the generic answer to a lifecycle operation the user's status does not allow. */
    public static OktaException notAllowedInCurrentStatus() {
        return new OktaException(403, "E0000038", "This operation is not allowed in the user's current status.", List.of());
    }

    /** E0000056: deleting an app that is still ACTIVE. */
    public static OktaException deleteAppForbidden() {
        return new OktaException(403, "E0000056", "Delete application forbidden.", List.of());
    }

    /** E0000003: a body that is not well-formed JSON. */
    public static OktaException malformedBody() {
        return new OktaException(400, "E0000003", "The request body was not well-formed.", List.of());
    }

    /** E0000022: a path the API has, under another method. */
    public static OktaException methodNotSupported() {
        return new OktaException(405, "E0000022", "The endpoint does not support the provided HTTP method", List.of());
    }

    /** E0000047. */
    public static OktaException rateLimited() {
        return new OktaException(429, "E0000047", "API call exceeded rate limit due to too many requests.", List.of());
    }

    // E0000124/E0000125 summaries are taken from a secondary copy of the error-code list, not from an
    // Okta response; the wording may differ slightly from what Okta sends.

    /** E0000124: {@code nextLogin=changePassword} on create without a password. */
    public static OktaException expireOnCreateRequiresPassword() {
        return new OktaException(400, "E0000124",
                "To create a user and expire password immediately, a password must be specified", List.of());
    }

    /** E0000125: {@code nextLogin=changePassword} on create with {@code activate=false}. */
    public static OktaException expireOnCreateRequiresActivation() {
        return new OktaException(400, "E0000125",
                "To create a user and expire password immediately, activate must be true", List.of());
    }

    /** E0000004: primary authentication failed (a wrong password, an unknown or locked-out user alike). */
    public static OktaException authenticationFailed() {
        return new OktaException(401, "E0000004", "Authentication failed", List.of());
    }

    /** E0000011 on the Authentication API: a state token that is unknown, used up or expired. */
    public static OktaException invalidStateToken() {
        return new OktaException(401, "E0000011", "Invalid token provided", List.of());
    }

    /** E0000068: a wrong passcode or answer for a factor. */
    public static OktaException invalidPasscode(boolean answer) {
        return new OktaException(403, "E0000068", "Invalid Passcode/Answer", List.of(answer
                ? "Your answer doesn't match our records. Please try again."
                : "Your passcode doesn't match our records. Please try again."));
    }

    /** E0000001 on factor enrollment, with Okta's cause ("Invalid Provider.", "Factor not enabled.", ...). */
    public static OktaException factorEnrollFailed(String cause) {
        return apiValidationFailed("factorEnrollRequest", List.of(cause));
    }
}

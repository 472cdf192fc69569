package dev.dtu.twins.okta.model;

import java.util.List;

/**
 * E0000031: a {@code filter} or {@code search} expression Okta cannot parse or does not support.
 * Okta answers with an empty {@code errorCauses}; {@link #reason()} says what was wrong, for logs
 * and tests only.
 */
public final class InvalidSearchCriteriaException extends OktaException {

    private final String reason;

    public InvalidSearchCriteriaException(String reason) {
        super(400, "E0000031", "Invalid search criteria.", List.of());
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + reason;
    }
}

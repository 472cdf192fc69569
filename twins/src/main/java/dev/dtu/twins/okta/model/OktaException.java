package dev.dtu.twins.okta.model;

import java.util.List;

/**
 * An error Okta reports in its envelope ({@code errorCode}, {@code errorSummary}, {@code errorLink},
 * {@code errorId}, {@code errorCauses}). The api layer adds {@code errorLink} (Okta repeats the code
 * there) and a fresh {@code errorId}; each entry of {@link #causes()} becomes one
 * {@code {"errorSummary": ...}} object in {@code errorCauses}. Build instances with {@link OktaErrors}.
 */
public class OktaException extends RuntimeException {

    private final int httpStatus;
    private final String errorCode;
    private final String errorSummary;
    private final List<String> causes;

    public OktaException(int httpStatus, String errorCode, String errorSummary, List<String> causes) {
        super(errorCode + " (" + httpStatus + "): " + errorSummary + (causes.isEmpty() ? "" : " " + causes));
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorSummary = errorSummary;
        this.causes = List.copyOf(causes);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorSummary() {
        return errorSummary;
    }

    /** The {@code errorSummary} of each entry of Okta's {@code errorCauses}, in order. */
    public List<String> causes() {
        return causes;
    }
}

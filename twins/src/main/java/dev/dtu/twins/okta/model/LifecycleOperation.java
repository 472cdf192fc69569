package dev.dtu.twins.okta.model;

import java.util.Arrays;
import java.util.Optional;

/** The operations under {@code POST /api/v1/users/{id}/lifecycle/{pathSegment}}, named as Okta names them. */
public enum LifecycleOperation {
    ACTIVATE("activate", "activateUser", SendEmailParameter.DEFAULT_TRUE),
    REACTIVATE("reactivate", "reactivateUser", SendEmailParameter.DEFAULT_FALSE),
    DEACTIVATE("deactivate", "deactivateUser", SendEmailParameter.DEFAULT_FALSE),
    SUSPEND("suspend", "suspendUser", SendEmailParameter.NONE),
    UNSUSPEND("unsuspend", "unsuspendUser", SendEmailParameter.NONE),
    UNLOCK("unlock", "unlockUser", SendEmailParameter.NONE),
    EXPIRE_PASSWORD("expire_password", "expirePassword", SendEmailParameter.NONE),
    EXPIRE_PASSWORD_WITH_TEMP_PASSWORD("expire_password_with_temp_password", "expirePasswordWithTempPassword",
            SendEmailParameter.NONE),
    RESET_PASSWORD("reset_password", "resetPassword", SendEmailParameter.REQUIRED);

    /** How an operation takes the {@code sendEmail} query parameter. */
    public enum SendEmailParameter { NONE, DEFAULT_TRUE, DEFAULT_FALSE, REQUIRED }

    private final String pathSegment;
    private final String operationId;
    private final SendEmailParameter sendEmail;

    LifecycleOperation(String pathSegment, String operationId, SendEmailParameter sendEmail) {
        this.pathSegment = pathSegment;
        this.operationId = operationId;
        this.sendEmail = sendEmail;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public String operationId() {
        return operationId;
    }

    public SendEmailParameter sendEmailParameter() {
        return sendEmail;
    }

    public static Optional<LifecycleOperation> fromPathSegment(String segment) {
        return Arrays.stream(values()).filter(op -> op.pathSegment.equals(segment)).findFirst();
    }

    /**
     * The body of a successful call. Activate, reactivate and reset_password hand the token back
     * only when Okta is not emailing it ({@code sendEmail=false}).
     */
    public LifecycleResponse response(boolean sendEmail) {
        return switch (this) {
            case ACTIVATE, REACTIVATE -> sendEmail ? LifecycleResponse.EMPTY : LifecycleResponse.ACTIVATION_TOKEN;
            case RESET_PASSWORD -> sendEmail ? LifecycleResponse.EMPTY : LifecycleResponse.RESET_PASSWORD_TOKEN;
            case EXPIRE_PASSWORD -> LifecycleResponse.USER;
            case EXPIRE_PASSWORD_WITH_TEMP_PASSWORD -> LifecycleResponse.TEMP_PASSWORD;
            case DEACTIVATE, SUSPEND, UNSUSPEND, UNLOCK -> LifecycleResponse.EMPTY;
        };
    }
}

package dev.dtu.server.resource;

import java.util.List;

/** Why a declared operation failed, in neutral terms; the vendor's {@link Convention} renders it. */
public final class ResourceException extends RuntimeException {
    public enum Reason { NOT_FOUND, INVALID, FORBIDDEN, NOT_ALLOWED_IN_STATE, PRECONDITION_FAILED }

    private final Reason reason;
    private final Declaration declaration;
    private final String id;
    private final List<Violation> violations;
    private final String detail;

    private ResourceException(Reason reason, Declaration declaration, String id, List<Violation> violations, String detail) {
        super(reason + " " + declaration.schemaName() + (id == null ? "" : " " + id) + (detail == null ? "" : ": " + detail)
                + (violations.isEmpty() ? "" : " " + violations));
        this.reason = reason;
        this.declaration = declaration;
        this.id = id;
        this.violations = List.copyOf(violations);
        this.detail = detail;
    }

    public static ResourceException notFound(Declaration d, String id) {
        return new ResourceException(Reason.NOT_FOUND, d, id, List.of(), null);
    }

    public static ResourceException invalid(Declaration d, List<Violation> violations) {
        return new ResourceException(Reason.INVALID, d, null, violations, null);
    }

    public static ResourceException forbidden(Declaration d, String permission) {
        return new ResourceException(Reason.FORBIDDEN, d, null, List.of(), permission);
    }

    /** A lifecycle step (or delete) the resource's current status does not allow. */
    public static ResourceException notAllowedInState(Declaration d, String id, String status) {
        return new ResourceException(Reason.NOT_ALLOWED_IN_STATE, d, id, List.of(), status);
    }

    /** An {@code If-Match} that names none of the resource's current entity tags. */
    public static ResourceException preconditionFailed(Declaration d, String id) {
        return new ResourceException(Reason.PRECONDITION_FAILED, d, id, List.of(), null);
    }

    public Reason reason() {
        return reason;
    }

    public Declaration declaration() {
        return declaration;
    }

    public String id() {
        return id;
    }

    /** The permission missing (FORBIDDEN) or the current status (NOT_ALLOWED_IN_STATE). */
    public String detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }
}
